import Foundation

/// A JSON object: ordered key/value pairs, duplicates included.
///
/// Entries keep the order they were received in, and duplicate keys are kept and written back
/// (a browser of raw API responses must show what the server sent). Lookup by key returns the
/// LAST entry with that key, as most JSON parsers do.
///
/// Small objects are searched linearly from the end. Objects with more than `indexThreshold`
/// entries build a dictionary of last positions on their first lookup, so lookup stays O(1) for
/// very wide objects (custom-field maps, permission tables) while parsing never pays for
/// indexes nobody reads.
public struct JSONObject: Sendable, Hashable, CustomStringConvertible {
    /// Above this many entries an index of last positions is kept.
    static let indexThreshold = 12

    private var storage: [(key: String, value: JSONValue)]
    /// Present when `storage.count > indexThreshold`; shared between copies until one mutates.
    private var index: LazyKeyIndex?

    /// Creates an empty object.
    public init() {
        storage = []
        index = nil
    }

    /// Creates an object from ordered entries; duplicate keys are kept.
    public init(_ entries: [(key: String, value: JSONValue)]) {
        storage = entries
        index = nil
        rebuildIndex()
    }

    /// The entries in order, duplicates included. Setting it replaces all entries.
    public var entries: [(key: String, value: JSONValue)] {
        get { storage }
        set {
            storage = newValue
            rebuildIndex()
        }
    }

    /// The keys in order, duplicates included.
    public var keys: [String] { storage.map(\.key) }

    /// The number of entries, duplicates included.
    public var count: Int { storage.count }

    /// True when the object has no entries.
    public var isEmpty: Bool { storage.isEmpty }

    /// The value of the last entry named `key`, or nil when there is none.
    ///
    /// Setting a value replaces the last entry with that key (or appends a new entry);
    /// setting nil removes every entry with that key.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let index = position(of: key) else { return nil }
            return storage[index].value
        }
        set {
            if let newValue {
                if let index = position(of: key) {
                    storage[index].value = newValue
                } else {
                    append(key: key, value: newValue)
                }
            } else if position(of: key) != nil {
                storage.removeAll { $0.key == key }
                rebuildIndex()
            }
        }
    }

    /// True when at least one entry is named `key`.
    public func contains(key: String) -> Bool {
        position(of: key) != nil
    }

    /// Appends an entry at the end, even when `key` is already present.
    public mutating func append(key: String, value: JSONValue) {
        storage.append((key: key, value: value))
        if storage.count > Self.indexThreshold { rebuildIndex() }
    }

    /// Compact JSON text of the object.
    public var description: String {
        JSONWriter.write(.object(self), pretty: false)
    }

    /// Objects are equal when their entries are equal in order (keys and values).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.storage.count == rhs.storage.count else { return false }
        for (left, right) in zip(lhs.storage, rhs.storage) where left.key != right.key || left.value != right.value {
            return false
        }
        return true
    }

    /// Hashes the entries in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.count)
        for entry in storage {
            hasher.combine(entry.key)
            hasher.combine(entry.value)
        }
    }

    private func position(of key: String) -> Int? {
        if let index { return index.position(of: key, in: storage) }
        var position = storage.count - 1
        while position >= 0 {
            if storage[position].key == key { return position }
            position -= 1
        }
        return nil
    }

    /// Drops any built index after a mutation (a fresh one is built on the next lookup).
    private mutating func rebuildIndex() {
        guard storage.count > Self.indexThreshold else {
            index = nil
            return
        }
        if index != nil, isKnownUniquelyReferenced(&index!) {
            index!.invalidate()
        } else {
            index = LazyKeyIndex()
        }
    }
}

/// The last position of each key, built on first use and then reused by every copy that shares it.
///
/// Only ever read through `JSONObject`, whose `storage` it describes; `JSONObject` replaces or
/// invalidates it on mutation. The lock makes the one-time build safe from any thread.
private final class LazyKeyIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var positions: [String: Int]?

    func position(of key: String, in storage: [(key: String, value: JSONValue)]) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if positions == nil {
            var built = [String: Int](minimumCapacity: storage.count)
            for (offset, entry) in storage.enumerated() { built[entry.key] = offset }
            positions = built
        }
        return positions?[key]
    }

    func invalidate() {
        lock.lock()
        positions = nil
        lock.unlock()
    }
}
