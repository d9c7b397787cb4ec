import Foundation
import ProcoreAPI
import Testing

/// End-to-end: the fault soak (docs/reliability.md). The real `sitewalk` in tmux, signed in with the
/// code flow to a custom environment served by `sitewalk sandbox` in another process with faults on,
/// while a scripted user walks every tool, filters, opens records and downloads files.
///
/// Runs when `SITEWALK_SOAK_SECONDS` is set: `.ci/test` runs it for 60 s; 600 gives the 10-minute run.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["SITEWALK_SOAK_SECONDS"] != nil))
struct FaultSoakTests {
    /// The faults, in `sitewalk sandbox --fault` form. OAuth requests only get latency: a refresh whose
    /// answer is lost after the server spent the single-use refresh token cannot be recovered by any
    /// client, so the soak keeps the login origin's answers whole.
    static let faults: [String] = {
        var specs = [
            "expire_token,class=api,every=60,offset=15",  // token expiry every 60 s
            "status=429,retry_after=1,class=api,limit=8,every=120,offset=30",  // a 429 burst every 2 minutes
            "latency=0-2000,seed=7",  // random latency up to 2 s, every request
        ]
        for requestClass in ["api", "file_link", "storage"] {
            specs += [
                "status=503,retry_after=1,class=\(requestClass),rate=0.06",  // 10% 5xx with Retry-After
                "status=500,retry_after=1,class=\(requestClass),rate=0.04",
                "drop,class=\(requestClass),rate=0.05",  // 5% dropped connections
                "truncate=0.5,class=\(requestClass),rate=0.05",  // 5% truncated bodies
                "html=502,class=\(requestClass),rate=0.02",  // 2% HTML error pages
            ]
        }
        return specs
    }()

    /// The walk: each tool, a text its list shows, and how to download from it. Under these faults a
    /// visit takes about 15 s, so a run shorter than 5 minutes walks only the two tools with files
    /// (several laps, the first of which is the warm-up); the 10-minute run walks every tool.
    static var walk: [(tool: String, expected: String, download: SoakDownload?)] {
        let withFiles: [(tool: String, expected: String, download: SoakDownload?)] = [
            ("RFIs", "Thermostat Conflict with Wall Finish", .record),
            ("Photos", "Sandbox", .inside),
        ]
        guard seconds >= 300 else { return withFiles }
        return withFiles + SeedToolsWalkTests.tools.filter { $0.0 != "RFIs" && $0.0 != "Photos" }.map { ($0.0, $0.1, nil) }
    }

    /// A JSON number as an Int (JSONSerialization gives NSNumbers).
    static func int(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }

    static var seconds: Double {
        ProcessInfo.processInfo.environment["SITEWALK_SOAK_SECONDS"].flatMap(Double.init) ?? 60
    }

    @Test func browsesUnderFaultsWithoutCrashHangLossOrLeak() async throws {
        let tmux = try TmuxSession(width: 160, height: 40)
        defer { tmux.close() }
        let home = tmux.home
        let binary = BuiltBinary.sitewalk.path
        let sandbox = try await SandboxProcess(arguments: ["--token-lifetime", "120", "--hourly-limit", "0"]
                                         + Self.faults.flatMap { ["--fault", $0] }, directory: home)
        defer { sandbox.stop() }

        // A custom environment for the sandbox, and a code-flow sign-in (refresh tokens) into this HOME.
        let downloads = home.appendingPathComponent("downloads")
        let config = home.appendingPathComponent(".config/sitewalk")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try """
        environment = "soak"
        downloads = "\(downloads.path)"

        [environments.soak]
        api_url = "\(sandbox.apiURL.absoluteString)"
        login_url = "\(sandbox.loginURL.absoluteString)"
        """.write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        try await tmux.waitFor(text: "e2e$")
        try tmux.run("SITEWALK_CLIENT_ID=sitewalk-demo-client SITEWALK_CLIENT_SECRET=sitewalk-demo-secret '\(binary)' login --env soak --code")
        let prompt = try await tmux.waitFor("the code prompt", timeout: 60) { $0.contains("\ncode:") }
        let authorize = try #require(prompt.range(of: #"http://\S+/oauth/authorize\S*"#, options: .regularExpression).map { String(prompt[$0]) })
        let approval = try await sandbox.get(try #require(URL(string: authorize + "&auto_approve=1")))
        let location = try #require(approval.header("Location"), "the consent page redirects to the code")
        let code = try #require(URLComponents(string: location)?.queryItems?.first { $0.name == "code" }?.value)
        try tmux.send(code, literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "signed in to soak", timeout: 60)
        try await tmux.waitForPrompt()  // `sitewalk login` has exited (slowly under a sanitizer): its process is not the browser's

        // The browser, traced.
        let trace = home.appendingPathComponent("trace.txt")
        try tmux.run("clear; SITEWALK_TRACE='\(trace.path)' '\(binary)'; echo SITEWALK_EXITED=$?")
        let user = SoakUser(tmux: tmux, downloads: downloads)
        let shell = try tmux.panePID()
        var browserPID: pid_t?
        var memory: [(at: Double, kib: Int)] = []
        let started = Date()
        var lastSample = Date.distantPast
        user.tick = {
            guard Date().timeIntervalSince(lastSample) >= 2 else { return }
            lastSample = Date()
            if browserPID == nil { browserPID = ResidentMemory.child(of: shell, named: "sitewalk") }
            if let pid = browserPID, let kib = ResidentMemory.kibibytes(of: pid) {
                memory.append((Date().timeIntervalSince(started), kib))
            }
        }
        try await user.openProject()

        // The walk, until the time is up (the visit under way is finished) and two laps are done.
        let end = started.addingTimeInterval(Self.seconds)
        var visits = 0
        var laps = 0
        var warmedUp: Double?  // when the first lap ended: every tool and file seen once
        let walk = Self.walk
        while Date() < end || laps < 2 {  // the second lap shows memory after warm-up
            let step = walk[visits % walk.count]
            try await user.visit(tool: step.tool, expected: step.expected, download: step.download)
            visits += 1
            if visits % walk.count == 0 {
                laps += 1
                if warmedUp == nil { warmedUp = Date().timeIntervalSince(started) }
            }
        }
        let elapsed = Date().timeIntervalSince(started)

        // No crash, whole screen: the process is alive and the frame is intact.
        let pid = try #require(browserPID, "the browser process was found")
        #expect(ResidentMemory.kibibytes(of: pid) != nil, "the browser is still running")
        let full = try tmux.captureFull()
        #expect(ScreenShape.badLines(full, width: 160).isEmpty, "the terminal is not garbled:\n\(full)")
        #expect(full.contains("READ-ONLY"), "the status bar is drawn")
        try user.press("Escape")
        try user.press("q")
        try await tmux.waitFor(text: "SITEWALK_EXITED=0", timeout: 30)

        // No hang: every key answered (frame flushed) within 100 ms, measured inside the browser.
        let keys = FrameTraceLog(contentsOf: trace)
        #expect(keys.keyMilliseconds.count >= user.keysSent / 4, "the trace holds the keys")
        let slow = keys.keyMilliseconds.filter { $0 > 100 }
        #expect(slow.isEmpty, "keys answered after more than 100 ms: \(slow.map { Int($0) })")

        // Every error shown with its explanation; never signed out.
        #expect(user.problems.isEmpty, "\(user.problems.joined(separator: "\n\n"))")

        // Every completed download byte-identical to the source.
        let log = try #require(try await sandbox.controlJSON("log") as? [[String: Any]])
        let blobIDs = Set(log.compactMap { entry -> String? in
            guard entry["origin"] as? String == "storage", [200, 206].contains(Self.int(entry["status"]) ?? 0) else { return nil }
            return (entry["path"] as? String)?.split(separator: "/").first.map(String.init)
        })
        var sources: [[UInt8]] = []
        for id in blobIDs {
            let blob = try await sandbox.control("blobs/\(id)")
            if blob.status == 200 { sources.append(blob.body) }
        }
        let files = user.completedDownloads()
        #expect(!files.isEmpty, "at least one download completed")
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            #expect(sources.contains(bytes), "\(file.lastPathComponent) (\(bytes.count) bytes) equals a file the storage origin served")
        }

        // Memory flat after warm-up: every sample after the first lap and the first third of the run
        // (whichever ends later; the second lap still grows the allocator's arenas by a few MB) within
        // ±10% of the first of them.
        let warm = max(warmedUp ?? elapsed, elapsed / 3)
        let settled = memory.filter { $0.at >= warm }
        #expect(settled.count >= 3, "at least 6 s of samples after warm-up (the first lap ended at \(warmedUp.map { "\(Int($0)) s" } ?? "never"))")
        if let baseline = settled.first?.kib {
            let outside = settled.filter { abs(Double($0.kib - baseline)) > 0.10 * Double(baseline) }
            #expect(outside.isEmpty, "resident memory left ±10% of \(baseline) KiB: \(outside.map { "\(Int($0.at))s \($0.kib)" })")
        } else {
            Issue.record("no memory samples after warm-up")
        }

        // The simulator's view: only GETs to the API, no token at storage, no refresh token spent twice.
        let counters = try #require(try await sandbox.controlJSON("counters") as? [String: Any])
        let apiMethods = Set(log.filter { ["api"].contains($0["origin"] as? String) }.compactMap { $0["method"] as? String })
        #expect(apiMethods == ["GET"], "the API saw only GET: \(apiMethods)")
        let storageWithToken = log.filter { entry in
            entry["origin"] as? String == "storage"
                && (((entry["headers"] as? [String]) ?? []).contains("authorization") || (entry["query"] as? String ?? "").contains("access_token"))
        }
        #expect(storageWithToken.isEmpty, "no token reached the storage origin")
        #expect(Self.int(counters["reused_refresh_tokens"]) == 0, "no refresh token was presented twice")
        #expect((Self.int(counters["refresh_grants"]) ?? 0) >= 1, "the token was refreshed during the soak")

        let firedTotal = Self.int(counters["faults_fired"]) ?? 0
        let byKind = try #require(try await sandbox.controlJSON("faults") as? [[String: Any]])
        let report = """
        SOAK \(Int(elapsed))s: \(visits) tool visits (\(laps) laps), \(user.keysSent) keys sent, \(keys.keyMilliseconds.count) key frames \
        (p50 \(Int(keys.quantile(0.5))) ms, p99 \(Int(keys.quantile(0.99))) ms, max \(Int(keys.slowest)) ms), \
        \(Self.int(counters["requests"]) ?? 0) requests, \(firedTotal) faults fired \
        (\(byKind.map { "\(Self.int($0["fired"]) ?? 0)" }.joined(separator: "/"))), \
        \(Self.int(counters["refresh_grants"]) ?? 0) refreshes, \(user.downloadsAsked) downloads asked, \(files.count) completed and identical, \
        \(user.paneErrors.count) pane errors retried, \(user.flashErrors.count) error flashes, \
        RSS \(memory.first?.kib ?? 0) → \(settled.first?.kib ?? 0) → \(memory.last?.kib ?? 0) KiB
        """
        print(report)
        try? report.write(to: URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("sitewalk-soak-report.txt"),
                          atomically: true, encoding: .utf8)
    }
}
