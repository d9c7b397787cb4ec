import Foundation

/// The `hostile` dataset: the seed world, with records built to break a terminal browser.
///
/// The company, the RFIs and their attachments carry terminal escape sequences (CSI colours, OSC 52
/// clipboard writes, OSC 0 title changes, DCS), bidi overrides, NUL and other C0/C1 controls, a 1 MB
/// string, 100-level nesting, numbers beyond Int64, ids as strings, nulls where values belong,
/// duplicate keys, and attachment names that try to leave the download directory.
enum HostileWorld {
    static let osc52 = "\u{1B}]52;c;SGVsbG8gZnJvbSBhIGhvc3RpbGUgUkZJ\u{07}"
    static let titleChange = "\u{1B}]0;pwned by an RFI\u{07}"
    static let csiRed = "\u{1B}[31;1mRED\u{1B}[0m"
    static let bidi = "\u{202E}txt.exe\u{202C}"
    static let hostileCompanyName = "Evil \(csiRed) Co \(osc52)\(titleChange)"

    static func build(apiBase: String) -> SandboxWorld {
        let seed = SeedWorld.build(apiBase: apiBase)
        var lists = seed.lists
        let project = SeedIDs.project
        let companyID = SeedIDs.company
        let links = FileLinks(apiBase: apiBase)
        var blobs: [Int64: BlobSpec] = [:]
        func attachment(_ id: Int64, _ name: String) -> JSONValue {
            let blob = BlobSpec(id: id, filename: name, size: 64, contentType: "application/octet-stream", seed: UInt64(id))
            blobs[id] = blob
            return ["id": .int(id), "name": .string(name), "filename": .string(name), "url": .string(links.url(blob, companyID: companyID))]
        }
        var deep: JSONValue = "bottom"
        for level in 0..<100 { deep = .object([("level\(level)", deep)]) }
        let megabyte = String(repeating: "A very long field. ", count: 1_048_576 / 19)
        let rfis: [JSONValue] = [
            .object([
                ("id", .int(990_001)), ("number", "1"), ("subject", .string("OSC 52 \(osc52) and title \(titleChange) and \(csiRed)")),
                ("status", "open"), ("due_date", "2026-01-01"), ("created_at", "2025-12-01T10:00:00Z"),
                ("ball_in_court", .object([("id", .int(48)), ("name", .string("Bidi \(bidi) person"))])),
                ("attachments", .array([attachment(990_101, "../../etc/passwd"), attachment(990_102, "..\\..\\x.txt"),
                                        attachment(990_103, "ctrl\u{1}\u{1B}[2Jname.pdf")])),
            ]),
            .object([
                ("id", .string("990002")), ("number", "2"), ("subject", .string("NUL \u{0} C1 \u{9B}31m BEL \u{7} DEL \u{7F} 日本語 👨‍👩‍👧 é")),
                ("status", .null), ("due_date", .null), ("created_at", .null), ("ball_in_court", .null),
                ("big_number", .rawNumber("123456789012345678901234567890")), ("huge_exponent", .rawNumber("1e400")),
                ("nested", deep),
            ]),
            .object([
                ("id", .int(990_003)), ("number", "3"), ("subject", "Duplicate keys: the second subject wins"),
                ("subject", .string("Second subject \(csiRed)")), ("status", "closed"),
                ("description", .string(megabyte)),
            ]),
            .object([("id", .int(990_004)), ("number", "4")]),
            .object([
                ("id", .int(990_005)), ("number", "5"), ("subject", .string("DCS \u{1B}Pq#0;2;0;0;0#1~~@@vv@@~~$\u{1B}\\ sixel and APC \u{1B}_hidden\u{1B}\\")),
                ("status", "draft"),
            ]),
        ]
        lists[ResourceKey(resource: .rfis, scope: project)] = ArrayRecordList(rfis)
        let seedBlobs = seed.blobs
        let hostileBlobs = blobs
        let facts = seed.facts
        return SandboxWorld(
            companies: [
                ["id": .int(companyID), "is_active": true, "name": .string(hostileCompanyName), "pcn_business_experience": nil],
            ],
            lists: lists, projectCompany: seed.projectCompany, me: seed.me, disabledTools: seed.disabledTools,
            documents: seed.documents, blobs: { id in hostileBlobs[id] ?? seedBlobs(id) }, facts: facts,
            dailyLogs: seed.dailyLogs, fallback: seed.fallback)
    }
}
