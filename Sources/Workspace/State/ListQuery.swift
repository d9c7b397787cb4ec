import Foundation
import ProcoreAPI

/// Filtering and sorting of a pane's rows: pure functions over the rows and the catalog's columns.
///
/// The filter is a case- and accent-insensitive substring over the visible columns, or
/// `field:value` for one field (a column header or a JSON path). The sort is stable and knows
/// numbers and dates.
public enum ListQuery {
    /// The indices of the rows that pass `filter`, ordered by `sort`.
    public static func visibleIndices(rows: [PaneRow], columns: [ToolColumn]?, filter: String,
                                      sort: (column: Int, ascending: Bool)?) -> [Int] {
        var cache = QueryCache()
        return run(rows: rows, columns: columns, filter: filter, sort: sort, cache: &cache) ?? []
    }

    /// Filters and sorts, reusing and extending `cache` (the search index and sort keys of earlier
    /// runs over the same rows). Returns nil when the task running it was cancelled.
    public static func run(rows: [PaneRow], columns: [ToolColumn]?, filter: String,
                           sort: (column: Int, ascending: Bool)?, cache: inout QueryCache) -> [Int]? {
        var indices: [Int]
        let trimmed = filter.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            indices = Array(rows.indices)
        } else {
            let matcher = Matcher(filter: trimmed, columns: columns)
            if matcher.usesIndex {
                if cache.index.count > rows.count { cache = QueryCache() }
                let index = cache.index.covering(rows, columns: columns)
                guard let found = index.rows(containing: SearchIndex.needle(matcher.needle), column: matcher.column) else { return nil }
                indices = found
            } else {
                indices = []
                for index in rows.indices {
                    if index & 0x3FF == 0, Task.isCancelled { return nil }
                    if matcher.matches(rows[index]) { indices.append(index) }
                }
            }
        }
        if let sort, let columns, sort.column < columns.count {
            if Task.isCancelled { return nil }
            let keys = cache.sortKeys(column: sort.column, columns: columns, rows: rows)
            indices = keys.ordered(indices, ascending: sort.ascending)
        }
        return indices
    }

    /// A merge-sort-stable ordering (Swift's sort is not guaranteed stable).
    static func stableSorted(_ items: [Int], by less: (Int, Int) -> Bool) -> [Int] {
        let enumerated = items.enumerated().map { ($0.offset, $0.element) }
        return enumerated.sorted { lhs, rhs in
            if less(lhs.1, rhs.1) { return true }
            if less(rhs.1, lhs.1) { return false }
            return lhs.0 < rhs.0
        }.map(\.1)
    }

    /// Folds case and accents for matching.
    public static func fold(_ text: String) -> String { TextFold.fold(text) }

    struct Matcher {
        let needle: String
        let fieldPath: String?
        let columns: [ToolColumn]?
        /// The column a `field:value` filter names by its header, when it does.
        let column: Int?
        /// Whether the search index answers this filter (any column, or one column by header).
        var usesIndex: Bool { fieldPath == nil || column != nil }

        init(filter: String, columns: [ToolColumn]?) {
            self.columns = columns
            if let colon = filter.firstIndex(of: ":"), colon != filter.startIndex {
                let field = String(filter[..<colon]).trimmingCharacters(in: .whitespaces)
                let value = String(filter[filter.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                let byHeader = columns?.firstIndex { fold($0.header) == fold(field) || $0.path == field }
                column = byHeader
                fieldPath = byHeader.map { columns![$0].path } ?? field
                needle = fold(value)
            } else {
                fieldPath = nil
                column = nil
                needle = fold(filter)
            }
        }

        func matches(_ row: PaneRow) -> Bool {
            if let fieldPath {
                let value = row.value(atPath: fieldPath).map(CellFormatter.plainText) ?? ""
                return fold(value).contains(needle)
            }
            guard let columns else { return fold(row.title).contains(needle) }
            return columns.indices.contains { fold(row.text(ofColumn: $0, in: columns)).contains(needle) }
        }
    }
}

/// A comparable key for one cell: numbers and dates compare as such, text case-insensitively, empty last.
struct SortKey {
    enum Value { case empty, number(Double), text(String) }
    let value: Value

    init(_ value: Value) { self.value = value }

    init(_ json: JSONValue?, kind: ToolColumn.Kind) {
        guard let json, !json.isNull else { value = .empty; return }
        switch kind {
        case .number:
            if let d = json.doubleValue { value = .number(d) } else if let s = json.stringValue, let d = Double(s) { value = .number(d) }
            else { value = .text(ListQuery.fold(CellFormatter.plainText(json))) }
        case .date:
            if let s = json.stringValue, let seconds = ISODate.parse(s) { value = .number(seconds) }
            else { value = .empty }
        case .boolean:
            value = .number(json.boolValue == true ? 1 : 0)
        default:
            let text = CellFormatter.plainText(json)
            value = text.isEmpty ? .empty : .text(ListQuery.fold(text))
        }
    }

    static func compare(_ a: SortKey, _ b: SortKey) -> Int {
        switch (a.value, b.value) {
        case (.empty, .empty): return 0
        case (.empty, _): return 1
        case (_, .empty): return -1
        case let (.number(x), .number(y)): return x < y ? -1 : (x > y ? 1 : 0)
        case let (.text(x), .text(y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.number, .text): return -1
        case (.text, .number): return 1
        }
    }
}
