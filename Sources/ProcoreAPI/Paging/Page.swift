import Foundation

/// One page of a list endpoint: its body and what the pagination headers said.
///
/// The body is held either parsed (`body`) or, for a page fetched with `keepingBytes`, as its raw
/// bytes plus the byte range of each array element (`document`, `elementRanges`): nothing is parsed
/// until asked, so a list can keep its records as the bytes they came in.
public struct Page: Sendable {
    /// The 1-based page number requested.
    public var number: Int
    /// `per_page` as requested.
    public var perPage: Int
    /// `Total`, when the server sent it.
    public var total: Int?
    /// `Per-Page` as the server reported it.
    public var reportedPerPage: Int?
    /// `Link` relations (`first`, `prev`, `next`, `last`).
    public var links: [String: URL]
    /// Size of the body in bytes.
    public var byteCount: Int
    /// The raw body when the page keeps its bytes (an array body fetched with `keepingBytes`), else nil.
    public private(set) var document: JSONDocument?
    /// With `document`: the byte range of each element of the body's array.
    public private(set) var elementRanges: [Range<Int>] = []
    private var parsed: JSONValue

    /// Creates a page from a parsed body.
    public init(number: Int, perPage: Int, body: JSONValue, total: Int?, reportedPerPage: Int?, links: [String: URL], byteCount: Int) {
        self.number = number
        self.perPage = perPage
        self.parsed = body
        self.total = total
        self.reportedPerPage = reportedPerPage
        self.links = links
        self.byteCount = byteCount
    }

    /// Creates a page that keeps an array body as its bytes; `elementRanges` come from
    /// `document.elementRanges()` (which validated it).
    public init(number: Int, perPage: Int, document: JSONDocument, elementRanges: [Range<Int>], total: Int?,
                reportedPerPage: Int?, links: [String: URL]) {
        self.init(number: number, perPage: perPage, body: .null, total: total, reportedPerPage: reportedPerPage,
                  links: links, byteCount: document.bytes.count)
        self.document = document
        self.elementRanges = elementRanges
    }

    /// The parsed body (usually an array; some endpoints answer an object or a grouped list). For a
    /// page that keeps its bytes this parses them on every read; setting it drops the bytes.
    public var body: JSONValue {
        get {
            guard let document else { return parsed }
            return (try? document.parse()) ?? .null
        }
        set {
            parsed = newValue
            document = nil
            elementRanges = []
        }
    }

    /// The body's items when it is an array, else the body itself as one item.
    public var items: [JSONValue] {
        if let document { return elementRanges.compactMap { try? document.value(in: $0) } }
        if case .array(let items) = parsed { return items }
        return parsed.isNull ? [] : [parsed]
    }

    /// The number of items (`items.count`, without parsing a page that keeps its bytes).
    public var itemCount: Int {
        if document != nil { return elementRanges.count }
        if case .array(let items) = parsed { return items.count }
        return parsed.isNull ? 0 : 1
    }

    /// Whether the body is an array.
    public var isArray: Bool {
        if document != nil { return true }
        return parsed.arrayValue != nil
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
        return itemCount >= perPage && perPage > 0 && isArray
    }
}
