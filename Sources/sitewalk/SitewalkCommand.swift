import ArgumentParser
import Foundation
import Logging
import ProcoreAPI
import SandboxServer
import TerminalUI
import Workspace

/// `sitewalk`: the browser, and the root of every subcommand.
struct SitewalkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitewalk",
        abstract: "A read-only terminal browser for the Procore REST API.",
        discussion: "Run `sitewalk --demo` to browse the built-in simulator: no account, no network.",
        version: SitewalkVersion.current,
        subcommands: [GetCommand.self, LoginCommand.self, LogoutCommand.self, TokenCommand.self, EnvCommand.self, InfoCommand.self]
    )

    @Flag(name: .long, help: "Browse an embedded simulator of a Procore Development Sandbox (no account, no network).")
    var demo = false

    @Option(name: .long, help: "The theme: default, dark, light, high-contrast, mono, or one of your own.")
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("Simulator token lifetime in seconds (with --demo).", visibility: .hidden))
    var demoTokenLifetime: Int?

    func validate() throws {
        if !demo {
            throw ValidationError("only --demo is available in this build; try `sitewalk --demo`")
        }
        if let lifetime = demoTokenLifetime, lifetime < 5 {
            throw ValidationError("--demo-token-lifetime must be at least 5 seconds")
        }
    }

    func run() throws {
        let paths = SitewalkPaths(environment: ProcessInfo.processInfo.environment)
        let sink = LogSink(url: paths.logFile)
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, sink: sink) }
        let logger = Logger(label: "sitewalk")
        let stderrGuard = StderrRedirect(to: paths.logFile)
        defer { stderrGuard.restore() }

        let catalog = try ToolCatalog.bundled()
        let themeChoice = ThemeChoice.resolve(requested: theme, paths: paths, environment: ProcessInfo.processInfo.environment)

        var sandboxConfiguration = SandboxConfiguration()
        sandboxConfiguration.logFile = paths.stateDirectory.appendingPathComponent("sandbox.log")
        if let lifetime = demoTokenLifetime { sandboxConfiguration.tokenLifetime = lifetime }
        let server = SandboxServer(configuration: sandboxConfiguration)
        let endpoints = try blockingAwait { try await server.start() }
        logger.info("demo simulator started", metadata: ["api": "\(endpoints.apiURL)", "login": "\(endpoints.loginURL)"])

        let environment = ProcoreEnvironment.demo(apiURL: endpoints.apiURL, loginURL: endpoints.loginURL)
        let transport = HTTPTransport()
        let client = ProcoreClient(environment: environment, transport: transport,
                                   credentials: ClientCredentials(clientID: SandboxConfiguration.demoClientID,
                                                                  clientSecret: SandboxConfiguration.demoClientSecret),
                                   tokenStore: nil, logger: Logger(label: "sitewalk.api"))
        let workspace = Workspace(client: client, catalog: catalog)
        if let problem = themeChoice.problem { workspace.showFlash(problem, level: .error, seconds: 8) }
        let app = BrowserApp(workspace: workspace, theme: themeChoice.theme)
        app.run()
        _ = try? blockingAwait {
            await client.shutdown()
            await server.stop()
        }
        if let signal = SignalTrap.pendingSignal {
            stderrGuard.restore()
            Foundation.exit(128 + signal)
        }
    }
}
