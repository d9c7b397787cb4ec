/// What an API handler gets: the parsed request, the caller, the project in scope and the world.
struct APIRequest: Sendable {
    let path: String
    let query: QueryParameters
    let captures: [Int64]
    let companyID: Int64?
    let projectID: Int64?
    let world: SandboxWorld
    let apiBase: String

    /// The n-th captured id.
    func id(_ n: Int) -> Int64 { captures[n] }

    /// One page of `list` with `Total`, `Per-Page` and `Link`.
    func page(_ list: any RecordList) -> Reply {
        let pagination = Pagination(query: query)
        let range = pagination.range(total: list.count)
        var out: [UInt8] = []
        out.reserveCapacity(range.count * 1500 + 2)
        out.append(UInt8(ascii: "["))
        for i in range {
            if i > range.lowerBound { out.append(UInt8(ascii: ",")) }
            list.record(at: i).write(into: &out)
        }
        out.append(UInt8(ascii: "]"))
        var headers: [(String, String)] = [("Content-Type", "application/json; charset=utf-8")]
        headers += pagination.headers(total: list.count, baseURL: apiBase, path: path, query: query)
        return Reply(status: 200, headers: headers, body: .bytes(out))
    }

    /// One page of an in-memory array.
    func page(_ items: [JSONValue]) -> Reply { page(ArrayRecordList(items)) }

    /// One record or 404.
    func one(_ record: JSONValue?) -> Reply {
        guard let record else { return .notFound }
        return .json(record)
    }
}

extension Reply {
    /// Procore's 404 for missing or inaccessible records.
    static var notFound: Reply { .message("404 Not Found", status: 404) }
}
