import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The one responder each origin runs: control endpoints, rate limits, faults, logging, then the origin's routes.
struct OriginResponder: HTTPResponder {
    typealias Context = SandboxContext

    let origin: SandboxOrigin
    let core: ServerCore

    func respond(to request: Request, context: SandboxContext) async throws -> Response {
        var request = request
        let path = request.uri.path
        let rawQuery = request.uri.query ?? ""
        if origin == .api, path.hasPrefix("/_sandbox/") {
            let body = try await request.collectBody(upTo: 1 << 20)
            return ResponseMaker.make(ControlEndpoint(core: core).handle(request: request, body: body), fault: nil, context: context)
        }
        let requestClass = Self.requestClass(origin: origin, path: path)
        let fired = core.faults.draw(requestClass: requestClass, path: path)
        var shaping: SandboxFault?
        for fault in fired {
            switch fault {
            case let .latency(ms): try await Task.sleep(nanoseconds: UInt64(max(0, ms)) * 1_000_000)
            case .expireToken:
                if let token = Self.bearer(request.headers) { core.tokens.expire(token) }
            default: shaping = fault
            }
        }
        var reply: Reply
        var rateHeaders: [(String, String)] = []
        if origin == .api {
            let verdict = core.rateLimiter.admit()
            rateHeaders = verdict.headers
            if !verdict.allowed {
                reply = .message("Rate limit exceeded", status: 429)
            } else {
                reply = await dispatch(&request, path: path, query: rawQuery)
            }
        } else {
            reply = await dispatch(&request, path: path, query: rawQuery)
        }
        if let shaping {
            switch shaping {
            case let .serverError(status, retryAfter):
                reply = .message(HTTPStatusText.reason(status), status: status)
                if let retryAfter { reply.add("Retry-After", String(retryAfter)) }
            case let .htmlErrorPage(status):
                reply = .text(HTTPStatusText.htmlPage(status), status: status, contentType: "text/html; charset=utf-8")
            default: break
            }
        }
        reply.headers.append(contentsOf: rateHeaders)
        let names = Set(request.headers.map { $0.name.canonicalName.lowercased() })
        let status = shaping == .dropConnection ? 0 : reply.status
        core.log.record(SandboxRequestLogEntry(origin: origin, method: request.method.rawValue, path: path,
                                               query: SandboxRequestLog.redact(query: rawQuery), status: status, headerNames: names))
        return ResponseMaker.make(reply, fault: shaping, context: context)
    }

    private func dispatch(_ request: inout Request, path: String, query: String) async -> Reply {
        guard let world = core.world else { return .message("Starting", status: 503) }
        switch origin {
        case .login:
            let body = (try? await request.collectBody(upTo: 1 << 20)) ?? ByteBuffer()
            return LoginEndpoints(core: core, world: world).handle(request: request, body: body)
        case .api:
            return APIEndpoints(core: core, world: world).handle(request: request)
        case .storage:
            return StorageEndpoint(core: core, world: world).handle(request: request)
        }
    }

    static func requestClass(origin: SandboxOrigin, path: String) -> SandboxRequestClass {
        switch origin {
        case .login: return .oauth
        case .storage: return .storage
        case .api: return path.hasPrefix("/fas/") ? .fileLink : .api
        }
    }

    /// The bearer token of a request, if any.
    static func bearer(_ headers: HTTPFields) -> String? {
        guard let value = headers[.authorization] else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1]).trimmingCharacters(in: .whitespaces)
    }
}
