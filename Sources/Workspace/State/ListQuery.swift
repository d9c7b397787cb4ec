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
        var indices = Array(rows.indices)
        let trimmed = filter.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty {
            let matcher = Matcher(filter: trimmed, columns: columns)
            indices = indices.filter { matcher.matches(rows[$0]) }
        }
        if let sort, let columns, sort.column < columns.count {
            let column = columns[sort.column]
            let keys = rows.map { SortKey(CellFormatter.value(of: column, in: $0.json), kind: column.kind) }
            indices = stableSorted(indices) { a, b in
                let order = SortKey.compare(keys[a], keys[b])
                return sort.ascending ? order < 0 : order > 0
            }
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
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The folded text a row is searched by: its visible columns (or its title), case and accents
    /// folded, as UTF-8 bytes, separated by U+001F so a match never spans two columns.
    public static func searchKey(title: String, json: JSONValue, columns: [ToolColumn]?) -> [UInt8] {
        guard let columns else { return Array(fold(title).utf8) }
        var key: [UInt8] = []
        for column in columns {
            if !key.isEmpty { key.append(0x1F) }
            key += fold(CellFormatter.text(for: column, in: json)).utf8
        }
        return key
    }

    /// Whether `needle` occurs in `haystack` (bytes).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                let first = n[0], last = h.count - n.count
                var i = 0
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    struct Matcher {
        let needle: String
        let needleBytes: [UInt8]
        let fieldPath: String?
        let columns: [ToolColumn]?

        init(filter: String, columns: [ToolColumn]?) {
            self.columns = columns
            if let colon = filter.firstIndex(of: ":"), colon != filter.startIndex {
                let field = String(filter[..<colon]).trimmingCharacters(in: .whitespaces)
                let value = String(filter[filter.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                let byHeader = columns?.first { fold($0.header) == fold(field) }?.path
                fieldPath = byHeader ?? field
                needle = fold(value)
            } else {
                fieldPath = nil
                needle = fold(filter)
            }
            needleBytes = Array(needle.utf8)
        }

        func matches(_ row: PaneRow) -> Bool {
            if let fieldPath {
                let value = row.json.value(atPath: fieldPath).map(CellFormatter.plainText) ?? ""
                return fold(value).contains(needle)
            }
            if !row.searchKey.isEmpty { return ListQuery.contains(row.searchKey, needleBytes) }
            return ListQuery.contains(ListQuery.searchKey(title: row.title, json: row.json, columns: columns), needleBytes)
        }
    }
}

/// A comparable key for one cell: numbers and dates compare as such, text case-insensitively, empty last.
struct SortKey {
    enum Value { case empty, number(Double), text(String) }
    let value: Value

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
