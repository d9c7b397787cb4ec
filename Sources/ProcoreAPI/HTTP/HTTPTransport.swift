import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// One HTTP response, fully read: status, headers (looked up case-insensitively) and body bytes.
public struct RawResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The response headers in the order received.
    public var headers: [(name: String, value: String)]
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [(name: String, value: String)], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, matched case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// Timeouts and limits of the transport.
public struct TransportLimits: Sendable {
    /// Time allowed to open a connection.
    public var connectTimeout: Duration = .seconds(10)
    /// Time allowed between two reads of the same response.
    public var readTimeout: Duration = .seconds(30)
    /// Time allowed for a whole request, head and body (AsyncHTTPClient's deadline covers only the head).
    public var transferTimeout: Duration = .seconds(120)
    /// The largest body read into memory (downloads stream instead).
    public var maxBodyBytes: Int = 512 * 1024 * 1024

    /// The defaults: 10 s connect, 30 s read, 120 s per request, 512 MiB per body.
    public init() {}
}

/// The only way Sitewalk's bytes leave the process: HTTP over AsyncHTTPClient, read-only by construction.
///
/// Every request passes `ReadOnlyGuard` first: GET and HEAD anywhere, POST only to the OAuth token and
/// revoke endpoints; anything else throws before a byte is sent. Redirects are never followed here
/// (downloads follow them by hand with the token trust policy).
public final class HTTPTransport: Sendable {
    let client: HTTPClient
    /// Streams downloads (`stream`), apart from `client`: see `downloadPool(for:)`.
    let downloadClient: HTTPClient
    /// Timeouts and limits in force.
    public let limits: TransportLimits
    /// The `User-Agent` sent with every request.
    public static let userAgent = "Sitewalk/\(SitewalkVersion.current) (read-only Procore browser)"

    /// Creates a transport. Transports with the same timeouts share one process-wide connection pool,
    /// which lives as long as the process (AsyncHTTPClient traps if a client is released unclosed).
    public init(limits: TransportLimits = TransportLimits()) {
        self.limits = limits
        self.client = Self.pool(for: limits)
        self.downloadClient = Self.downloadPool(for: limits)
    }

    /// Kept for symmetry with other clients: the shared pool stays open for the life of the process.
    public func shutdown() async {}

    private static let pools = LockedBox<[String: HTTPClient]>([:])
    private static let downloadPools = LockedBox<[String: HTTPClient]>([:])

    /// The shared HTTP client for a set of timeouts (API calls, sign-in): redirects never followed
    /// automatically; on NIO's process-wide event loops.
    static func pool(for limits: TransportLimits) -> HTTPClient {
        client(for: limits, in: pools) { .singleton }
    }

    /// The client that streams downloads, on an event loop thread of its own: a download's body is
    /// written to disk on its connection's event loop, and a slow disk must not hold up the API calls
    /// the browser makes meanwhile.
    static func downloadPool(for limits: TransportLimits) -> HTTPClient {
        client(for: limits, in: downloadPools) { .shared(MultiThreadedEventLoopGroup(numberOfThreads: 1)) }
    }

    private static func client(for limits: TransportLimits, in pools: LockedBox<[String: HTTPClient]>,
                               group: () -> HTTPClient.EventLoopGroupProvider) -> HTTPClient {
        let key = "\(limits.connectTimeout)|\(limits.readTimeout)"
        return pools.withValue { pools in
            if let client = pools[key] { return client }
            var configuration = HTTPClient.Configuration(
                redirectConfiguration: .disallow,
                timeout: .init(connect: .init(limits.connectTimeout), read: .init(limits.readTimeout)))
            configuration.decompression = .disabled
            configuration.httpVersion = .automatic
            let client = HTTPClient(eventLoopGroupProvider: group(), configuration: configuration)
            pools[key] = client
            return client
        }
    }

    /// Sends one request and reads the whole body, within the transfer time limit.
    ///
    /// - Throws: `ProcoreError` with `.refusedWrite` for a request the read-only guard refuses,
    ///   `.transport` for network failures, `.cancelled` when the task was cancelled.
    public func send(method: String, url: URL, headers: [(String, String)], body: [UInt8]? = nil) async throws -> RawResponse {
        let path = url.path.isEmpty ? "/" : url.path
        try ReadOnlyGuard.check(method: method, url: url)
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = HTTPMethod(rawValue: method)
        request.headers.add(name: "User-Agent", value: Self.userAgent)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let frozen = request
        let limits = self.limits
        let client = self.client
        do {
            return try await Self.withTimeLimit(limits.transferTimeout) {
                let response = try await client.execute(frozen, timeout: .init(limits.readTimeout + limits.connectTimeout))
                let buffer = try await response.body.collect(upTo: limits.maxBodyBytes)
                let headers = response.headers.map { (name: $0.name, value: $0.value) }
                return RawResponse(status: Int(response.status.code), headers: headers,
                                   body: buffer.getBytes(at: buffer.readerIndex, length: buffer.readableBytes) ?? [])
            }
        } catch let error as ProcoreError {
            throw error
        } catch {
            throw Self.classify(error, method: method, path: path)
        }
    }

    /// Starts a streaming request (downloads): the caller awaits the head, then has the body written to a
    /// file on the connection's event loop, collected or dropped (see `StreamedResponse`). The head must
    /// arrive within the read and connect timeouts; the body may take as long as it reads steadily.
    ///
    /// - Throws: `ProcoreError` with `.refusedWrite` for a request the read-only guard refuses,
    ///   `.transport` for a URL AsyncHTTPClient cannot use.
    func stream(method: String = "GET", url: URL, headers: [(String, String)]) throws -> StreamedResponse {
        try ReadOnlyGuard.check(method: method, url: url)
        var fields = HTTPHeaders()
        fields.add(name: "User-Agent", value: Self.userAgent)
        for (name, value) in headers { fields.add(name: name, value: value) }
        let request: HTTPClient.Request
        do {
            request = try HTTPClient.Request(url: url.absoluteString, method: HTTPMethod(rawValue: method), headers: fields)
        } catch {
            throw Self.classify(error, method: method, path: url.path)
        }
        let client = downloadClient
        let eventLoop = client.eventLoopGroup.next()
        let delegate = BodyDelegate(eventLoop: eventLoop)
        let task = client.execute(request: request, delegate: delegate, eventLoop: .delegateAndChannel(on: eventLoop))
        // A request failed before it started (a client shutting down) never reaches the delegate.
        task.futureResult.whenFailure { delegate.didReceiveError(task: task, $0) }
        let headTimeout = TimeAmount(limits.readTimeout + limits.connectTimeout)
        eventLoop.execute { delegate.armHeadDeadline(headTimeout, task: task) }
        return StreamedResponse(task: task, delegate: delegate, method: method, path: url.path)
    }

    /// Runs `body`, failing with a transport timeout when it takes longer than `limit`.
    static func withTimeLimit<T: Sendable>(_ limit: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: limit)
                throw TransferTimedOut()
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            return first
        }
    }

    struct TransferTimedOut: Error {}

    /// Maps any thrown error to a `ProcoreError` with a short human description.
    static func classify(_ error: Error, method: String, path: String) -> ProcoreError {
        if error is CancellationError || Task.isCancelled {
            return ProcoreError(.cancelled, method: method, path: path)
        }
        if error is TransferTimedOut {
            return ProcoreError(.transport("the transfer took too long (timed out)"), method: method, path: path)
        }
        if let http = error as? HTTPClientError {
            let what: String
            switch http {
            case .connectTimeout: what = "connection timed out"
            case .readTimeout, .deadlineExceeded: what = "no answer in time (timed out)"
            case .remoteConnectionClosed: what = "the server closed the connection"
            case .cancelled: return ProcoreError(.cancelled, method: method, path: path)
            case .bodyLengthMismatch: what = "the response was cut short"
            default: what = String(describing: http)
            }
            return ProcoreError(.transport(what), method: method, path: path)
        }
        let text = String(describing: error)
        let lower = text.lowercased()
        let what: String
        if lower.contains("refused") { what = "connection refused" }
        else if lower.contains("reset") { what = "connection reset" }
        else if lower.contains("timeout") || lower.contains("timed out") { what = "timed out" }
        else if lower.contains("eof") || lower.contains("closed") || lower.contains("truncated") { what = "the connection dropped mid-response" }
        else { what = ProcoreError.oneLine(text, limit: 120) }
        return ProcoreError(.transport(what), method: method, path: path)
    }
}
