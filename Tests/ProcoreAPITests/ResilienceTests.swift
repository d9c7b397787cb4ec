import Foundation
import ProcoreAPI
import SandboxServer
import Testing

/// Paging, rate limits and retries against the real simulator.
@Suite struct ResilienceTests {
    @Test func allPagesOfAThousandRFIsArriveInOrder() async throws {
        let harness = try await SimulatorHarness.start { $0.dataset = .largeWithRFIs(seed: 3, rfiCount: 1000); $0.rateLimit = .disabled }
        let facts = harness.server.seedFacts
        let client = harness.client()
        let items = try await client.allItems(APIRequest(path: "/rest/v1.0/projects/\(facts.projectID)/rfis", companyID: facts.companyID))
        #expect(items.count == 1000)
        let numbers = items.compactMap { $0["number"]?.stringValue.flatMap(Int.init) }
        #expect(numbers == Array(1...1000))
        let pageRequests = harness.server.requestLog.count { $0.path.hasSuffix("/rfis") }
        #expect(pageRequests == 10, "per_page 100 is sent explicitly: 10 pages")
        #expect(harness.server.requestLog.entries().filter { $0.path.hasSuffix("/rfis") }.allSatisfy {
            $0.query.contains("per_page=100") && $0.query.contains("page=")
        })
        await harness.stop()
    }

    @Test func a429IsWaitedOutAndRetried() async throws {
        let harness = try await SimulatorHarness.start()
        harness.server.faults.add(try SandboxFaultRule(parsing: "status=429,retry_after=1,class=api,limit=1"))
        let client = harness.client()
        let started = Date()
        let json = try await client.getJSON(APIRequest(path: "/rest/v1.0/companies"))
        #expect(json.arrayValue?.isEmpty == false)
        #expect(Date().timeIntervalSince(started) >= 0.9, "Retry-After was honoured")
        #expect(harness.server.requestLog.count { $0.path == "/rest/v1.0/companies" && $0.status == 429 } == 1)
        #expect(harness.server.requestLog.count { $0.path == "/rest/v1.0/companies" && $0.status == 200 } == 1)
        await harness.stop()
    }

    @Test func aRateLimitBeyondTheCeilingIsATypedErrorWithItsResetTime() async throws {
        let harness = try await SimulatorHarness.start()
        harness.server.faults.add(try SandboxFaultRule(parsing: "status=429,retry_after=3600,class=api"))
        var configuration = ClientConfiguration()
        configuration.maxRateLimitWait = .seconds(5)
        let client = harness.client(configuration: configuration)
        do {
            _ = try await client.getJSON(APIRequest(path: "/rest/v1.0/companies"))
            Issue.record("a 429 with an hour's wait must not be waited out")
        } catch let error as ProcoreError {
            guard case .rateLimited = error.kind else { Issue.record("kind is \(error.kind)"); return }
            #expect(error.status == 429)
        }
        await harness.stop()
    }

    @Test func aDroppedConnectionOnAGetIsRetried() async throws {
        let harness = try await SimulatorHarness.start()
        harness.server.faults.add(try SandboxFaultRule(parsing: "drop,class=api,limit=1"))
        let client = harness.client()
        let json = try await client.getJSON(APIRequest(path: "/rest/v1.0/companies"))
        #expect(json.arrayValue?.count == 1)
        await harness.stop()
    }

    @Test func serverErrorsAreRetriedThenReportedWithTheirClass() async throws {
        let harness = try await SimulatorHarness.start()
        harness.server.faults.add(try SandboxFaultRule(parsing: "status=502,class=api,limit=2"))
        var configuration = ClientConfiguration()
        configuration.backoffBase = .milliseconds(10)
        let client = harness.client(configuration: configuration)
        _ = try await client.getJSON(APIRequest(path: "/rest/v1.0/companies"))
        harness.server.faults.add(try SandboxFaultRule(parsing: "status=500,class=api"))
        do {
            _ = try await client.getJSON(APIRequest(path: "/rest/v1.0/companies"))
            Issue.record("persistent 500s must fail")
        } catch let error as ProcoreError {
            #expect(error.kind == .serverError)
            #expect(error.description.hasPrefix("GET /rest/v1.0/companies 500"))
        }
        await harness.stop()
    }

    @Test func anHTMLErrorPageIsUndecodableWithItsFirstBytes() async throws {
        let harness = try await SimulatorHarness.start()
        harness.server.faults.add(try SandboxFaultRule(parsing: "html=200,class=api,limit=1"))
        let client = harness.client()
        do {
            _ = try await client.getJSON(APIRequest(path: "/rest/v1.0/companies"))
            Issue.record("HTML must not decode as JSON")
        } catch let error as ProcoreError {
            guard case .undecodable(let prefix) = error.kind else { Issue.record("kind is \(error.kind)"); return }
            #expect(prefix.lowercased().contains("<"))
        }
        await harness.stop()
    }

    @Test func rateLimitHeadersAreObserved() async throws {
        let harness = try await SimulatorHarness.start()
        let client = harness.client()
        _ = try await client.getJSON(APIRequest(path: "/rest/v1.0/companies"))
        let limit = try #require(client.rateLimit)
        #expect(limit.limit > 0)
        #expect(limit.remaining < limit.limit)
        await harness.stop()
    }
}
