import Foundation
import ProcoreAPI
import SandboxServer
import Testing

/// Downloads against the simulator's API and storage origins (different ports, so different origins).
@Suite struct DownloadTests {
    static func fileLink(_ harness: SimulatorHarness, client: ProcoreClient) async throws -> URL {
        let facts = harness.server.seedFacts
        let file = try await client.getJSON(APIRequest(path: "/rest/v1.0/files/\(facts.fileID)",
                                                       query: [.init("project_id", String(facts.projectID))], companyID: facts.companyID))
        let text = try #require(file["file_versions"]?[0]?["url"]?.stringValue)
        return try #require(URL(string: text))
    }

    static func playground(_ harness: SimulatorHarness, _ path: String, _ items: [(String, String)]) -> URL {
        var components = URLComponents(url: harness.endpoints.apiURL.appendingPathComponent(path), resolvingAgainstBaseURL: false)!
        components.queryItems = items.map { URLQueryItem(name: $0.0, value: $0.1) }
        return components.url!
    }

    static func redirect(_ harness: SimulatorHarness, to target: URL) -> URL {
        playground(harness, "_sandbox/redirect", [("to", target.absoluteString)])
    }

    static func storageRedirect(_ harness: SimulatorHarness, to target: URL) -> URL {
        var components = URLComponents(url: harness.endpoints.storageURL.appendingPathComponent("_redirect"), resolvingAgainstBaseURL: false)!
        components.queryItems = [URLQueryItem(name: "to", value: target.absoluteString)]
        return components.url!
    }

    static func storageSawNoToken(_ harness: SimulatorHarness) -> Bool {
        let storage = harness.server.requestLog.entries().filter { $0.origin == .storage }
        return !storage.isEmpty && storage.allSatisfy { !$0.headerNames.contains("authorization") }
    }

    @Test func theTokenReachesTheAPIOriginAndNeverStorage() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let client = harness.client()
        let link = try await Self.fileLink(harness, client: client)
        let result = try await FileDownloader(client: client).download(link, to: .directory(temp.url))
        #expect(result.bytes == harness.server.seedFacts.fileSize)
        #expect(result.redirects == 1)
        #expect(FileManager.default.fileExists(atPath: result.file.path))
        #expect(!FileManager.default.fileExists(atPath: result.file.path + ".part"))
        let api = harness.server.requestLog.entries().filter { $0.origin == .api && $0.path.hasPrefix("/fas/") }
        #expect(api.count == 1 && api[0].headerNames.contains("authorization"), "the file link got the bearer token")
        #expect(Self.storageSawNoToken(harness))
        await harness.stop()
    }

    @Test func aChainAPIToAPIToStorageWorks() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let client = harness.client()
        let link = try await Self.fileLink(harness, client: client)
        let result = try await FileDownloader(client: client).download(Self.redirect(harness, to: link), to: .directory(temp.url))
        #expect(result.redirects == 2)
        #expect(Self.storageSawNoToken(harness))
        await harness.stop()
    }

    @Test func trustedToUntrustedAndBackNeverCarriesTheTokenToTheUntrustedHost() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let client = harness.client()
        let link = try await Self.fileLink(harness, client: client)
        // API → storage (untrusted) → API file link (trusted again: token re-attached) → storage.
        let start = Self.redirect(harness, to: Self.storageRedirect(harness, to: link))
        let result = try await FileDownloader(client: client).download(start, to: .directory(temp.url))
        #expect(result.redirects == 3)
        #expect(harness.server.requestLog.entries().filter { $0.origin == .storage }.count == 2)
        #expect(Self.storageSawNoToken(harness))
        await harness.stop()
    }

    @Test func loopsAndTooManyHopsFailCleanly() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let client = harness.client()
        let loopURL = Self.playground(harness, "_sandbox/redirect", [("loop", "1")])
        do {
            _ = try await FileDownloader(client: client).download(loopURL, to: .directory(temp.url))
            Issue.record("a loop must fail")
        } catch let error as DownloadError {
            #expect(error.reason.contains("loop"))
        }
        var chain = try await Self.fileLink(harness, client: client)
        for _ in 0..<6 { chain = Self.redirect(harness, to: chain) }
        do {
            _ = try await FileDownloader(client: client).download(chain, to: .directory(temp.url))
            Issue.record("six redirects before the file link must fail")
        } catch let error as DownloadError {
            #expect(error.reason.contains("too many redirects"))
        }
        let scheme = Self.playground(harness, "_sandbox/redirect", [("to", "file:///etc/passwd")])
        do {
            _ = try await FileDownloader(client: client).download(scheme, to: .directory(temp.url))
            Issue.record("a file: redirect must fail")
        } catch let error as DownloadError {
            #expect(error.reason.contains("only http and https"))
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.url.path)
        #expect(leftovers.isEmpty, "no partial file left behind: \(leftovers)")
        await harness.stop()
    }

    @Test func builtInEnvironmentsRefuseHTTPSToHTTPDowngrades() throws {
        let policy = RedirectPolicy(environment: .production)
        #expect(throws: DownloadError.self) {
            try policy.next(from: URL(string: "https://us02.procore.com/fas/x")!, location: "http://s3.amazonaws.com/x", hop: 0, visited: [])
        }
        #expect(!policy.sendsToken(to: URL(string: "https://bucket.s3.us-east-1.amazonaws.com/x")!))
        #expect(policy.sendsToken(to: URL(string: "https://app.procore.com/fas/api/v5/x")!))
        let next = try policy.next(from: URL(string: "https://app.procore.com/fas/a/b")!, location: "../c?sig=1", hop: 0, visited: [])
        #expect(next.absoluteString == "https://app.procore.com/fas/c?sig=1", "relative Location resolves against the current URL")
    }

    @Test(arguments: [
        ("attachment; filename=\"../../etc/passwd\"", "passwd"),
        ("attachment; filename=\"..\\\\x.txt\"", "x.txt"),
        ("attachment; filename=\"a\u{1}b\u{1B}[31mc.pdf\"", nil),
        ("attachment; filename*=UTF-8''%2E%2E%2F%2E%2E%2Fboot.ini", "boot.ini"),
    ] as [(String, String?)])
    func hostileContentDispositionYieldsASafeNameInsideTheDestination(disposition: String, expected: String?) async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let client = harness.client()
        let url = Self.playground(harness, "_sandbox/attachment", [("disposition", disposition), ("size", "64")])
        let result = try await FileDownloader(client: client).download(url, to: .directory(temp.url))
        #expect(result.file.deletingLastPathComponent().standardizedFileURL.path == temp.url.standardizedFileURL.path)
        let name = result.file.lastPathComponent
        if let expected { #expect(name == expected) }
        #expect(!name.contains("/") && !name.contains("\\") && !name.hasPrefix("."))
        #expect(name.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F })
        await harness.stop()
    }

    @Test func aThousandByteNameIsTrimmedAndAnExistingFileIsNeverOverwritten() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let client = harness.client()
        let long = String(repeating: "n", count: 1000) + ".pdf"
        let url = Self.playground(harness, "_sandbox/attachment", [("disposition", "attachment; filename=\"\(long)\""), ("size", "10")])
        let first = try await FileDownloader(client: client).download(url, to: .directory(temp.url))
        #expect(first.file.lastPathComponent.utf8.count <= 255)
        #expect(first.file.lastPathComponent.hasSuffix(".pdf"))
        let second = try await FileDownloader(client: client).download(url, to: .directory(temp.url))
        #expect(second.file != first.file, "a numbered name instead of overwriting")
        #expect(second.file.lastPathComponent.contains("(1)"))
        let third = try await FileDownloader(client: client).download(url, to: .directory(temp.url), overwrite: true)
        #expect(third.file == first.file)
        await harness.stop()
    }

    @Test func aConnectionDroppedHalfwayResumesWithRangeAndIsByteIdentical() async throws {
        let harness = try await SimulatorHarness.start { $0.dataset = .large(seed: 5) }
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let client = harness.client()
        let facts = harness.server.seedFacts
        let file = try await client.getJSON(APIRequest(path: "/rest/v1.0/files/\(facts.fileID + 1)",
                                                       query: [.init("project_id", String(facts.projectID))], companyID: facts.companyID))
        let link = try #require(file["file_versions"]?[0]?["url"]?.stringValue.flatMap(URL.init(string:)))
        let clean = try await FileDownloader(client: client).download(link, to: .file(temp.url.appendingPathComponent("clean.bin")))
        harness.server.faults.add(try SandboxFaultRule(parsing: "truncate=0.5,class=storage,limit=1"))
        harness.server.requestLog.clear()
        let resumed = try await FileDownloader(client: client).download(link, to: .file(temp.url.appendingPathComponent("resumed.bin")))
        #expect(resumed.resumed)
        #expect(FileManager.default.contentsEqual(atPath: clean.file.path, andPath: resumed.file.path))
        let storage = harness.server.requestLog.entries().filter { $0.origin == .storage }
        #expect(storage.count == 2)
        #expect(storage.last?.headerNames.contains("range") == true, "the second attempt asked for the rest")
        #expect(storage.last?.status == 206)
        await harness.stop()
    }

    @Test func aRateLimitedFileLinkIsAskedAgainAfterItsRetryAfter() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let client = harness.client()
        let link = try await Self.fileLink(harness, client: client)
        harness.server.faults.add(try SandboxFaultRule(parsing: "status=429,retry_after=1,class=file_link,limit=1"))
        let started = Date()
        let result = try await FileDownloader(client: client).download(link, to: .directory(temp.url))
        #expect(result.bytes == harness.server.seedFacts.fileSize)
        #expect(Date().timeIntervalSince(started) >= 0.95, "the second attempt waited the second Retry-After asked for")
        #expect(harness.server.requestLog.count { $0.path.hasPrefix("/fas/") } == 2)
        await harness.stop()
    }

    @Test func aRetryAfterBeyondTheCeilingEndsTheDownloadAtOnce() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let client = harness.client()
        let link = try await Self.fileLink(harness, client: client)
        harness.server.faults.add(try SandboxFaultRule(parsing: "status=503,retry_after=3600,class=storage,limit=1"))
        await #expect(throws: ProcoreError.self) {
            _ = try await FileDownloader(client: client).download(link, to: .directory(temp.url))
        }
        #expect(harness.server.requestLog.count { $0.origin == .storage } == 1, "no second try after an hour-long Retry-After")
        await harness.stop()
    }

    @Test func anExpiredStorageURLStartsAgainFromTheProcoreLink() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let client = harness.client()
        let link = try await Self.fileLink(harness, client: client)
        harness.server.faults.add(try SandboxFaultRule(parsing: "status=403,class=storage,limit=1"))
        let result = try await FileDownloader(client: client).download(link, to: .directory(temp.url))
        #expect(result.bytes == harness.server.seedFacts.fileSize)
        #expect(harness.server.requestLog.count { $0.path.hasPrefix("/fas/") } == 2, "the Procore link was asked again")
        await harness.stop()
    }
}

/// A 1 GiB download: memory must not grow with the file.
@Suite(.serialized) struct LargeDownloadTests {
    static func peakResidentKB() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }

    @Test func aGibibyteDownloadsWithMemoryThatDoesNotGrowWithTheFile() async throws {
        let harness = try await SimulatorHarness.start { $0.dataset = .large(seed: 1) }
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let client = harness.client()
        let facts = harness.server.seedFacts
        #expect(facts.fileSize >= 1 << 30)
        let file = try await client.getJSON(APIRequest(path: "/rest/v1.0/files/\(facts.fileID)",
                                                       query: [.init("project_id", String(facts.projectID))], companyID: facts.companyID))
        let link = try #require(file["file_versions"]?[0]?["url"]?.stringValue.flatMap(URL.init(string:)))
        let before = Self.peakResidentKB()
        let result = try await FileDownloader(client: client).download(link, to: .directory(temp.url))
        let growth = Self.peakResidentKB() - before
        #expect(result.bytes == facts.fileSize)
        #expect(growth < 200 * 1024, "peak memory grew by \(growth / 1024) MB for a \(facts.fileSize >> 20) MB file")
        await harness.stop()
    }
}
