import ArgumentParser
import Foundation
import Logging
import ProcoreAPI
import SandboxServer

/// What every subcommand needs: paths, configuration, the chosen environment and a client for it.
///
/// `--env demo` starts the embedded simulator in-process for the length of the command.
final class CommandContext: Sendable {
    let paths: SitewalkPaths
    let configuration: SitewalkConfiguration
    let environment: ProcoreEnvironment
    let store: TokenStore?
    let credentials: ClientCredentials?
    let client: ProcoreClient
    let transport: HTTPTransport
    let demoServer: SandboxServer?

    private init(paths: SitewalkPaths, configuration: SitewalkConfiguration, environment: ProcoreEnvironment,
                 store: TokenStore?, credentials: ClientCredentials?, transport: HTTPTransport, demoServer: SandboxServer?) {
        self.paths = paths
        self.configuration = configuration
        self.environment = environment
        self.store = store
        self.credentials = credentials
        self.transport = transport
        self.demoServer = demoServer
        var clientConfiguration = ClientConfiguration()
        if let perPage = configuration.perPage { clientConfiguration.perPage = perPage }
        self.client = ProcoreClient(environment: environment, transport: transport, credentials: credentials,
                                    tokenStore: store, configuration: clientConfiguration, logger: Logger(label: "sitewalk.api"))
    }

    /// The process environment.
    static var processEnvironment: [String: String] { ProcessInfo.processInfo.environment }

    /// Credentials from `SITEWALK_CLIENT_ID` and `SITEWALK_CLIENT_SECRET`, when both are set.
    static var environmentCredentials: ClientCredentials? {
        let env = processEnvironment
        guard let id = env["SITEWALK_CLIENT_ID"], !id.isEmpty, let secret = env["SITEWALK_CLIENT_SECRET"], !secret.isEmpty else { return nil }
        return ClientCredentials(clientID: id, clientSecret: secret)
    }

    /// Loads the configuration and picks the environment (`--env`, else the config's, else `sandbox`).
    static func make(environmentName: String?, credentials override: ClientCredentials? = nil) async throws -> CommandContext {
        let paths = SitewalkPaths(environment: processEnvironment)
        let configuration = try SitewalkConfiguration.load(paths.configFile)
        let name = environmentName ?? configuration.defaultEnvironment ?? "sandbox"
        let transport = HTTPTransport()
        if name == "demo" {
            let server = SandboxServer(configuration: SandboxConfiguration())
            let endpoints = try await server.start()
            let demo = ProcoreEnvironment.demo(apiURL: endpoints.apiURL, loginURL: endpoints.loginURL)
            let credentials = ClientCredentials(clientID: SandboxConfiguration.demoClientID, clientSecret: SandboxConfiguration.demoClientSecret)
            return CommandContext(paths: paths, configuration: configuration, environment: demo, store: nil,
                                  credentials: credentials, transport: transport, demoServer: server)
        }
        guard let environment = configuration.environment(named: name) else {
            let known = (configuration.environments.map(\.name) + ["demo"]).joined(separator: ", ")
            throw CommandFailure("unknown environment \(name) (known: \(known)); add it under [environments.\(name)] in \(paths.configFile.path)")
        }
        return CommandContext(paths: paths, configuration: configuration, environment: environment,
                              store: TokenStore(directory: paths.tokensDirectory),
                              credentials: override ?? environmentCredentials, transport: transport, demoServer: nil)
    }

    /// Makes a context, runs `body` with it, and closes it whatever happens.
    static func with(environmentName: String?, credentials: ClientCredentials? = nil,
                     _ body: (CommandContext) async throws -> Void) async throws {
        let context = try await make(environmentName: environmentName, credentials: credentials)
        do { try await body(context) } catch {
            await context.close()
            throw error
        }
        await context.close()
    }

    /// Closes connections and stops the embedded simulator.
    func close() async {
        await client.shutdown()
        await demoServer?.stop()
    }
}

/// A failure of a subcommand: one line on stderr, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs a subcommand body, turning any failure into exactly one line on stderr and exit status 1.
func runReportingOneLine(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as ProcoreError {
        FileHandle.standardError.write(Data("sitewalk: \(error.description)\n".utf8))
        throw ExitCode.failure
    } catch let error as ExitCode {
        throw error
    } catch {
        let text = "\(error)".replacingOccurrences(of: "\n", with: " ")
        FileHandle.standardError.write(Data("sitewalk: \(text)\n".utf8))
        throw ExitCode.failure
    }
}
