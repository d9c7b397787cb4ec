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
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter = 0
    private var expiredWaiters: Set<Int> = []

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
        let resumed = waiters.values
        waiters.removeAll()
        condition.signal()
        condition.unlock()
        for waiter in resumed { waiter.resume() }
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

    /// Suspends (without blocking a thread) until a message waits or the deadline passes; true when one
    /// waits. For async callers such as tests, whose threads the background loads need.
    public func next(until deadline: Date) async -> Bool {
        guard let id = newWaiter() else { return true }
        let timer = Task { [weak self] in
            let nanoseconds = max(0, deadline.timeIntervalSinceNow) * 1e9
            try? await Task.sleep(nanoseconds: UInt64(nanoseconds))
            self?.resumeWaiter(id)
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            park(id, continuation)
        }
        timer.cancel()
        forgetWaiter(id)
        return !isEmpty
    }

    /// A waiter id, or nil when a message already waits.
    private func newWaiter() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        if !queue.isEmpty { return nil }
        nextWaiter += 1
        return nextWaiter
    }

    /// Parks a waiter until a post or its deadline (resuming at once when either came first).
    private func park(_ id: Int, _ continuation: CheckedContinuation<Void, Never>) {
        condition.lock()
        if !queue.isEmpty || expiredWaiters.remove(id) != nil {
            condition.unlock()
            continuation.resume()
            return
        }
        waiters[id] = continuation
        condition.unlock()
    }

    private func forgetWaiter(_ id: Int) {
        condition.lock()
        expiredWaiters.remove(id)
        condition.unlock()
    }

    private func resumeWaiter(_ id: Int) {
        condition.lock()
        let waiter = waiters.removeValue(forKey: id)
        if waiter == nil { expiredWaiters.insert(id) }
        condition.unlock()
        waiter?.resume()
    }
}
