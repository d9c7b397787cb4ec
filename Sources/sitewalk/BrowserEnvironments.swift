import Foundation
import Logging
import ProcoreAPI
import SandboxServer
import TerminalUI

/// The environments the browser's switcher offers: the embedded demo simulator, the built-ins and the
/// custom ones of `config.toml`, each with its sign-in state from the token store and the credentials
/// in the process environment.
struct BrowserEnvironments: EnvironmentProvider {
    let configuration: SitewalkConfiguration
    let store: TokenStore
    let credentials: ClientCredentials?
    let transport: HTTPTransport
    /// Where the embedded simulator's environment appears once it is up, when `--demo` started one.
    let demoSlot: DemoEnvironmentSlot?

    /// The embedded simulator's environment, when `--demo` started one and it is up.
    var demo: ProcoreEnvironment? { demoSlot?.environment }

    func environments() -> [EnvironmentChoice] {
        var choices: [EnvironmentChoice] = []
        if let demo { choices.append(EnvironmentChoice(name: demo.name, kind: .demo, signIn: .automatic)) }
        for environment in configuration.environments {
            choices.append(EnvironmentChoice(name: environment.name, kind: environment.kind, signIn: signIn(for: environment)))
        }
        return choices
    }

    func connect(_ name: String) throws -> ProcoreClient {
        var clientConfiguration = ClientConfiguration()
        if let perPage = configuration.perPage { clientConfiguration.perPage = perPage }
        if let demo, name == demo.name {
            return ProcoreClient(environment: demo, transport: transport,
                                 credentials: ClientCredentials(clientID: SandboxConfiguration.demoClientID,
                                                                clientSecret: SandboxConfiguration.demoClientSecret),
                                 tokenStore: nil, configuration: clientConfiguration, logger: Logger(label: "sitewalk.api"))
        }
        guard let environment = configuration.environment(named: name) else {
            let known = environments().map(\.name).joined(separator: ", ")
            throw CommandFailure("unknown environment \(name) (known: \(known))")
        }
        if signIn(for: environment) == .needsLogin {
            throw CommandFailure("\(name) is not signed in: run `sitewalk login --env \(name)` (or set SITEWALK_CLIENT_ID and SITEWALK_CLIENT_SECRET)")
        }
        return ProcoreClient(environment: environment, transport: transport, credentials: credentials, tokenStore: store,
                             configuration: clientConfiguration, logger: Logger(label: "sitewalk.api"))
    }

    func authorizeURL(_ name: String) throws -> URL {
        let (environment, credentials) = try codeSignIn(name)
        return OAuthClient(environment: environment, transport: transport).authorizeURL(clientID: credentials.clientID)
    }

    func connect(_ name: String, code: String) async throws -> ProcoreClient {
        let (environment, credentials) = try codeSignIn(name)
        var clientConfiguration = ClientConfiguration()
        if let perPage = configuration.perPage { clientConfiguration.perPage = perPage }
        let client = ProcoreClient(environment: environment, transport: transport, credentials: credentials, tokenStore: store,
                                   configuration: clientConfiguration, logger: Logger(label: "sitewalk.api"))
        do {
            try await client.signIn(code: code, credentials: credentials)
        } catch let error as ProcoreError {
            throw CommandFailure(error.status == 400 || error.status == 401
                                 ? "the code was not accepted (codes work once and expire quickly): \(error.message ?? "\(error)")"
                                 : "\(error)")
        }
        return client
    }

    /// The environment and the app's credentials for a code sign-in (the exchange needs both).
    private func codeSignIn(_ name: String) throws -> (ProcoreEnvironment, ClientCredentials) {
        guard let environment = configuration.environment(named: name) else { throw CommandFailure("unknown environment \(name)") }
        guard let credentials else {
            throw CommandFailure("signing in with a code needs SITEWALK_CLIENT_ID and SITEWALK_CLIENT_SECRET (the app's credentials)")
        }
        return (environment, credentials)
    }

    private func signIn(for environment: ProcoreEnvironment) -> EnvironmentChoice.SignIn {
        if (try? store.load(environment: environment.name)) != nil { return .stored }
        if credentials != nil { return environment.signsInWithCode ? .code : .clientCredentials }
        return .needsLogin
    }
}
