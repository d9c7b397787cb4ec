import Foundation
import ProcoreAPI
import SandboxServer

/// A real simulator on loopback port 0 and a client of ours pointed at it: no mocks of our own code.
struct SimulatorHarness {
    let server: SandboxServer
    let endpoints: SandboxEndpoints
    let environment: ProcoreEnvironment
    let transport: HTTPTransport

    static func start(_ configure: (inout SandboxConfiguration) -> Void = { _ in }) async throws -> SimulatorHarness {
        var configuration = SandboxConfiguration()
        configure(&configuration)
        let server = SandboxServer(configuration: configuration)
        let endpoints = try await server.start()
        let environment = ProcoreEnvironment(name: "local", kind: .custom, apiURL: endpoints.apiURL, loginURL: endpoints.loginURL)
        return SimulatorHarness(server: server, endpoints: endpoints, environment: environment, transport: HTTPTransport())
    }

    static let credentials = ClientCredentials(clientID: SandboxConfiguration.demoClientID,
                                               clientSecret: SandboxConfiguration.demoClientSecret)

    func client(store: TokenStore? = nil, configuration: ClientConfiguration = ClientConfiguration(),
                credentials: ClientCredentials? = SimulatorHarness.credentials) -> ProcoreClient {
        ProcoreClient(environment: environment, transport: transport, credentials: credentials, tokenStore: store,
                      configuration: configuration)
    }

    func stop() async {
        await transport.shutdown()
        await server.stop()
    }
}

/// A temporary directory removed at the end of a test.
struct TemporaryDirectory {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sitewalk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func remove() { try? FileManager.default.removeItem(at: url) }
}
