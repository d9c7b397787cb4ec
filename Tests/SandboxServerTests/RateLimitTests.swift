import Foundation
import Testing
@testable import SandboxServer

@Suite("Rate limits") struct RateLimitTests {
    @Test func spikeWindow() async throws {
        try await Harness.run({ $0.rateLimit = SandboxRateLimit(hourlyLimit: 100, spikeLimit: 3, spikeWindow: 10) }) { h in
            let t = try await h.token()
            var remaining: [String] = []
            for _ in 0..<3 {
                let r = try await h.api("/rest/v1.0/me", token: t)
                #expect(r.status == 200)
                #expect(r.header("X-Rate-Limit-Limit") == "3")
                remaining.append(r.header("X-Rate-Limit-Remaining") ?? "")
            }
            #expect(remaining == ["2", "1", "0"])
            let limited = try await h.api("/rest/v1.0/me", token: t)
            #expect(limited.status == 429)
            #expect(limited.header("Retry-After") != nil)
            let reset = Double(limited.header("X-Rate-Limit-Reset") ?? "") ?? 0
            #expect(reset > Date().timeIntervalSince1970)
            h.server.advanceClock(by: 11)
            #expect(try await h.api("/rest/v1.0/me", token: t).status == 200)
        }
    }

    @Test func hourlyWindow() async throws {
        try await Harness.run({ $0.rateLimit = SandboxRateLimit(hourlyLimit: 4, spikeLimit: 100) }) { h in
            let t = try await h.token()
            for _ in 0..<4 { #expect(try await h.api("/rest/v1.0/me", token: t).status == 200) }
            let limited = try await h.api("/rest/v1.0/me", token: t)
            #expect(limited.status == 429)
            #expect(limited.header("X-Rate-Limit-Limit") == "4")
            h.server.advanceClock(by: 11)
            #expect(try await h.api("/rest/v1.0/me", token: t).status == 429)
            h.server.advanceClock(by: 3600)
            #expect(try await h.api("/rest/v1.0/me", token: t).status == 200)
        }
    }

    @Test func headersOnEveryAPIResponseUnlessDisabled() async throws {
        try await Harness.run { h in
            let r = try await h.api("/rest/v1.0/me", token: nil)
            #expect(r.status == 401)
            #expect(r.header("X-Rate-Limit-Remaining") != nil)
        }
        try await Harness.run({ $0.rateLimit = .disabled }) { h in
            let r = try await h.api("/rest/v1.0/me", token: nil)
            #expect(r.header("X-Rate-Limit-Limit") == nil)
        }
    }
}
