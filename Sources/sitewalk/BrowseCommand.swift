import ArgumentParser
import Foundation
import Logging
import ProcoreAPI
import SandboxServer
import TerminalUI
import Workspace

/// `sitewalk [browse]`: the ncurses browser, on the demo or an environment.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "The browser (the default): company → project → tool → records → one record.")

    @Flag(name: .long, help: "Browse an embedded simulator of a Procore Development Sandbox (no account, no network).")
    var demo = false

    @Option(name: .long, help: "The theme: default, dark, light, high-contrast, mono, or one of your own.")
    var theme: String?

    @Option(name: .long, help: "Start in environment NAME (production, sandbox, monthly, or a custom one).")
    var env: String?

    @Option(name: .long, help: "Open a deep link at start, e.g. company/4264807/project/78552/rfis/43776.")
    var open: String?

    @Option(name: .long, help: ArgumentHelp("Simulator token lifetime in seconds (with --demo).", visibility: .hidden))
    var demoTokenLifetime: Int?

    @Option(name: .long, help: ArgumentHelp("Simulator dataset with --demo: seed, large or hostile.", visibility: .hidden))
    var demoDataset: String = "seed"

    func validate() throws {
        if demo, let env, env != "demo" { throw ValidationError("--demo and --env \(env) contradict each other") }
        if !["seed", "large", "hostile"].contains(demoDataset) { throw ValidationError("--demo-dataset is seed, large or hostile") }
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

        let configuration = try SitewalkConfiguration.load(paths.configFile)
        let name = demo ? "demo" : (env ?? configuration.defaultEnvironment ?? "sandbox")
        // The simulator starts first, in the background: it binds its ports while the catalog and the
        // theme load and the first frame is drawn, and the browser waits for it only to sign in.
        var server: SandboxServer?
        var simulatorStart: PendingResult<SandboxEndpoints>?
        if name == "demo" {
            let demoServer = SandboxServer(configuration: demoConfiguration(paths: paths))
            server = demoServer
            simulatorStart = PendingResult { try await demoServer.start() }
        }
        let catalog = try ToolCatalog.bundled()
        let themeChoice = ThemeChoice.resolve(requested: theme ?? configuration.theme, paths: paths,
                                              environment: ProcessInfo.processInfo.environment)
        let client: ProcoreClient
        let transport = HTTPTransport()
        let demoCredentials = ClientCredentials(clientID: SandboxConfiguration.demoClientID,
                                                clientSecret: SandboxConfiguration.demoClientSecret)
        let demoEnvironment = DemoEnvironmentSlot()
        if simulatorStart != nil {
            // Until the simulator is up, the workspace holds a client that is never asked anything
            // (the browser starts the workspace on the real one): it only names the environment.
            let placeholder = ProcoreEnvironment.demo(apiURL: URL(string: "http://127.0.0.1:9")!,
                                                      loginURL: URL(string: "http://127.0.0.1:9")!)
            client = ProcoreClient(environment: placeholder, transport: transport, credentials: demoCredentials,
                                   tokenStore: nil, logger: Logger(label: "sitewalk.api"))
        } else {
            guard let environment = configuration.environment(named: name) else {
                let known = (configuration.environments.map(\.name) + ["demo"]).joined(separator: ", ")
                throw ValidationError("unknown environment \(name) (known: \(known))")
            }
            client = ProcoreClient(environment: environment, transport: transport,
                                   credentials: CommandContext.environmentCredentials,
                                   tokenStore: TokenStore(directory: paths.tokensDirectory), logger: Logger(label: "sitewalk.api"))
        }
        let workspace = Workspace(client: client, catalog: catalog,
                                  downloadsDirectory: configuration.downloadsDirectory ?? paths.downloadsDirectory)
        if let problem = themeChoice.problem { workspace.showFlash(problem, level: .error, seconds: 8) }
        var keymap = Keymap.defaults
        do { keymap = try Keymap.defaults.overriding(configuration.keys) } catch {
            workspace.showFlash("\(paths.configFile.path): \(error); using the default keys", level: .error, seconds: 8)
        }
        let environments = BrowserEnvironments(configuration: configuration, store: TokenStore(directory: paths.tokensDirectory),
                                               credentials: CommandContext.environmentCredentials, transport: transport,
                                               demoSlot: simulatorStart == nil ? nil : demoEnvironment)
        let app = BrowserApp(workspace: workspace, keymap: keymap, theme: themeChoice.theme, environments: environments,
                             themes: ThemeChoice.library(paths: paths))
        if let open { workspace.open(deepLink: open) }
        var runError: Error?
        if let simulatorStart {
            do {
                try app.run(connecting: {
                    let endpoints = try simulatorStart.wait()
                    logger.info("demo simulator started", metadata: ["api": "\(endpoints.apiURL)", "login": "\(endpoints.loginURL)"])
                    let environment = ProcoreEnvironment.demo(apiURL: endpoints.apiURL, loginURL: endpoints.loginURL)
                    demoEnvironment.environment = environment
                    return ProcoreClient(environment: environment, transport: transport, credentials: demoCredentials,
                                         tokenStore: nil, logger: Logger(label: "sitewalk.api"))
                })
            } catch {
                runError = error
            }
        } else {
            app.run()
        }
        let runningServer = server
        let finalClient = app.workspace.client
        _ = try? blockingAwait {
            await finalClient.shutdown()
            await runningServer?.stop()
        }
        if let runError { throw runError }
        if let signal = SignalTrap.pendingSignal {
            stderrGuard.restore()
            Foundation.exit(128 + signal)
        }
    }

    /// The embedded simulator's settings for `--demo` and `--demo-dataset`.
    private func demoConfiguration(paths: SitewalkPaths) -> SandboxConfiguration {
        var sandboxConfiguration = SandboxConfiguration()
        sandboxConfiguration.logFile = paths.stateDirectory.appendingPathComponent("sandbox.log")
        if let lifetime = demoTokenLifetime { sandboxConfiguration.tokenLifetime = lifetime }
        if demoDataset == "large" {
            sandboxConfiguration.dataset = .large(seed: 1)
            sandboxConfiguration.rateLimit = .disabled
        } else if demoDataset == "hostile" {
            sandboxConfiguration.dataset = .hostile
        }
        return sandboxConfiguration
    }
}
