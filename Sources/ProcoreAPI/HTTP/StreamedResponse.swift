import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A response read in two steps (downloads): the head first, then, once the caller has looked at it,
/// the body written to a file on the event loop, collected (an error message, a redirect) or dropped.
///
/// Every `StreamedResponse` must end in `write`, `collect` or `cancel`; until then the connection
/// waits with the body unread.
struct StreamedResponse: Sendable {
    let task: HTTPClient.Task<Void>
    let delegate: BodyDelegate
    let method: String
    let path: String

    /// The status and headers.
    ///
    /// - Throws: `ProcoreError` (`.transport`, `.cancelled`) when the request fails before its head.
    func head() async throws -> HTTPResponseHead {
        do {
            return try await withTaskCancellationHandler {
                try await delegate.head.get()
            } onCancel: { [task] in
                task.cancel()
            }
        } catch {
            throw HTTPTransport.classify(error, method: method, path: path)
        }
    }

    /// Writes the body to `fd` (whose position is file offset `offset`) with `write(2)` on the event loop,
    /// telling `onBytes` the size of each part as it is written there, and returns the bytes written. The
    /// file may be closed once this returns.
    ///
    /// - Throws: the `DownloadError` of a failed write, AsyncHTTPClient's error for a failed transfer,
    ///   `HTTPClientError.cancelled` when the task was cancelled.
    func write(to fd: Int32, file: URL, offset: Int64, onBytes: @escaping @Sendable (Int) -> Void) async throws -> Int64 {
        let delegate = self.delegate
        delegate.eventLoop.execute { delegate.start(.file(fd: fd, path: file, offset: offset, onBytes: onBytes)) }
        let outcome = await finish()
        let tally = try await detach()
        try outcome.get()
        return tally.written
    }

    /// The body, up to `limit` bytes (a longer one is cut there and its request ended).
    func collect(upTo limit: Int) async -> [UInt8] {
        let delegate = self.delegate
        delegate.eventLoop.execute { delegate.start(.collect(limit: limit)) }
        _ = await finish()
        return (try? await detach().collected) ?? []
    }

    /// Ends the request without reading the body.
    func cancel() {
        task.cancel()
    }

    /// Waits for the end of the request, cancelling it when the surrounding task is cancelled.
    private func finish() async -> Result<Void, Error> {
        do {
            try await withTaskCancellationHandler {
                try await task.futureResult.get()
            } onCancel: { [task] in
                task.cancel()
            }
            return .success(())
        } catch {
            return .failure(error)
        }
    }

    private func detach() async throws -> BodyDelegate.Tally {
        let delegate = self.delegate
        return try await delegate.eventLoop.submit { delegate.detach() }.get()
    }
}
