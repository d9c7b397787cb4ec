import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// An offline Procore Development Sandbox: login, API and storage origins on loopback ports.
///
/// ```swift
/// let server = SandboxServer(configuration: SandboxConfiguration())
/// let endpoints = try await server.start()
/// // ... talk to endpoints.loginURL / endpoints.apiURL ...
/// await server.stop()
/// ```
/// Nothing is ever written to stdout or stderr: Hummingbird gets a logger that discards everything, and
/// the request log goes to ``SandboxConfiguration/logFile`` or memory only.
public final class SandboxServer: Sendable {
    private let core: ServerCore
    private let running = Locked<(group: ServiceGroup, task: Task<Void, Error>)?>(nil)

    /// A server that will serve `configuration` once started.
    public init(configuration: SandboxConfiguration) {
        core = ServerCore(config: configuration)
    }

    /// What the server was asked so far. Thread-safe.
    public var requestLog: SandboxRequestLog { core.log }

    /// The fault-injection switchboard. Thread-safe.
    public var faults: SandboxFaults { core.faults }

    /// Ids of well-known records in the served dataset (also before ``start()``, at the cost of building it).
    public var seedFacts: SandboxSeedFacts {
        if let facts = core.world?.facts { return facts }
        switch core.config.dataset {
        case .seed: return SeedWorld.build(apiBase: "").facts
        case let .large(seed): return LargeWorld.build(apiBase: "", seed: seed).facts
        case let .largeWithRFIs(seed, count): return LargeWorld.build(apiBase: "", seed: seed, rfiCount: count).facts
        case .hostile: return HostileWorld.build(apiBase: "").facts
        }
    }

    /// Moves the simulator's clock forward: tokens, codes, signed URLs and rate-limit windows age at once.
    public func advanceClock(by seconds: Double) { core.clock.advance(by: seconds) }

    /// Why the server could not start.
    public struct StartError: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// Binds the three origins, builds the dataset, and returns once all are listening.
    public func start() async throws -> SandboxEndpoints {
        guard running.withLock({ $0 == nil }) else { throw StartError(description: "the sandbox is already running") }
        let config = core.config
        let logger = Logger(label: "sitewalk.sandbox") { _ in SwiftLogNoOpLogHandler() }
        let (ports, continuation) = AsyncStream.makeStream(of: (SandboxOrigin, Int).self)
        var apps: [any Service] = []
        for (origin, port) in [(SandboxOrigin.login, config.loginPort), (.api, config.apiPort), (.storage, config.storagePort)] {
            let app = Application(
                responder: OriginResponder(origin: origin, core: core),
                configuration: .init(address: .hostname(config.host, port: port), serverName: nil),
                onServerRunning: { channel in continuation.yield((origin, channel.localAddress?.port ?? -1)) },
                logger: logger)
            apps.append(app)
        }
        let group = ServiceGroup(services: apps, gracefulShutdownSignals: [], logger: logger)
        let task = Task {
            defer { continuation.finish() }
            try await group.run()
        }
        var bound: [SandboxOrigin: Int] = [:]
        for await (origin, port) in ports {
            bound[origin] = port
            if bound.count == 3 { break }
        }
        guard bound.count == 3, let login = bound[.login], let api = bound[.api], let storage = bound[.storage],
              login > 0, api > 0, storage > 0
        else {
            await group.triggerGracefulShutdown()
            let reason: String
            do { try await task.value; reason = "the server stopped before listening" } catch { reason = "\(error)" }
            throw StartError(description: "could not listen on \(config.host): \(reason)")
        }
        running.withLock { $0 = (group, task) }
        let host = config.host.contains(":") ? "[\(config.host)]" : config.host
        func url(_ port: Int) -> String { "http://\(host):\(port)" }
        _ = core.install(login: url(login), api: url(api), storage: url(storage))
        return SandboxEndpoints(loginURL: URL(string: url(login))!, apiURL: URL(string: url(api))!, storageURL: URL(string: url(storage))!)
    }

    /// Stops all three origins and waits until they are closed: gracefully, but cutting off responses still
    /// running after half a second (slow drips, big downloads).
    public func stop() async {
        guard let (group, task) = running.withLock({ current -> (ServiceGroup, Task<Void, Error>)? in
            defer { current = nil }
            return current
        }) else { return }
        await group.triggerGracefulShutdown()
        // Graceful shutdown waits for in-flight responses; a slow-drip or 1 GiB download could hold it
        // for minutes, so after a grace period the server task is cancelled, which ends them at once.
        let watchdog = Task {
            try await Task.sleep(nanoseconds: Self.shutdownGrace)
            task.cancel()
        }
        _ = try? await task.value
        watchdog.cancel()
    }

    /// How long ``stop()`` lets in-flight responses finish before cutting them off (nanoseconds).
    static let shutdownGrace: UInt64 = 500_000_000
}
