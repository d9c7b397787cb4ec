import Foundation

/// Async work started from synchronous code, running on the cooperative pool while the caller goes
/// on; `wait()` blocks the calling thread until it has finished and returns its result.
///
/// Only for start-up and shut-down of the browser, whose loop owns the main thread.
final class PendingResult<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, Error>?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `body` at once in a detached task.
    init(_ body: @escaping @Sendable () async throws -> T) {
        Task.detached { [self] in
            let outcome: Result<T, Error>
            do { outcome = .success(try await body()) } catch { outcome = .failure(error) }
            lock.withLock { result = outcome }
            done.signal()
        }
    }

    /// Blocks until the work has finished, then returns its value or throws its error (every call
    /// gets the same answer).
    func wait() throws -> T {
        if let known = lock.withLock({ result }) { return try known.get() }
        done.wait()
        done.signal()
        guard let known = lock.withLock({ result }) else { throw CancellationError() }
        return try known.get()
    }
}
