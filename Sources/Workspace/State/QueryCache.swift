import Foundation
import ProcoreAPI

/// What filtering and sorting a list can keep between runs: the search index and the sort keys of
/// the rows seen so far. Rows only grow at the end, so both are extended, never rebuilt.
public struct QueryCache: Sendable {
    /// The search index, shared by every copy of this cache: a run cancelled by the next keystroke
    /// still finishes the index it was building, and the next run (waiting on its lock) uses it, so
    /// fast typing never builds it twice.
    let index = SharedSearchIndex()
    var keys: [Int: ColumnSortKeys] = [:]

    /// An empty cache.
    public init() {}

    /// The sort keys of a column for every row, computing only the rows not yet seen.
    mutating func sortKeys(column: Int, columns: [ToolColumn], rows: [PaneRow]) -> ColumnSortKeys {
        let kind = columns[column].kind
        var keys = self.keys[column] ?? ColumnSortKeys(kind: kind)
        if keys.count > rows.count { keys = ColumnSortKeys(kind: kind) }
        keys.extend(with: rows, column: column, of: columns)
        self.keys[column] = keys
        return keys
    }
}

/// Sort keys of one column: numbers (and dates, as seconds) in a `Double` array when every value is
/// one, so 100,000 rows sort without comparing enums; otherwise the general `SortKey`s.
struct ColumnSortKeys: Sendable {
    let kind: ToolColumn.Kind
    /// Numeric keys; NaN for an empty cell. Nil once a value is not a number.
    private var numbers: [Double]? = []
    /// General keys (always kept: a column may turn out not to be numeric).
    private var general: [SortKey] = []

    init(kind: ToolColumn.Kind) { self.kind = kind }

    var count: Int { general.count }

    /// Adds the keys of `rows[count...]` for column `column` of `columns` (from each row's decoded
    /// cells when it has them: a date column's keys are then its seconds, parsed when the page arrived).
    mutating func extend(with rows: [PaneRow], column: Int, of columns: [ToolColumn]) {
        guard rows.count > general.count else { return }
        general.reserveCapacity(rows.count)
        numbers?.reserveCapacity(rows.count)
        for row in rows[general.count...] {
            let key = row.sortKey(ofColumn: column, in: columns)
            general.append(key)
            switch key.value {
            case .number(let value): numbers?.append(value)
            case .empty: numbers?.append(.nan)
            case .text: numbers = nil
            }
        }
    }

    /// `indices` ordered by these keys, stable, empty cells last when ascending (first when descending).
    func ordered(_ indices: [Int], ascending: Bool) -> [Int] {
        if let numbers {
            struct Item { var key: Double; var position: Int; var index: Int }
            var items = indices.enumerated().map { position, index in
                Item(key: numbers[index].isNaN ? .infinity : numbers[index], position: position, index: index)
            }
            if ascending {
                items.sort { $0.key != $1.key ? $0.key < $1.key : $0.position < $1.position }
            } else {
                items.sort { $0.key != $1.key ? $0.key > $1.key : $0.position < $1.position }
            }
            return items.map(\.index)
        }
        return ListQuery.stableSorted(indices) { a, b in
            let order = SortKey.compare(general[a], general[b])
            return ascending ? order < 0 : order > 0
        }
    }
}

/// A search index behind a lock, extended by whichever run gets there first.
final class SharedSearchIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var index = SearchIndex()

    /// The number of rows indexed.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return index.count
    }

    /// The index extended to cover `rows` (a snapshot: later extensions do not change it).
    func covering(_ rows: [PaneRow], columns: [ToolColumn]?) -> SearchIndex {
        lock.lock()
        defer { lock.unlock() }
        index.extend(with: rows, columns: columns)
        return index
    }
}
