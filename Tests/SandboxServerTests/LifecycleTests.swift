import Foundation
import Testing
@testable import SandboxServer

@Suite("Lifecycle") struct LifecycleTests {
    @Test func busyPortFailsToStartAndStopIsQuick() async throws {
        try await Harness.run { h in
            var config = SandboxConfiguration()
            config.apiPort = h.endpoints.apiURL.port ?? 0
            let second = SandboxServer(configuration: config)
            await #expect(throws: SandboxServer.StartError.self) { _ = try await second.start() }
            await second.stop()
        }
        let server = SandboxServer(configuration: SandboxConfiguration())
        let endpoints = try await server.start()
        #expect(endpoints.apiURL.absoluteString.hasPrefix("http://127.0.0.1:"))
        #expect(!endpoints.apiURL.absoluteString.hasSuffix("/"))
        await #expect(throws: SandboxServer.StartError.self) { _ = try await server.start() }
        let start = Date()
        await server.stop()
        #expect(Date().timeIntervalSince(start) < 2 * TestTime.scale)
        await server.stop()
    }

    @Test func factsAreKnownBeforeStart() {
        let seed = SandboxServer(configuration: SandboxConfiguration()).seedFacts
        #expect(seed.projectID == 78_552 && seed.rfiCount == 1)
        var config = SandboxConfiguration()
        config.dataset = .large(seed: 3)
        let large = SandboxServer(configuration: config).seedFacts
        #expect(large.rfiCount == 100_000 && large.projectCount == 2000 && large.documentCount == 20_000)
        #expect(large.fileSize == 1 << 30)
    }

    @Test func logFileGetsLinesWithoutSecrets() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-log-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: file) }
        var token = ""
        try await Harness.run({ $0.logFile = file }) { h in
            token = try await h.token()
            _ = try await h.api("/rest/v1.0/me", token: token)
        }
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("api GET /rest/v1.0/me 200"))
        #expect(!text.contains(token))
        #expect(!text.contains(SandboxConfiguration.demoClientSecret))
    }
}
