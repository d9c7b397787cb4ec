/// Procore's v1 pagination: `page` (1-based) and `per_page` in, `Total`, `Per-Page` and `Link` out.
struct Pagination: Sendable {
    /// Used when the client sends no `per_page` (Procore documents none; its SDK examples use 100).
    static let defaultPerPage = 100
    /// Guard against absurd pages (Procore recommends at most 2,000).
    static let maxPerPage = 10_000

    let page: Int
    let perPage: Int

    init(query: QueryParameters) {
        page = max(1, Int(query["page"] ?? "") ?? 1)
        let requested = Int(query["per_page"] ?? "") ?? Self.defaultPerPage
        perPage = requested > 0 ? min(requested, Self.maxPerPage) : Self.defaultPerPage
    }

    /// Positions of this page within a list of `total`.
    func range(total: Int) -> Range<Int> {
        let (start, overflow) = (page - 1).multipliedReportingOverflow(by: perPage)
        guard !overflow, start < total else { return total..<total }
        return start..<min(total, start + perPage)
    }

    /// Number of the last page (1 for an empty list).
    func lastPage(total: Int) -> Int { max(1, (total + perPage - 1) / perPage) }

    /// `Total`, `Per-Page` and `Link` for a list of `total`, whose links repeat `baseURL` + `path` and the
    /// other query parameters.
    func headers(total: Int, baseURL: String, path: String, query: QueryParameters) -> [(String, String)] {
        let last = lastPage(total: total)
        let others = query.pairs.filter { $0.0 != "page" && $0.0 != "per_page" }
        func link(_ page: Int, _ rel: String) -> String {
            var pairs = others.map { "\($0.0)=\(QueryParameters.escape($0.1))" }
            pairs.append("page=\(page)")
            pairs.append("per_page=\(perPage)")
            return "<\(baseURL)\(path)?\(pairs.joined(separator: "&"))>; rel=\"\(rel)\""
        }
        var links: [String] = []
        if page > 1 {
            links.append(link(1, "first"))
            links.append(link(min(page - 1, last), "prev"))
        }
        links.append(link(last, "last"))
        if page < last { links.append(link(page + 1, "next")) }
        return [("Total", String(total)), ("Per-Page", String(perPage)), ("Link", links.joined(separator: ", "))]
    }
}
