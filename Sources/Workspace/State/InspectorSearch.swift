import Foundation

/// A search inside the inspected record (`/` in the inspector): the query and which match is current.
public struct InspectorSearch: Sendable, Equatable {
    /// The text searched for (case-, accent- and width-insensitive).
    public var query: String
    /// The index of the current match among all matches (nil before the first jump, or when none match).
    public var current: Int?

    /// A search for `query` with no current match yet.
    public init(query: String, current: Int? = nil) {
        self.query = query
        self.current = current
    }

    private static let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive, .widthInsensitive]

    /// Whether `text` contains the query.
    public func matches(_ text: String) -> Bool {
        !query.isEmpty && text.range(of: query, options: Self.options) != nil
    }

    /// Every non-overlapping occurrence of the query in `text` (for highlighting).
    public func ranges(in text: String) -> [Range<String.Index>] {
        guard !query.isEmpty else { return [] }
        var found: [Range<String.Index>] = []
        var start = text.startIndex
        while start < text.endIndex, let range = text.range(of: query, options: Self.options, range: start..<text.endIndex) {
            guard !range.isEmpty else { break }
            found.append(range)
            start = range.upperBound
        }
        return found
    }
}
