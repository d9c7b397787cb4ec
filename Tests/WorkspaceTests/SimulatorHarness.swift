import Foundation
import ProcoreAPI
import SandboxServer
import Testing
@testable import Workspace

/// A real simulator on loopback port 0 and a workspace of ours pointed at it: no mocks of our own code.
struct SimulatorHarness {
    let server: SandboxServer
    let endpoints: SandboxEndpoints
    let environment: ProcoreEnvironment
    let transport: HTTPTransport

    static func start(name: String = "local", _ configure: (inout SandboxConfiguration) -> Void = { _ in }) async throws -> SimulatorHarness {
        var configuration = SandboxConfiguration()
        configure(&configuration)
        let server = SandboxServer(configuration: configuration)
        let endpoints = try await server.start()
        let environment = ProcoreEnvironment(name: name, kind: .custom, apiURL: endpoints.apiURL, loginURL: endpoints.loginURL)
        return SimulatorHarness(server: server, endpoints: endpoints, environment: environment, transport: HTTPTransport())
    }

    static let credentials = ClientCredentials(clientID: SandboxConfiguration.demoClientID,
                                               clientSecret: SandboxConfiguration.demoClientSecret)

    var facts: SandboxSeedFacts { server.seedFacts }

    func client(configuration: ClientConfiguration = ClientConfiguration()) -> ProcoreClient {
        ProcoreClient(environment: environment, transport: transport, credentials: Self.credentials, tokenStore: nil,
                      configuration: configuration)
    }

    func workspace(configuration: ClientConfiguration = ClientConfiguration()) throws -> Workspace {
        Workspace(client: client(configuration: configuration), catalog: try ToolCatalog.bundled())
    }

    /// API requests the simulator has answered whose path starts with `prefix`.
    func requests(_ prefix: String) -> Int {
        server.requestLog.count { $0.origin == .api && $0.path.hasPrefix(prefix) }
    }

    func stop() async {
        await transport.shutdown()
        await server.stop()
    }
}

/// Runs a test body against a fresh simulator, stopping it whatever happens.
func withSimulator(_ configure: (inout SandboxConfiguration) -> Void = { _ in },
                   _ body: (SimulatorHarness) async throws -> Void) async throws {
    let sim = try await SimulatorHarness.start(configure)
    do {
        try await body(sim)
    } catch {
        await sim.stop()
        throw error
    }
    await sim.stop()
}

/// Test steps a person would take, each waiting for the workspace to settle (never sleeping).
extension Workspace {
    /// Waits for idle and records a failure when it does not come within the deadline.
    func settle(_ timeout: TimeInterval = 20, sourceLocation: SourceLocation = #_sourceLocation) async {
        let idle = await waitUntilIdle(timeout: timeout * TestTime.scale)
        #expect(idle, "the workspace did not become idle", sourceLocation: sourceLocation)
    }

    /// Puts the cursor on the first row of the focused pane that matches, or fails.
    func choose(sourceLocation: SourceLocation = #_sourceLocation, _ match: (PaneRow) -> Bool) throws {
        let pane = focusedPane
        let index = try #require(pane.visible.firstIndex { match(pane.rows[$0]) },
                                 "no such row in \(pane.title): \(pane.visible.map { pane.rows[$0].title })",
                                 sourceLocation: sourceLocation)
        handle(.select(index))
    }

    /// Chooses a row and opens it, then waits for idle.
    func openRow(sourceLocation: SourceLocation = #_sourceLocation, _ match: (PaneRow) -> Bool) async throws {
        try choose(sourceLocation: sourceLocation, match)
        handle(.open)
        await settle(sourceLocation: sourceLocation)
    }

    /// Signs in and opens the seed company and project, ending on the Tools pane.
    func openSeedProject(_ facts: SandboxSeedFacts) async throws {
        start()
        await settle()
        try await openRow { $0.id == facts.companyID }
        try await openRow { $0.id == facts.projectID }
    }

    /// From anywhere below the Tools pane, opens a tool by catalog id.
    func openTool(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        handle(.focus(.tools))
        try await openRow(sourceLocation: sourceLocation) { $0.tool?.id == id }
    }

    /// The titles of the current Records pane's rows in display order.
    var recordTitles: [String] { currentRecords.visible.map { currentRecords.rows[$0].title } }
}
