import ProcoreAPI

/// The cells of one record for one level's columns, decoded once when its page arrived (off the UI
/// thread for bulk loads): the text each cell shows and what it sorts by. Filtering, sorting and
/// drawing read these instead of the record's JSON.
struct RecordCells: Sendable {
    /// How a cell sorts, without repeating its text.
    enum Key: Sendable {
        /// No value: sorts last.
        case empty
        /// A number (or a Boolean as 0/1, or a date-only value as Unix seconds).
        case number(Double)
        /// A date-time as Unix seconds; its text is formatted from them when shown (not stored).
        case dateTime(Double)
        /// The folded cell text.
        case text
        /// A key that differs from the cell text (a list of people): computed from the record.
        case fromRecord
    }

    /// The columns these cells were decoded for (sharing the level's array storage, so comparing
    /// them with the pane's columns is a pointer comparison).
    let columns: [ToolColumn]
    private let texts: [String]
    private let keys: [Key]

    /// Decodes `values` (one per column, nil when the record has none).
    init(columns: [ToolColumn], values: [JSONValue?]) {
        self.columns = columns
        var texts: [String] = []
        var keys: [Key] = []
        texts.reserveCapacity(columns.count)
        keys.reserveCapacity(columns.count)
        for (column, value) in zip(columns, values) {
            let text = CellFormatter.text(for: column, value: value)
            let key = Self.key(value, kind: column.kind, text: text)
            if case .dateTime = key { texts.append("") } else { texts.append(text) }
            keys.append(key)
        }
        self.texts = texts
        self.keys = keys
    }

    /// The text of column `index`.
    func text(_ index: Int) -> String {
        if case .dateTime(let seconds) = keys[index] { return CellFormatter.localDate(seconds: seconds) }
        return texts[index]
    }

    /// The sort key of column `index`; nil when it must be computed from the record.
    func sortKey(_ index: Int) -> SortKey? {
        switch keys[index] {
        case .empty: return SortKey(.empty)
        case .number(let value), .dateTime(let value): return SortKey(.number(value))
        case .text: return SortKey(.text(ListQuery.fold(texts[index])))
        case .fromRecord: return nil
        }
    }

    /// The key `SortKey(value, kind:)` would make, expressed without repeating `text` (the same
    /// rules, without folding text only to compare it).
    private static func key(_ value: JSONValue?, kind: ToolColumn.Kind, text: String) -> Key {
        guard let value, !value.isNull else { return .empty }
        switch kind {
        case .number:
            if let number = value.doubleValue { return .number(number) }
            if let string = value.stringValue, let number = Double(string) { return .number(number) }
            return CellFormatter.plainText(value) == text ? .text : .fromRecord
        case .date:
            guard let iso = value.stringValue, let seconds = ISODate.parse(iso) else { return .empty }
            return iso.utf8.count == 10 ? .number(seconds) : .dateTime(seconds)
        case .boolean:
            return .number(value.boolValue == true ? 1 : 0)
        case .text, .status, .person:
            let plain = CellFormatter.plainText(value)
            if plain.isEmpty { return .empty }
            return plain == text ? .text : .fromRecord
        }
    }
}
