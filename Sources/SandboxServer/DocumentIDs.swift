/// Id arithmetic shared by the document trees.
enum DocumentIDs {
    /// A file version's id is its file's id minus this (so `/file_versions/{id}` finds its file).
    static let versionOffset: Int64 = 120_000_000
}
