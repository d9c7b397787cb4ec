import Foundation

/// The UI thread's mailbox: background loads post messages here and wake the UI loop.
///
/// While the main thread sits in a curses input loop, `DispatchQueue.main` never drains, so results
/// travel through this locked queue instead; `wake` (a self-pipe write in the terminal front end)
/// interrupts the loop's wait.
public final class Inbox<Message: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Message] = []
    private var wakeHandler: (@Sendable () -> Void)?

    /// Creates an empty inbox.
    public init() {}

    /// Sets what to call when a message arrives (the UI loop's wake-up).
    public func onWake(_ handler: @escaping @Sendable () -> Void) {
        condition.lock()
        wakeHandler = handler
        condition.unlock()
    }

    /// The wake-up handler, to carry over to a new inbox.
    public var wake: (@Sendable () -> Void)? {
        condition.lock()
        defer { condition.unlock() }
        return wakeHandler
    }

    /// Posts a message from any thread.
    public func post(_ message: Message) {
        condition.lock()
        queue.append(message)
        let wake = wakeHandler
        condition.signal()
        condition.unlock()
        wake?()
    }

    /// Takes every waiting message.
    public func drain() -> [Message] {
        condition.lock()
        defer { condition.unlock() }
        let messages = queue
        queue.removeAll(keepingCapacity: true)
        return messages
    }

    /// Whether messages are waiting.
    public var isEmpty: Bool {
        condition.lock()
        defer { condition.unlock() }
        return queue.isEmpty
    }

    /// Blocks until a message waits or the deadline passes; true when one waits.
    public func wait(until deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty {
            if !condition.wait(until: deadline) { return !queue.isEmpty }
        }
        return true
    }
}
