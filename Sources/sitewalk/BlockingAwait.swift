import Foundation

/// Runs async work from synchronous code on the main thread, waiting for it on a semaphore.
///
/// Only for start-up and shut-down of the browser, whose loop owns the main thread.
func blockingAwait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    try PendingResult(body).wait()
}
