import Foundation

/// A value guarded by a lock, for state that background tasks write and the UI thread reads.
public final class LockedBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// Creates a box holding `value`.
    public init(_ value: Value) { self.value = value }

    /// Reads the value.
    public func get() -> Value {
        lock.lock(); defer { lock.unlock() }
        return value
    }

    /// Replaces the value.
    public func set(_ newValue: Value) {
        lock.lock(); defer { lock.unlock() }
        value = newValue
    }

    /// Changes the value in place and returns what the closure returns.
    @discardableResult
    public func withValue<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock(); defer { lock.unlock() }
        return try body(&value)
    }
}
