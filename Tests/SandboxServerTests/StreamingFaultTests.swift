import AsyncHTTPClient
import Foundation
import NIOCore
import Testing
@testable import SandboxServer

@Suite("Streaming faults, concurrency and shutdown") struct StreamingFaultTests {
    @Test func storageFaultsApplyToBlobStreams() async throws {
        try await Harness.run { h in
            let t = try await h.token()
            let (_, storage) = try await StorageTests.signedURL(h, token: t)
            let whole = try await h.send(storage).body
            h.server.faults.add(SandboxFaultRule(fault: .truncatedBody(fraction: 0.3), requestClass: .storage, limit: 1))
            await #expect(throws: (any Error).self) { _ = try await h.send(storage) }
            h.server.faults.add(SandboxFaultRule(fault: .slowDrip(bytesPerChunk: 4096, intervalMilliseconds: 1), requestClass: .storage, limit: 1))
            #expect(try await h.send(storage).body == whole)
            h.server.faults.add(SandboxFaultRule(fault: .serverError(status: 503, retryAfter: 1), requestClass: .fileLink, limit: 1))
            let file = try await h.api("/rest/v1.0/files/\(h.facts.fileID)?project_id=\(h.facts.projectID)", token: t, company: h.facts.companyID)
            let link = ((file.object["file_versions"] as? [[String: Any]])?.first?["url"] as? String) ?? ""
            #expect(try await h.send(link, headers: [("Authorization", "Bearer \(t)")]).status == 503)
            #expect(try await h.send(link, headers: [("Authorization", "Bearer \(t)")]).status == 302)
        }
    }

    @Test func headOnStorage() async throws {
        try await Harness.run { h in
            let t = try await h.token()
            let (_, storage) = try await StorageTests.signedURL(h, token: t)
            let head = try await h.send(storage, method: .HEAD)
            #expect(head.status == 200)
            #expect(head.header("Content-Length") == String(h.facts.fileSize))
            #expect(head.body.isEmpty)
        }
    }

    @Test func manyConcurrentRequests() async throws {
        try await Harness.run({ $0.rateLimit = .disabled }) { h in
            let t = try await h.token()
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<64 {
                    group.addTask { try await h.api("/rest/v1.0/projects/\(h.facts.projectID)/rfis", token: t, company: h.facts.companyID).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.count == 64 && statuses.allSatisfy { $0 == 200 })
        }
    }

    @Test func stopIsFastEvenDuringASlowDownload() async throws {
        var config = SandboxConfiguration()
        config.dataset = .large(seed: 1)
        let server = SandboxServer(configuration: config)
        let endpoints = try await server.start()
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        let h = Harness(server: server, endpoints: endpoints, client: client)
        let t = try await h.token()
        let (_, storage) = try await StorageTests.signedURL(h, token: t)
        server.faults.add(SandboxFaultRule(fault: .slowDrip(bytesPerChunk: 1024, intervalMilliseconds: 20), requestClass: .storage))
        // The storage request is logged as its response head is sent: that is "the download has started".
        let (started, signal) = AsyncStream.makeStream(of: Void.self)
        server.requestLog.setObserver { entry in if entry.origin == .storage { signal.yield() } }
        let download = Task { try await client.execute(HTTPClientRequest(url: storage), timeout: .seconds(60)).body.collect(upTo: 1 << 30) }
        _ = await started.first { _ in true }
        let start = Date()
        await server.stop()
        #expect(Date().timeIntervalSince(start) < 3 * TestTime.scale)
        download.cancel()
        _ = try? await download.value
        try await client.shutdown()
    }
}
