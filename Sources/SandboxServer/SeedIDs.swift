/// Fixed ids of the seed dataset. The project and RFI ids are those of the real sandbox RFI fixture.
enum SeedIDs {
    static let company: Int64 = 4_264_807
    static let project: Int64 = 78_552
    static let rfi: Int64 = 43_776
    static let rfiQuestion: Int64 = 43_775
    static let submittal: Int64 = 63_403_248
    static let imageCategory: Int64 = 901_201
    /// Above 2^32 on purpose: clients must decode ids as 64-bit.
    static let image: Int64 = 4_294_967_311
    static let drawingArea: Int64 = 310_101
    static let drawingSet: Int64 = 310_501
    static let rootFolder: Int64 = 48_925_088
    static let file: Int64 = 607_852_186
}
