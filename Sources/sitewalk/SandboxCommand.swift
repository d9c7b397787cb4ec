import ArgumentParser
import Dispatch
import Foundation
import SandboxServer

/// `sitewalk sandbox`: serves the offline Procore simulator until Ctrl-C or SIGTERM.
///
/// Prints the three base URLs and the demo credentials (or, with `--json`, one JSON object on the first
/// line of stdout), then, with `--verbose`, one line per request. Never prints a token.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the offline Procore sandbox simulator as a server.",
        discussion: """
        Three origins are served: login (/oauth/...), API (/rest/..., file links, /_sandbox/ control) and \
        storage (signed blob URLs). Fault specs look like status=503,retry_after=2,class=api,rate=0.25 \
        (see docs/simulator.md).
        """)

    @Option(help: "Address to bind.")
    var host = "127.0.0.1"

    @Option(help: "API port (0 picks a free one).")
    var port = 0

    @Option(help: "Login (OAuth) port (0 picks a free one).")
    var loginPort = 0

    @Option(help: "Storage port (0 picks a free one).")
    var storagePort = 0

    @Option(help: "Dataset: seed (the Development Sandbox) or large (2,000 projects, 100,000 RFIs, 1 GiB files).")
    var dataset = "seed"

    @Option(help: "Seed number of the large dataset.")
    var seed: UInt64 = 1

    @Option(help: "Access-token lifetime in seconds.")
    var tokenLifetime = 5400

    @Option(help: "Requests allowed per hour (0 disables both limits).")
    var hourlyLimit = 3600

    @Option(help: "Requests allowed per 10-second spike window.")
    var spikeLimit = 100

    @Flag(help: "Do not require the Procore-Company-Id header.")
    var noCompanyHeader = false

    @Option(name: .customLong("fault"), help: "Inject a fault (repeatable), e.g. status=503,retry_after=2,class=api,rate=0.1.")
    var faults: [String] = []

    @Option(help: "Add this many milliseconds of latency to every request.")
    var latency: Int?

    @Option(help: "Append request log lines to this file.")
    var logFile: String?

    @Flag(help: "Print one JSON object {api_url, login_url, storage_url, client_id, client_secret} as the first line.")
    var json = false

    @Flag(help: "Print one line per request (method, path, status, header names; never values).")
    var verbose = false

    func validate() throws {
        guard dataset == "seed" || dataset == "large" else {
            throw ValidationError("--dataset must be seed or large, not \(dataset)")
        }
        for spec in faults {
            do { _ = try SandboxFaultRule(parsing: spec) } catch { throw ValidationError("--fault \(spec): \(error)") }
        }
        guard tokenLifetime >= 0 else { throw ValidationError("--token-lifetime must be 0 or more seconds") }
    }

    func run() async throws {
        var config = SandboxConfiguration()
        config.host = host
        config.apiPort = port
        config.loginPort = loginPort
        config.storagePort = storagePort
        config.dataset = dataset == "large" ? .large(seed: seed) : .seed
        config.tokenLifetime = tokenLifetime
        config.requireCompanyHeader = !noCompanyHeader
        config.rateLimit = hourlyLimit == 0 ? .disabled : SandboxRateLimit(hourlyLimit: hourlyLimit, spikeLimit: spikeLimit)
        config.logFile = logFile.map { URL(fileURLWithPath: $0) }
        let server = SandboxServer(configuration: config)
        for spec in faults { server.faults.add(try SandboxFaultRule(parsing: spec)) }
        if let latency { server.faults.add(SandboxFaultRule(fault: .latency(milliseconds: latency))) }

        let signals = Self.shutdownSignals()
        let endpoints: SandboxEndpoints
        do {
            endpoints = try await server.start()
        } catch {
            throw ValidationError("could not start the sandbox: \(error)")
        }
        if json {
            let object: [String: String] = [
                "api_url": endpoints.apiURL.absoluteString, "login_url": endpoints.loginURL.absoluteString,
                "storage_url": endpoints.storageURL.absoluteString,
                "client_id": config.clientID, "client_secret": config.clientSecret,
                "company_id": String(server.seedFacts.companyID), "project_id": String(server.seedFacts.projectID),
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            Self.emit(String(decoding: data, as: UTF8.self))
        } else {
            let facts = server.seedFacts
            Self.emit("""
            Sitewalk sandbox (\(dataset) dataset) is running. Ctrl-C stops it.
              API:      \(endpoints.apiURL.absoluteString)
              Login:    \(endpoints.loginURL.absoluteString)
              Storage:  \(endpoints.storageURL.absoluteString)
              client_id:     \(config.clientID)
              client_secret: \(config.clientSecret)
              company:  \(facts.companyID)   project: \(facts.projectID)
            Try: curl -s -d grant_type=client_credentials -d client_id=\(config.clientID) -d client_secret=\(config.clientSecret) \(endpoints.loginURL.absoluteString)/oauth/token
            """)
        }
        if verbose { server.requestLog.setObserver { entry in Self.emit(entry.line) } }
        _ = await signals.first { _ in true }
        server.requestLog.setObserver(nil)
        await server.stop()
    }

    /// Prints one line and flushes, so pipes see it at once.
    static func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// SIGINT and SIGTERM as a stream (their default actions are disabled while the server runs).
    static func shutdownSignals() -> AsyncStream<Int32> {
        let (stream, continuation) = AsyncStream.makeStream(of: Int32.self)
        let queue = DispatchQueue(label: "sitewalk.sandbox.signals")
        var sources: [DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            source.setEventHandler { continuation.yield(sig) }
            source.resume()
            sources.append(source)
        }
        let retained = SignalSources(sources)
        continuation.onTermination = { _ in retained.cancel() }
        return stream
    }
}

/// Keeps the signal sources alive for as long as the stream is.
private final class SignalSources: @unchecked Sendable {
    private let sources: [DispatchSourceSignal]
    init(_ sources: [DispatchSourceSignal]) { self.sources = sources }
    func cancel() { sources.forEach { $0.cancel() } }
}
