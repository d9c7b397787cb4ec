import Foundation
import ProcoreAPI
import SandboxServer
import Workspace

/// Shared state of a benchmark run: the built binaries, a scratch directory, iteration counts.
final class BenchContext: @unchecked Sendable {
    let smoke: Bool
    let peers: Bool
    let scratch: URL
    let binDirectory: URL

    init(smoke: Bool, peers: Bool) {
        self.smoke = smoke
        self.peers = peers
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sitewalk-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        binDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        // Peers write logs into their working directory (pyprocore makes ./logs): keep them in scratch.
        _ = FileManager.default.changeCurrentDirectoryPath(scratch.path)
    }

    var sitewalk: String { binDirectory.appendingPathComponent("sitewalk").path }
    var iterations: Int { smoke ? 3 : 20 }

    func cleanUp() { try? FileManager.default.removeItem(at: scratch) }

    /// A client of ours for a simulator's origins, signed in with the demo credentials.
    static func demoClient(_ endpoints: SandboxEndpoints, name: String) -> ProcoreClient {
        let environment = ProcoreEnvironment(name: name, kind: .custom, apiURL: endpoints.apiURL, loginURL: endpoints.loginURL)
        return ProcoreClient(environment: environment, transport: HTTPTransport(),
                             credentials: ClientCredentials(clientID: SandboxConfiguration.demoClientID,
                                                            clientSecret: SandboxConfiguration.demoClientSecret),
                             tokenStore: nil)
    }

    /// An environment for child processes: a private HOME so nothing of the user's is touched.
    func childEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ["HOME": scratch.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                   "TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_CONFIG_HOME": scratch.appendingPathComponent("config").path]
        for (k, v) in extra { env[k] = v }
        return env
    }

    // MARK: - Launch

    func launchFigures() async -> [Figure] {
        var firstFrame: [Double] = [], companies: [Double] = []
        for i in 0..<iterations {
            let trace = scratch.appendingPathComponent("launch-\(i).trace").path
            let start = FrameTraceClock.now()
            guard let pty = PseudoTerminal([sitewalk, "--demo"], width: 120, height: 40,
                                           environment: childEnvironment(["SITEWALK_TRACE": trace, "SITEWALK_TRACE_EXIT": "companies"])) else { break }
            pty.wait(timeout: 20)
            let file = TraceFile(path: trace)
            if let t = file.value("first_frame") { firstFrame.append(Double(t - start) / 1e6) }
            if let t = file.value("companies") { companies.append(Double(t - start) / 1e6) }
        }
        let a = Stats(firstFrame), b = Stats(companies)
        return [
            Figure(name: "launch to first frame (--demo)", target: "≤ 60 ms", unit: "ms", stats: a, value: "", met: a.count > 0 ? a.median <= 60 : nil,
                   note: a.count == 0 ? "no trace was written" : nil),
            Figure(name: "launch to companies shown (--demo)", target: "≤ 250 ms", unit: "ms", stats: b, value: "", met: b.count > 0 ? b.median <= 250 : nil,
                   note: b.count == 0 ? "no trace was written" : nil),
        ]
    }

    // MARK: - Keystrokes

    func keystrokeFigure() async -> [Figure] {
        let trace = scratch.appendingPathComponent("keys.trace").path
        let target = "p99 ≤ 3 ms"
        guard let pty = PseudoTerminal([sitewalk, "--demo", "--demo-dataset", "large"], width: 250, height: 70,
                                       environment: childEnvironment(["SITEWALK_TRACE": trace])) else {
            return [Figure(name: "keystroke to frame, 100,000-row list, 250×70", target: target, unit: "ms", stats: nil, value: "not measured", met: nil, note: "could not start a pseudo-terminal")]
        }
        defer { pty.send("q"); pty.wait(timeout: 10) }
        let file = TraceFile(path: trace)
        func waitState(focus: Int, minRows: Int = 1) -> Bool {
            file.waitFor(timeout: 60) { lines in
                lines.contains { line in
                    let parts = line.split(separator: " ")
                    return parts.count == 4 && parts[0] == "state" && Int(parts[1]) == focus && (Int(parts[2]) ?? 0) >= minRows && parts[3] == "1"
                }
            }
        }
        _ = file.waitFor(timeout: 30) { $0.contains { $0.hasPrefix("companies") } }
        pty.send("\r")
        guard waitState(focus: 1) else { return [failed("the projects never loaded")] }
        pty.send("\r")
        guard waitState(focus: 2) else { return [failed("the tools never loaded")] }
        pty.send("/RFIs\r")
        usleep(100_000)
        pty.send("\r")
        guard waitState(focus: 3, minRows: 100) else { return [failed("the RFIs never loaded")] }
        pty.send("s")   // sorting loads every remaining page
        let all = smoke ? false : waitState(focus: 3, minRows: 100_000)
        let before = file.lines().filter { $0.hasPrefix("key ") }.count
        let inspectorBefore = file.lines().filter { $0.hasPrefix("inspector_key ") }.count
        let presses = smoke ? 30 : 300
        for i in 0..<presses {
            pty.send(i % 50 < 40 ? "j" : "k")
            usleep(15_000)
        }
        _ = file.waitFor(timeout: 10) { $0.filter { $0.hasPrefix("key ") }.count >= before + presses / 2 }
        // While keys come faster than frames, each frame defers the inspector to the next key's: the
        // inspector catches up once they stop.
        _ = file.waitFor(timeout: 5) { $0.filter { $0.hasPrefix("inspector_key ") }.count > inspectorBefore }
        let samples = file.lines().filter { $0.hasPrefix("key ") }.dropFirst(before).compactMap { line -> Double? in
            UInt64(line.split(separator: " ")[1]).map { Double($0) / 1e6 }
        }
        let rows = file.lines().last { $0.hasPrefix("key ") }.flatMap { $0.split(separator: "=").last.flatMap { Int($0) } } ?? 0
        let stats = Stats(samples)
        let inspector = Stats(file.lines().filter { $0.hasPrefix("inspector_key ") }.dropFirst(inspectorBefore).compactMap { line -> Double? in
            UInt64(line.split(separator: " ")[1]).map { Double($0) / 1e6 }
        })
        return [
            Figure(name: "keystroke to frame, \(rows.formatted())-row list, 250×70", target: target, unit: "ms", stats: stats, value: "",
                   met: stats.count > 0 ? stats.p99 <= 3 : nil,
                   note: all ? "the frame with the cursor moved; the inspector follows in the next frame (next row)"
                       : "only \(rows) rows were loaded when the keys were sent (the list was not fully loaded)"),
            Figure(name: "keystroke to inspector showing the record, 250×70", target: "", unit: "ms", stats: inspector.count > 0 ? inspector : nil,
                   value: inspector.count > 0 ? "" : "not measured", met: nil,
                   note: inspector.count > 0 ? nil : "no frame showed the inspector within 5 s of the last key"),
        ]
    }

    private func failed(_ why: String) -> Figure {
        Figure(name: "keystroke to frame, 100,000-row list, 250×70", target: "p99 ≤ 3 ms", unit: "ms", stats: nil, value: "not measured", met: nil, note: why)
    }
}

/// The same monotonic clock as the browser's trace.
enum FrameTraceClock {
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }
}
