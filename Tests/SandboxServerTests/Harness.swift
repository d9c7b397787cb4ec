import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
@testable import SandboxServer

/// A running sandbox plus an HTTP client that never follows redirects.
struct Harness {
    let server: SandboxServer
    let endpoints: SandboxEndpoints
    let client: HTTPClient

    /// A response with its body read.
    struct Reply {
        let status: Int
        let headers: HTTPHeaders
        let body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) }
        var object: [String: Any] { json as? [String: Any] ?? [:] }
        var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
        func header(_ name: String) -> String? { headers.first(name: name) }
    }

    /// Starts a server, runs `body`, and always stops both.
    static func run(_ configure: (inout SandboxConfiguration) -> Void = { _ in },
                    _ body: (Harness) async throws -> Void) async throws
    {
        var config = SandboxConfiguration()
        configure(&config)
        let server = SandboxServer(configuration: config)
        let endpoints = try await server.start()
        let client = HTTPClient(eventLoopGroupProvider: .singleton,
                                configuration: .init(redirectConfiguration: .disallow))
        do {
            try await body(Harness(server: server, endpoints: endpoints, client: client))
        } catch {
            try? await client.shutdown()
            await server.stop()
            throw error
        }
        try await client.shutdown()
        await server.stop()
    }

    /// Sends a request to an absolute URL.
    func send(_ url: String, method: HTTPMethod = .GET, headers: [(String, String)] = [], body: String? = nil) async throws -> Reply {
        var request = HTTPClientRequest(url: url)
        request.method = method
        for (k, v) in headers { request.headers.add(name: k, value: v) }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        let response = try await client.execute(request, timeout: .seconds(30))
        let buffer = try await response.body.collect(upTo: 64 << 20)
        return Reply(status: Int(response.status.code), headers: response.headers, body: Array(buffer.readableBytesView))
    }

    /// POSTs a urlencoded form to the login origin.
    func form(_ path: String, _ fields: [String: String], headers: [(String, String)] = []) async throws -> Reply {
        let body = fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0.value)" }.joined(separator: "&")
        return try await send(endpoints.loginURL.absoluteString + path, method: .POST,
                              headers: [("Content-Type", "application/x-www-form-urlencoded")] + headers, body: body)
    }

    /// A client-credentials access token.
    func token() async throws -> String {
        let reply = try await form("/oauth/token", ["grant_type": "client_credentials",
                                                    "client_id": SandboxConfiguration.demoClientID,
                                                    "client_secret": SandboxConfiguration.demoClientSecret])
        return reply.object["access_token"] as? String ?? ""
    }

    /// GET on the API origin with a token and (unless nil) the company header.
    func api(_ pathAndQuery: String, token: String?, company: Int64? = nil, headers: [(String, String)] = []) async throws -> Reply {
        var all = headers
        if let token { all.append(("Authorization", "Bearer \(token)")) }
        if let company { all.append(("Procore-Company-Id", String(company))) }
        return try await send(endpoints.apiURL.absoluteString + pathAndQuery, headers: all)
    }

    var facts: SandboxSeedFacts { server.seedFacts }
}
