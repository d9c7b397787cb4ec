/// A table while the document is being read: mutable in place, and remembering how it was defined so
/// the parser can refuse what TOML forbids (defining a table twice, extending an inline table, adding
/// with dotted keys to a table that a header or an earlier section defined).
///
/// Nodes are classes so a deep table can be extended without copying its parents; `freeze()` turns
/// the finished tree into `TOMLTable` values.
final class TOMLTableNode {
    /// What one key of a table under construction holds.
    enum Slot {
        /// A finished value: a string, a number, an array value or an inline table (none can be extended).
        case value(TOMLValue)
        /// A table that headers or dotted keys can still extend.
        case table(TOMLTableNode)
        /// An array of tables (`[[name]]`); headers below it extend its last element.
        case tables(TOMLTableList)
    }

    /// The table that holds this one (nil for the root and while not attached); parents own their children.
    private(set) weak var parent: TOMLTableNode?
    /// The key of this table in its parent (for an inline table or an array element: the key that holds it).
    let name: String?
    /// How many tables and arrays enclose this table.
    let depth: Int
    /// Byte offset of what defined the table (its header, or the dotted key that made it), for messages.
    var definedAt: Int
    /// True once a `[header]` or `[[header]]` has defined this table.
    var definedByHeader = false
    /// The section (counted by headers) in which dotted keys defined or extended this table, if any.
    var dottedSection: Int?

    private var order: [String] = []
    private var slots: [String: (slot: Slot, offset: Int)] = [:]

    /// Creates an empty table named `name` in `parent`; the root has neither.
    init(parent: TOMLTableNode?, name: String?, depth: Int, definedAt: Int) {
        self.parent = parent
        self.name = name
        self.depth = depth
        self.definedAt = definedAt
    }

    /// The keys from the document root to this table, for messages (worked out when asked).
    var path: [String] {
        var names: [String] = []
        var node: TOMLTableNode? = self
        while let current = node, let name = current.name {
            names.append(name)
            node = current.parent
        }
        return names.reversed()
    }

    /// What `key` holds, or nil when it is not defined yet.
    func slot(_ key: String) -> Slot? { slots[key]?.slot }

    /// Byte offset where `key` was first defined, or nil when it is not defined yet.
    func offset(of key: String) -> Int? { slots[key]?.offset }

    /// Defines a new key; the caller has checked that `key` is not defined yet.
    func add(_ key: String, _ slot: Slot, at offset: Int) {
        order.append(key)
        slots[key] = (slot, offset)
    }

    /// Adds the byte offset where each key of this table and of the tables below it was first defined,
    /// by key path from `prefix` (a path already there is kept: the first definition wins).
    func collectOffsets(into offsets: inout [[String]: Int], prefix: [String]) {
        for key in order {
            guard let (slot, offset) = slots[key] else { continue }
            let path = prefix + [key]
            if offsets[path] == nil { offsets[path] = offset }
            switch slot {
            case .value: break
            case .table(let node): node.collectOffsets(into: &offsets, prefix: path)
            case .tables(let list): for node in list.tables { node.collectOffsets(into: &offsets, prefix: path) }
            }
        }
    }

    /// The finished table, keys in the order they were defined.
    func freeze() -> TOMLTable {
        var table = TOMLTable()
        for key in order {
            switch slots[key]!.slot {
            case .value(let value): table[key] = value
            case .table(let node): table[key] = .table(node.freeze())
            case .tables(let list): table[key] = .array(list.tables.map { .table($0.freeze()) })
            }
        }
        return table
    }
}

/// The elements of an array of tables while the document is being read (never empty).
final class TOMLTableList {
    /// The tables, one per `[[name]]` header so far.
    var tables: [TOMLTableNode]

    /// Creates a list with its first table.
    init(first: TOMLTableNode) { tables = [first] }
}
