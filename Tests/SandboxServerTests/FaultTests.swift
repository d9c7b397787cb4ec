import AsyncHTTPClient
import Foundation
import Testing
@testable import SandboxServer

@Suite("Fault injection") struct FaultTests {
    @Test func serverErrorWithRetryAfterOnceThenRecovers() async throws {
        try await Harness.run { h in
            let t = try await h.token()
            h.server.faults.add(SandboxFaultRule(fault: .serverError(status: 503, retryAfter: 2), requestClass: .api, limit: 1))
            let failed = try await h.api("/rest/v1.0/me", token: t)
            #expect(failed.status == 503)
            #expect(failed.header("Retry-After") == "2")
            #expect(try await h.api("/rest/v1.0/me", token: t).status == 200)
        }
    }

    @Test func rateIsDeterministicAndClassesAreRespected() async throws {
        try await Harness.run { h in
            let t = try await h.token()
            h.server.faults.add(SandboxFaultRule(fault: .serverError(status: 500, retryAfter: nil), requestClass: .api, rate: 0.5))
            h.server.faults.add(SandboxFaultRule(fault: .serverError(status: 502, retryAfter: nil), requestClass: .storage))
            var statuses: [Int] = []
            for _ in 0..<4 { statuses.append(try await h.api("/rest/v1.0/me", token: t).status) }
            #expect(statuses == [200, 500, 200, 500])
            #expect(try await h.token().isEmpty == false)
        }
    }

    @Test func latency() async throws {
        try await Harness.run { h in
            let t = try await h.token()
            h.server.faults.add(SandboxFaultRule(fault: .latency(milliseconds: 150), requestClass: .api))
            let start = Date()
            #expect(try await h.api("/rest/v1.0/me", token: t).status == 200)
            #expect(Date().timeIntervalSince(start) >= 0.15)
        }
    }

    @Test func droppedConnectionAndTruncatedBody() async throws {
        try await Harness.run { h in
            let t = try await h.token()
            h.server.faults.add(SandboxFaultRule(fault: .dropConnection, requestClass: .api, limit: 1))
            await #expect(throws: (any Error).self) { _ = try await h.api("/rest/v1.0/me", token: t) }
            h.server.faults.add(SandboxFaultRule(fault: .truncatedBody(fraction: 0.5), requestClass: .api, limit: 1))
            await #expect(throws: (any Error).self) { _ = try await h.api("/rest/v1.0/companies", token: t) }
            #expect(try await h.api("/rest/v1.0/companies", token: t).status == 200)
            #expect(h.server.requestLog.entries().contains { $0.status == 0 })
        }
    }

    @Test func htmlErrorPage() async throws {
        try await Harness.run { h in
            let t = try await h.token()
            h.server.faults.add(SandboxFaultRule(fault: .htmlErrorPage(status: 502), requestClass: .api, limit: 1))
            let r = try await h.api("/rest/v1.0/me", token: t)
            #expect(r.status == 502)
            #expect(r.header("Content-Type")?.hasPrefix("text/html") == true)
            #expect(r.text.contains("<h1>502 Bad Gateway</h1>"))
        }
    }

    @Test func slowDripDeliversTheWholeBody() async throws {
        try await Harness.run { h in
            let t = try await h.token()
            let normal = try await h.api("/rest/v1.0/companies", token: t)
            h.server.faults.add(SandboxFaultRule(fault: .slowDrip(bytesPerChunk: 16, intervalMilliseconds: 1), requestClass: .api, limit: 1))
            let start = Date()
            let dripped = try await h.api("/rest/v1.0/companies", token: t)
            #expect(dripped.body == normal.body)
            #expect(Date().timeIntervalSince(start) >= Double(normal.body.count / 16) * 0.001)
        }
    }

    @Test func expireTokenOnNextRequest() async throws {
        try await Harness.run { h in
            let t = try await h.token()
            h.server.faults.expireTokenOnNextRequest()
            let r = try await h.api("/rest/v1.0/me", token: t)
            #expect(r.status == 401)
            #expect(r.object["message"] as? String == "The access token expired")
            #expect(try await h.api("/rest/v1.0/me", token: try await h.token()).status == 200)
        }
    }

    @Test func controlEndpoint() async throws {
        try await Harness.run { h in
            let t = try await h.token()
            let api = h.endpoints.apiURL.absoluteString
            let added = try await h.send(api + "/_sandbox/faults", method: .POST, body: #"{"status":503,"retry_after":1,"class":"api","limit":1}"#)
            #expect(added.status == 201)
            let list = try await h.send(api + "/_sandbox/faults")
            #expect(list.array.count == 1)
            #expect(try await h.api("/rest/v1.0/me", token: t).status == 503)
            _ = try await h.send(api + "/_sandbox/faults", method: .POST, body: "html=500,class=api")
            #expect(try await h.api("/rest/v1.0/me", token: t).status == 500)
            #expect(try await h.send(api + "/_sandbox/faults", method: .DELETE).status == 204)
            #expect(try await h.api("/rest/v1.0/me", token: t).status == 200)
            #expect(try await h.send(api + "/_sandbox/faults", method: .POST, body: "bogus=1").status == 400)
            _ = try await h.send(api + "/_sandbox/expire-token", method: .POST)
            #expect(try await h.api("/rest/v1.0/me", token: t).status == 401)
            let log = try await h.send(api + "/_sandbox/log")
            #expect(!log.array.isEmpty)
            #expect(!log.text.contains(t))
            let facts = try await h.send(api + "/_sandbox/facts")
            #expect((facts.object["project_id"] as? NSNumber)?.int64Value == h.facts.projectID)
            _ = try await h.send(api + "/_sandbox/clock?advance=7200", method: .POST)
            #expect(try await h.api("/rest/v1.0/me", token: try await h.token()).status == 200)
        }
    }

    @Test func specParsing() throws {
        let rule = try SandboxFaultRule(parsing: "status=503,retry_after=2,class=api,rate=0.25,limit=3,path=/rest")
        #expect(rule.fault == .serverError(status: 503, retryAfter: 2))
        #expect(rule.requestClass == .api && rule.rate == 0.25 && rule.limit == 3 && rule.pathPrefix == "/rest")
        #expect(try SandboxFaultRule(parsing: "drip=64,interval=10").fault == .slowDrip(bytesPerChunk: 64, intervalMilliseconds: 10))
        #expect(try SandboxFaultRule(parsing: "drop,class=storage").requestClass == .storage)
        #expect(throws: SandboxFaultRule.ParseError.self) { try SandboxFaultRule(parsing: "latency=5,drop") }
    }
}
