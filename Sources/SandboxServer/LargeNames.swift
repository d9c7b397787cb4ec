import Foundation

/// Deterministic names and text for the large dataset: English, CJK, emoji and combining marks mixed in.
struct LargeNames: Sendable {
    let seed: UInt64

    /// A well-mixed 64-bit hash of the seed, a salt and an index (SplitMix64).
    func hash(_ salt: UInt64, _ index: Int) -> UInt64 {
        var z = seed &+ salt &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: index) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    func pick<T>(_ items: [T], _ salt: UInt64, _ index: Int) -> T {
        items[Int(hash(salt, index) % UInt64(items.count))]
    }

    static let places = ["Harbor View", "North Campus", "Riverside", "Elm Street", "Mesa Verde", "東京ベイタワー", "上海中心",
                         "서울 스퀘어", "Café Mu\u{0308}nchen", "Zu\u{0308}rich Nord", "São Paulo Torre", "Quai d’Orsay",
                         "Αθήνα Κέντρο", "Москва-Сити", "🏗️ Tower", "Lakeside 🌊", "Şehir Merkezi", "Kraków Główny"]
    static let kinds = ["Medical Office", "Parking Structure", "Elementary School", "Mixed-Use", "Data Center",
                        "Warehouse", "Hotel", "Library", "Transit Hub", "集合住宅", "病院棟", "물류센터"]
    static let subjects = [
        "Clarify slab edge detail at grid %@", "Conflict between duct and beam at %@", "Door hardware set for %@",
        "Finish schedule discrepancy in %@", "Rebar lap length at %@", "Curtain wall anchor spacing at %@",
        "天井高さの確認 (%@)", "防火区画の貫通処理について %@", "배관 간섭 확인 요청 %@", "Emoji 🚧 in subject at %@",
        "Combining marks: Re\u{0301}sume\u{0301} of façade at %@", "Missing dimension on %@",
    ]
    static let grids = ["A/1", "B/4", "C/7", "D/2", "E/9", "F/3", "Level 2", "Level 5", "Roof", "Stair 3", "Core B", "Lobby"]
    static let firstNames = ["Avery", "Jordan", "Riley", "Quinn", "Sam", "Casey", "Taylor", "Morgan", "Hiro", "Yuki",
                             "Min-jun", "Seo-yeon", "Zoë", "José", "Søren", "Ana\u{0301}"]
    static let lastNames = ["Carpenter", "Glazier", "Welder", "Tiler", "Joiner", "Mason", "Framer", "Plumb", "佐藤", "鈴木",
                            "김", "Müller", "Ñúñez", "O’Brien", "Łukasz", "Nguyễn"]
    static let folderWords = ["Drawings", "Specifications", "Submittals", "Closeout", "図面", "仕様書", "사진", "Архив",
                              "Contracts 📄", "Photos 📷", "Re\u{0301}visions", "Coordination"]
    static let extensions = ["pdf", "pdf", "pdf", "dwg", "xlsx", "docx", "jpg", "png", "txt"]

    func projectName(_ i: Int) -> String { "\(pick(Self.places, 1, i)) \(pick(Self.kinds, 2, i))" }

    func person(_ i: Int, companyID: Int64) -> Person {
        let first = pick(Self.firstNames, 3, i), last = pick(Self.lastNames, 4, i)
        return Person(id: companyID * 1000 + Int64(i), name: "\(first) \(last)", login: "user\(companyID % 1000)-\(i)@example.com",
                      vendor: "Large Vendor \(i % 7)", firstName: first, lastName: last, jobTitle: "Engineer")
    }

    /// Subject templates split around their `%@`, so filling one is two concatenations.
    static let subjectParts: [(String, String)] = subjects.map { template in
        let parts = template.components(separatedBy: "%@")
        return (parts[0], parts.count > 1 ? parts[1] : "")
    }

    func subject(_ i: Int) -> String {
        let (head, tail) = pick(Self.subjectParts, 5, i)
        return head + pick(Self.grids, 6, i) + tail
    }

    /// Zero-padded decimal (no Foundation formatting on the hot path).
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
