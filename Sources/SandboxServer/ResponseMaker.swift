import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Turns a ``Reply`` into a Hummingbird response, applying the body-level faults.
enum ResponseMaker {
    /// Raised inside a body writer to make Hummingbird close the connection mid-body.
    struct Truncated: Error {}

    static let chunkSize = 64 * 1024

    static func make(_ reply: Reply, fault: SandboxFault?, context: SandboxContext) -> Response {
        var fields = HTTPFields()
        for (name, value) in reply.headers {
            if let n = HTTPField.Name(name) { fields.append(HTTPField(name: n, value: value)) }
        }
        let status = HTTPResponse.Status(code: reply.status)
        if fault == .dropConnection {
            context.channel.close(promise: nil)
            return Response(status: status, headers: fields, body: ResponseBody())
        }
        let length = reply.contentLength
        let produce = producer(reply.body)
        switch fault {
        case let .truncatedBody(fraction):
            let cut = Int64(Double(length) * fraction)
            return Response(status: status, headers: fields, body: ResponseBody(contentLength: Int(length)) { writer in
                try await produce(0, cut, chunkSize) { try await writer.write($0) }
                throw Truncated()
            })
        case let .slowDrip(bytes, interval):
            return Response(status: status, headers: fields, body: ResponseBody(contentLength: Int(length)) { writer in
                try await produce(0, length, bytes) { buffer in
                    try await writer.write(buffer)
                    try await Task.sleep(nanoseconds: UInt64(max(0, interval)) * 1_000_000)
                }
                try await writer.finish(nil)
            })
        default:
            switch reply.body {
            case .empty: return Response(status: status, headers: fields, body: ResponseBody())
            case let .bytes(b): return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: b)))
            case .blob:
                return Response(status: status, headers: fields, body: ResponseBody(contentLength: Int(length)) { writer in
                    try await produce(0, length, chunkSize) { try await writer.write($0) }
                    try await writer.finish(nil)
                })
            }
        }
    }

    typealias Produce = @Sendable (Int64, Int64, Int, (ByteBuffer) async throws -> Void) async throws -> Void

    /// A function that emits bytes `[from, to)` of the body in chunks of at most `chunk` bytes.
    static func producer(_ body: Reply.Body) -> Produce {
        switch body {
        case .empty:
            return { _, _, _, _ in }
        case let .bytes(bytes):
            return { from, to, chunk, emit in
                var offset = Int(from)
                while offset < Int(to) {
                    let end = min(Int(to), offset + chunk)
                    try await emit(ByteBuffer(bytes: bytes[offset..<end]))
                    offset = end
                }
            }
        case let .blob(spec, start, _):
            return { from, to, chunk, emit in
                let pattern = spec.pattern()
                let header = spec.header
                var offset = from
                while offset < to {
                    try Task.checkCancellation()
                    let n = Int(min(Int64(chunk), to - offset))
                    var buffer = ByteBufferAllocator().buffer(capacity: n)
                    spec.write(from: start + offset, count: n, pattern: pattern, header: header, into: &buffer)
                    try await emit(buffer)
                    offset += Int64(n)
                }
            }
        }
    }
}
