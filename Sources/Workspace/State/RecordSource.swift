import ProcoreAPI

/// Where a row's record is: a parsed tree, or a range of a page's bytes (parsed when asked).
enum RecordSource: Sendable {
    /// A parsed record.
    case tree(JSONValue)
    /// The record in `range` of a page's bytes (validated when the page arrived).
    case slice(JSONDocument, Range<Int>)

    /// The record as a tree (parsing a slice).
    var value: JSONValue {
        switch self {
        case .tree(let json): return json
        case .slice(let document, let range): return (try? document.value(in: range)) ?? .null
        }
    }
}
