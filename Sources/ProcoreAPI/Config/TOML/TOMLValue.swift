/// One TOML value: what a key or an array element holds.
///
/// Arrays of tables (`[[name]]`) are arrays whose elements are `.table`.
public enum TOMLValue: Sendable, Equatable {
    /// A string (basic, literal or multi-line; escapes already decoded).
    case string(String)
    /// An integer (decimal, `0x`, `0o` or `0b`); TOML integers are 64-bit.
    case integer(Int64)
    /// A float, including `inf` and `nan`.
    case float(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// An offset or local date-time, a local date or a local time.
    case dateTime(TOMLDateTime)
    /// An array; its elements may be of mixed kinds.
    case array([TOMLValue])
    /// A table: a `[header]` table, an inline table, a table made by dotted keys or one array-of-tables element.
    case table(TOMLTable)

    /// The string, or nil when the value is not a string.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer as `Int64`, or nil when the value is not an integer.
    public var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The integer as `Int`, or nil when the value is not an integer or does not fit in `Int`.
    public var int: Int? {
        guard case .integer(let value) = self else { return nil }
        return Int(exactly: value)
    }

    /// The float, or nil when the value is not a float (integers are not converted).
    public var double: Double? {
        if case .float(let value) = self { return value }
        return nil
    }

    /// The boolean, or nil when the value is not a boolean.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The date, time or date-time, or nil when the value is none of them.
    public var dateTime: TOMLDateTime? {
        if case .dateTime(let value) = self { return value }
        return nil
    }

    /// The elements, or nil when the value is not an array.
    public var array: [TOMLValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The table, or nil when the value is not a table.
    public var table: TOMLTable? {
        if case .table(let value) = self { return value }
        return nil
    }

    /// The value under `key` when this value is a table; nil otherwise.
    public subscript(key: String) -> TOMLValue? {
        table?[key]
    }
}
