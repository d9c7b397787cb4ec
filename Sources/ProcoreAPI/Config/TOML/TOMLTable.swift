/// A TOML table: keys in the order they were first written, each with one value.
///
/// TOML forbids defining a key twice, so every key appears once. Two tables are equal when they
/// hold the same keys with equal values, in any order.
public struct TOMLTable: Sendable, Equatable {
    /// The keys in the order they were first defined.
    public private(set) var keys: [String] = []
    private var values: [String: TOMLValue] = [:]

    /// Creates an empty table.
    public init() {}

    /// Creates a table from key/value pairs in order; a repeated key keeps its first position and its last value.
    public init(_ entries: [(key: String, value: TOMLValue)]) {
        for entry in entries { self[entry.key] = entry.value }
    }

    /// The number of keys.
    public var count: Int { keys.count }

    /// True when the table has no keys.
    public var isEmpty: Bool { keys.isEmpty }

    /// The keys and their values in order.
    public var entries: [(key: String, value: TOMLValue)] {
        keys.map { (key: $0, value: values[$0]!) }
    }

    /// True when `key` is defined.
    public func contains(_ key: String) -> Bool {
        values[key] != nil
    }

    /// The value of `key`, or nil when it is not defined.
    ///
    /// Setting a new key appends it at the end; setting an existing key keeps its position;
    /// setting nil removes the key.
    public subscript(key: String) -> TOMLValue? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// Tables are equal when they hold the same keys with equal values, whatever their order.
    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        lhs.values == rhs.values
    }
}
