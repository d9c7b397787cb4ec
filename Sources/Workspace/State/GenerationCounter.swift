import Foundation

/// Hands out generations that are unique in the process, so an answer to an old question can never be
/// mistaken for an answer to a new one (even when a pane is created afresh at the same place).
enum GenerationCounter {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var last = 0

    /// The next generation.
    static func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        last += 1
        return last
    }
}
