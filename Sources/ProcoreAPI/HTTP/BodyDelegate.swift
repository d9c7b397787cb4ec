import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The AsyncHTTPClient delegate behind a `StreamedResponse`: it hands the head to the async side, holds
/// the body back until that side has decided what to do with it, then writes each part to a file
/// descriptor on the event loop itself (one thread per download, no hop per chunk), keeps a few
/// kilobytes of it, or drops it.
///
/// Every mutable property is touched on `eventLoop` only, which is both the task's and the connection's
/// loop (`.delegateAndChannel`).
final class BodyDelegate: HTTPClientResponseDelegate, @unchecked Sendable {
    typealias Response = Void

    /// What becomes of the body.
    enum Sink {
        /// Not decided yet: AsyncHTTPClient waits (the head's future is pending) and reads no further.
        case undecided
        /// Written to `fd` (at file offset `offset` onwards) with `write(2)`; `onBytes` hears the size of
        /// each part written.
        case file(fd: Int32, path: URL, offset: Int64, onBytes: @Sendable (Int) -> Void)
        /// Kept in memory up to `limit` bytes; a longer body ends the request.
        case collect(limit: Int)
        /// Dropped.
        case discard
    }

    /// What the body came to once the sink is detached.
    struct Tally: Sendable {
        /// Bytes written to the file.
        var written: Int64 = 0
        /// Bytes collected (at most the limit).
        var collected: [UInt8] = []
    }

    /// A collected body was longer than its limit.
    struct BodyTooLarge: Error {}

    /// Every this many bytes written, the kernel is asked to start writing them to disk, so that the
    /// fsync at the end has little left to do (1 GiB took 0.5 s to fsync at the end, 0.01 s this way).
    static let writeBehindBytes: Int64 = 8 << 20

    /// The loop every callback runs on.
    let eventLoop: EventLoop
    private let headPromise: EventLoopPromise<HTTPResponseHead>
    private let proceedPromise: EventLoopPromise<Void>
    private let ready: EventLoopFuture<Void>
    private var headSettled = false
    private var proceedSettled = false
    private var sink: Sink = .undecided
    private var written: Int64 = 0
    private var writtenBack: Int64 = 0
    private var collected = ByteBuffer()
    private var headDeadline: Scheduled<Void>?

    /// Creates a delegate whose callbacks run on `eventLoop`.
    init(eventLoop: EventLoop) {
        self.eventLoop = eventLoop
        headPromise = eventLoop.makePromise()
        proceedPromise = eventLoop.makePromise()
        ready = eventLoop.makeSucceededVoidFuture()
    }

    /// The response head, or the error that ended the request before it.
    var head: EventLoopFuture<HTTPResponseHead> { headPromise.futureResult }

    /// Fails the request with `deadlineExceeded` unless the head arrives within `timeout` (on the event loop).
    /// (AsyncHTTPClient's own deadline would cover the whole body too.)
    func armHeadDeadline(_ timeout: TimeAmount, task: HTTPClient.Task<Void>) {
        eventLoop.preconditionInEventLoop()
        guard !headSettled else { return }
        headDeadline = eventLoop.scheduleTask(in: timeout) { task.fail(reason: HTTPClientError.deadlineExceeded) }
    }

    /// Chooses what becomes of the body and lets it flow (on the event loop).
    func start(_ newSink: Sink) {
        eventLoop.preconditionInEventLoop()
        sink = newSink
        if !proceedSettled {
            proceedSettled = true
            proceedPromise.succeed()
        }
    }

    /// Stops using the sink (its file may be closed now) and says what it received (on the event loop).
    func detach() -> Tally {
        eventLoop.preconditionInEventLoop()
        sink = .discard
        return Tally(written: written, collected: Array(collected.readableBytesView))
    }

    func didReceiveHead(task: HTTPClient.Task<Void>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        headDeadline?.cancel()
        headDeadline = nil
        if !headSettled {
            headSettled = true
            headPromise.succeed(head)
        }
        return proceedPromise.futureResult
    }

    func didReceiveBodyPart(task: HTTPClient.Task<Void>, _ buffer: ByteBuffer) -> EventLoopFuture<Void> {
        switch sink {
        case .file(let fd, let path, let offset, let onBytes):
            do {
                try PartFile.writeAll(buffer, to: fd, file: path)
            } catch {
                return eventLoop.makeFailedFuture(error)
            }
            written += Int64(buffer.readableBytes)
            if written - writtenBack >= Self.writeBehindBytes {
                PartFile.startWriteBack(fd, offset: offset + writtenBack, length: written - writtenBack)
                writtenBack = written
            }
            onBytes(buffer.readableBytes)
        case .collect(let limit):
            var part = buffer
            let room = limit - collected.readableBytes
            if part.readableBytes > room {
                if room > 0, var slice = part.readSlice(length: room) { collected.writeBuffer(&slice) }
                return eventLoop.makeFailedFuture(BodyTooLarge())
            }
            collected.writeBuffer(&part)
        case .discard, .undecided:
            break
        }
        return ready
    }

    func didReceiveError(task: HTTPClient.Task<Void>, _ error: Error) {
        headDeadline?.cancel()
        headDeadline = nil
        if !headSettled {
            headSettled = true
            headPromise.fail(error)
        }
        if !proceedSettled {
            proceedSettled = true
            proceedPromise.fail(error)
        }
    }

    func didFinishRequest(task: HTTPClient.Task<Void>) throws {}
}
