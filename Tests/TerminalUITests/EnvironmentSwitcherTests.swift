import Foundation
import ProcoreAPI
import Testing
@testable import TerminalUI
@testable import Workspace

/// `e` and `:env`: the switcher lists environments, explains how to sign in, confirms production, switches.
struct EnvironmentSwitcherTests {
    final class FakeProvider: EnvironmentProvider, @unchecked Sendable {
        var connected: [String] = []
        func environments() -> [EnvironmentChoice] {
            [
                EnvironmentChoice(name: "demo", kind: .demo, signIn: .automatic),
                EnvironmentChoice(name: "production", kind: .production, signIn: .stored),
                EnvironmentChoice(name: "sandbox", kind: .sandbox, signIn: .needsLogin),
                EnvironmentChoice(name: "local", kind: .custom, signIn: .clientCredentials),
            ]
        }
        func connect(_ name: String) throws -> ProcoreClient {
            connected.append(name)
            let kind: ProcoreEnvironment.Kind = name == "production" ? .production : .custom
            let environment = ProcoreEnvironment(name: name, kind: kind, apiURL: URL(string: "http://127.0.0.1:9")!,
                                                 loginURL: URL(string: "http://127.0.0.1:9")!)
            return ProcoreClient(environment: environment, transport: HTTPTransport(), credentials: nil, tokenStore: nil)
        }
    }

    static func app() async throws -> (BrowserApp, FakeProvider) {
        let provider = FakeProvider()
        let workspace = try await WorkspaceFixture.withRFI(attachments: [])
        return (BrowserApp(workspace: workspace, theme: .mono, environments: provider), provider)
    }

    @Test func listsEnvironmentsWithTheirSignInStateAndTheCurrentOneSelected() async throws {
        let (app, _) = try await Self.app()
        app.handle(.char("e"))
        guard case .picker(let picker) = app.state.mode else { Issue.record("no picker"); return }
        #expect(picker.items.map(\.label) == ["demo (current)", "production", "sandbox", "local"])
        #expect(picker.cursor == 0)
        let lines = BrowserScreen.render(app.workspace, keymap: .defaults, state: app.state, width: 120, height: 30).lines()
        #expect(lines.contains { $0.contains("Switch environment") })
        #expect(lines.contains { $0.contains("sandbox") && $0.contains("not signed in") })
        #expect(lines.contains { $0.contains("production") && $0.contains("signed in") })
    }

    @Test func environmentWithoutTokenOrCredentialsSaysWhatToDoInsideTheModal() async throws {
        let (app, provider) = try await Self.app()
        app.handle(.char("e"))
        app.handle(.down)
        app.handle(.down)
        app.handle(.enter)
        guard case .picker(let picker) = app.state.mode, case .notice = picker.stage else { Issue.record("no notice: \(app.state.mode)"); return }
        let text = BrowserScreen.render(app.workspace, keymap: .defaults, state: app.state, width: 120, height: 30).lines().joined(separator: "\n")
        #expect(text.contains("sitewalk login --env sandbox"))
        #expect(provider.connected.isEmpty)
        app.handle(.escape)
        guard case .picker(let back) = app.state.mode else { Issue.record("modal closed"); return }
        #expect(back.stage == .choosing)
        #expect(back.cursor == 2)
    }

    @Test func productionAsksFirstAndOnlyYSwitches() async throws {
        let (app, provider) = try await Self.app()
        app.handle(.char("e"))
        app.handle(.down)
        app.handle(.enter)
        let text = BrowserScreen.render(app.workspace, keymap: .defaults, state: app.state, width: 120, height: 30).lines().joined(separator: "\n")
        #expect(text.contains("Switch to PRODUCTION?"))
        app.handle(.enter)
        #expect(provider.connected.isEmpty, "Enter means No")
        app.handle(.enter)
        app.handle(.char("y"))
        #expect(provider.connected == ["production"])
        #expect(app.state.mode == .normal)
        #expect(app.workspace.client.environment.name == "production")
        #expect(app.workspace.focus == .companies, "the panes reset")
        #expect(app.workspace.flash?.text == "switched to production")
    }

    @Test func colonEnvSwitchesAndUnknownNamesFlash() async throws {
        let (app, provider) = try await Self.app()
        app.handle(.char(":"))
        for c in "env lo" { app.handle(.char(c)) }
        app.handle(.tab)
        #expect(app.state.mode == .command("env local"))
        app.handle(.enter)
        #expect(provider.connected == ["local"])
        app.handle(.char(":"))
        for c in "env mars" { app.handle(.char(c)) }
        app.handle(.enter)
        #expect(app.workspace.flash?.text.contains("unknown environment mars") == true)
        #expect(app.workspace.flash?.text.contains("demo, production, sandbox, local") == true)
    }
}
