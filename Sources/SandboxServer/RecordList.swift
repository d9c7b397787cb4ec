/// A list of records that can be paged without building the whole list.
///
/// The seed dataset stores arrays; the large dataset generates records from their index, so serving one
/// page costs O(per_page) whatever the list's length.
protocol RecordList: Sendable {
    /// Number of records.
    var count: Int { get }
    /// The record at a position, 0-based.
    func record(at index: Int) -> JSONValue
    /// The record with an id, if present.
    func record(id: Int64) -> JSONValue?
}

extension RecordList {
    /// The records in `range`, clamped to the list.
    func slice(_ range: Range<Int>) -> [JSONValue] {
        let lower = min(max(range.lowerBound, 0), count)
        let upper = min(max(range.upperBound, lower), count)
        return (lower..<upper).map { record(at: $0) }
    }
}

/// Records held in memory.
struct ArrayRecordList: RecordList {
    let items: [JSONValue]
    private let index: [Int64: Int]

    init(_ items: [JSONValue]) {
        self.items = items
        var index: [Int64: Int] = [:]
        for (i, item) in items.enumerated() { if let id = item["id"]?.intValue { index[id] = i } }
        self.index = index
    }

    var count: Int { items.count }
    func record(at index: Int) -> JSONValue { items[index] }
    func record(id: Int64) -> JSONValue? { index[id].map { items[$0] } }
}

/// Records made on demand from their position; ids map to positions arithmetically.
struct GeneratedRecordList: RecordList {
    let count: Int
    let make: @Sendable (Int) -> JSONValue
    let position: @Sendable (Int64) -> Int?

    func record(at index: Int) -> JSONValue { make(index) }
    func record(id: Int64) -> JSONValue? {
        guard let i = position(id), i >= 0, i < count else { return nil }
        return make(i)
    }
}
