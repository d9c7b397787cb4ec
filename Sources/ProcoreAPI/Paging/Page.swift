import Foundation

/// One page of a list endpoint: its body and what the pagination headers said.
public struct Page: Sendable {
    /// The 1-based page number requested.
    public var number: Int
    /// `per_page` as requested.
    public var perPage: Int
    /// The parsed body (usually an array; some endpoints answer an object or a grouped list).
    public var body: JSONValue
    /// `Total`, when the server sent it.
    public var total: Int?
    /// `Per-Page` as the server reported it.
    public var reportedPerPage: Int?
    /// `Link` relations (`first`, `prev`, `next`, `last`).
    public var links: [String: URL]
    /// Size of the body in bytes.
    public var byteCount: Int

    /// Creates a page.
    public init(number: Int, perPage: Int, body: JSONValue, total: Int?, reportedPerPage: Int?, links: [String: URL], byteCount: Int) {
        self.number = number
        self.perPage = perPage
        self.body = body
        self.total = total
        self.reportedPerPage = reportedPerPage
        self.links = links
        self.byteCount = byteCount
    }

    /// The body's items when it is an array, else the body itself as one item.
    public var items: [JSONValue] {
        if case .array(let items) = body { return items }
        return body.isNull ? [] : [body]
    }

    /// The number of pages, from `Total` (else from the `last` link), when known.
    public var pageCount: Int? {
        if let total {
            let size = max(1, reportedPerPage ?? perPage)
            return max(1, (total + size - 1) / size)
        }
        if let last = links["last"] { return LinkHeader.pageNumber(in: last) }
        return nil
    }

    /// Whether another page follows this one.
    public var hasNext: Bool {
        if let count = pageCount { return number < count }
        if links["next"] != nil { return true }
        return items.count >= perPage && perPage > 0 && body.arrayValue != nil
    }
}
