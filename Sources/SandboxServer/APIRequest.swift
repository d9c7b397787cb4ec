/// What an API handler gets: the parsed request, the caller, the project in scope and the world.
struct APIRequest: Sendable {
    let path: String
    let query: QueryParameters
    let captures: [Int64]
    let companyID: Int64?
    let projectID: Int64?
    let world: SandboxWorld
    let apiBase: String
    /// The simulator clock's now, in seconds since 1970.
    var now: Double = 0

    /// The n-th captured id.
    func id(_ n: Int) -> Int64 { captures[n] }

    /// One page of `list` with `Total`, `Per-Page` and `Link`.
    func page(_ list: any RecordList) -> Reply {
        let pagination = Pagination(query: query)
        let range = pagination.range(total: list.count)
        var out: [UInt8] = []
        out.reserveCapacity(range.count * 2500 + 2)
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

    /// A list in the world (an empty one if the scope has none).
    func list(_ resource: Resource, _ scope: Int64?) -> any RecordList {
        scope.flatMap { world.list(resource, $0) } ?? ArrayRecordList([])
    }

    /// Keeps the records of an in-memory list whose `key` (a top-level field, or `key.id`) is one of `values`.
    func filtered(_ list: any RecordList, key: String, values: [String]) -> any RecordList {
        guard !values.isEmpty, let stored = list as? ArrayRecordList else { return list }
        return ArrayRecordList(stored.items.filter { item in
            guard let field = item[key] else { return false }
            let text: String?
            switch field {
            case let .string(s): text = s
            case let .int(i): text = String(i)
            case let .bool(b): text = String(b)
            case .object: text = field["id"]?.intValue.map { String($0) } ?? field["status"]?.stringValue
            default: text = nil
            }
            return text.map(values.contains) ?? false
        })
    }

    /// Values of a filter given as `filters[name]`, `filters[name][]` or comma-separated.
    func filterValues(_ name: String) -> [String] {
        (query.all("filters[\(name)]") + query.all("filters[\(name)][]") + query.all(name))
            .flatMap { $0.split(separator: ",").map(String.init) }
    }

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
