import AsyncHTTPClient
import Foundation
import Testing
@testable import SandboxServer

/// Random latency in a range (seeded), timed fault windows, and the control endpoints the fault soak reads.
@Suite("Fault schedules and random latency") struct FaultScheduleTests {
    /// The waits a switchboard draws for `count` API requests.
    private func waits(_ faults: SandboxFaults, count: Int) -> [Int] {
        (0..<count).compactMap { _ in
            faults.draw(requestClass: .api, path: "/rest/v1.0/me").compactMap { fault -> Int? in
                if case let .latency(ms) = fault { return ms }
                return nil
            }.first
        }
    }

    @Test func randomLatencyStaysInItsRangeAndRepeatsWithTheSameSeed() throws {
        let rule = try SandboxFaultRule(parsing: "latency=100-2000,seed=7")
        #expect(rule.fault == .randomLatency(minimum: 100, maximum: 2000, seed: 7))
        let first = SandboxFaults(), second = SandboxFaults(), other = SandboxFaults()
        first.add(rule)
        second.add(rule)
        other.add(try SandboxFaultRule(parsing: "latency=100-2000,seed=8"))
        let a = waits(first, count: 200), b = waits(second, count: 200), c = waits(other, count: 200)
        #expect(a.count == 200)
        #expect(a.allSatisfy { (100...2000).contains($0) })
        #expect(a == b, "the same seed gives the same waits")
        #expect(a != c, "another seed gives other waits")
        #expect(Set(a).count > 100, "the waits spread over the range")
        #expect(a.min()! < 400 && a.max()! > 1700)
    }

    @Test func scheduledRuleFiresItsLimitInEachWindowOnly() throws {
        let clock = Locked<Double>(1000)
        let faults = SandboxFaults(now: { clock.withLock { $0 } })
        faults.add(try SandboxFaultRule(parsing: "status=429,retry_after=1,class=api,limit=2,every=60,offset=10"))
        func statuses(_ n: Int) -> [Int] {
            (0..<n).map { _ in
                faults.draw(requestClass: .api, path: "/rest/v1.0/me").compactMap { fault -> Int? in
                    if case let .serverError(status, _) = fault { return status }
                    return nil
                }.first ?? 200
            }
        }
        #expect(statuses(3) == [200, 200, 200], "asleep before the offset")
        clock.withLock { $0 += 10 }
        #expect(statuses(4) == [429, 429, 200, 200], "a burst of `limit` when the first window opens")
        clock.withLock { $0 += 30 }
        #expect(statuses(2) == [200, 200], "spent until the next window")
        clock.withLock { $0 += 30 }
        #expect(statuses(3) == [429, 429, 200], "the next window, 60 s later")
        #expect(faults.firedCounts().values.reduce(0, +) == 4)
        #expect(faults.draw(requestClass: .storage, path: "/1").isEmpty, "other classes are never hit")
    }

    @Test func scheduleSpecsAndTheirMistakes() throws {
        let expiry = try SandboxFaultRule(parsing: "expire_token,class=api,every=60,offset=15")
        #expect(expiry.schedule == SandboxFaultSchedule(every: 60, offset: 15))
        #expect(expiry.limit == 1, "a schedule without a limit fires once per window")
        #expect(try SandboxFaultRule(parsing: "latency=250").fault == .latency(milliseconds: 250))
        for bad in ["latency=5-1", "latency=a-9", "latency=0-9,seed=-1", "drop,offset=3", "drop,every=0", "drop,every=5,offset=-1"] {
            #expect(throws: SandboxFaultRule.ParseError.self, "\(bad) is refused") { try SandboxFaultRule(parsing: bad) }
        }
    }

    @Test func controlEndpointReportsFiringsCountersAndServesBlobsUnfaulted() async throws {
        try await Harness.run { h in
            let api = h.endpoints.apiURL.absoluteString
            let t = try await h.token()
            let signed = try await StorageTests.signedURL(h, token: t).storage
            let served = try await h.send(signed)
            let blobID = try #require(URL(string: signed)?.path.split(separator: "/").first.map(String.init))
            _ = try await h.send(api + "/_sandbox/faults", method: .POST, body: "status=503,retry_after=1,class=api,limit=1,every=300")
            _ = try await h.send(api + "/_sandbox/faults", method: .POST, body: "drop,class=storage")
            #expect(try await h.api("/rest/v1.0/me", token: t).status == 503, "the first window opens at once")
            #expect(try await h.api("/rest/v1.0/me", token: t).status == 200)
            let rules = try await h.send(api + "/_sandbox/faults").array
            #expect((rules.first?["fired"] as? NSNumber)?.intValue == 1)
            #expect((rules.first?["every"] as? NSNumber)?.doubleValue == 300)

            let counters = try await h.send(api + "/_sandbox/counters").object
            #expect((counters["faults_fired"] as? NSNumber)?.intValue == 1)
            #expect((counters["refresh_grants"] as? NSNumber)?.intValue == 0)
            #expect((counters["reused_refresh_tokens"] as? NSNumber)?.intValue == 0)
            #expect(((counters["requests"] as? NSNumber)?.intValue ?? 0) >= 3)
            #expect(!(try await h.send(api + "/_sandbox/counters").text.contains(t)), "counts only, never a token")

            // Every storage request is dropped, yet the control endpoint serves the file whole.
            let blob = try await h.send(api + "/_sandbox/blobs/\(blobID)")
            #expect(blob.status == 200)
            #expect(Int64(blob.body.count) == h.facts.fileSize)
            let same = blob.body == served.body
            #expect(same, "the same bytes the storage origin serves")
            #expect(try await h.send(api + "/_sandbox/blobs/999999999").status == 404)
        }
    }
}
