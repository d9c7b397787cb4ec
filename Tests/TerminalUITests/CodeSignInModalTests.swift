import Foundation
import ProcoreAPI
import Testing
@testable import TerminalUI
@testable import Workspace

/// The switcher's code sign-in stage: URL shown and copyable, code typed, errors kept in the modal.
struct CodeSignInModalTests {
    struct Refused: Error, CustomStringConvertible {
        var description: String { "the code was not accepted" }
    }

    final class CodeProvider: EnvironmentProvider, @unchecked Sendable {
        /// Exchanges answered so far.
        let answered = LockedBox(0)
        func environments() -> [EnvironmentChoice] {
            [EnvironmentChoice(name: "demo", kind: .demo, signIn: .automatic), EnvironmentChoice(name: "local", kind: .custom, signIn: .code)]
        }
        func connect(_ name: String) throws -> ProcoreClient { throw Refused() }
        func authorizeURL(_ name: String) throws -> URL {
            URL(string: "http://127.0.0.1:9/oauth/authorize?response_type=code&client_id=app&redirect_uri=urn:ietf:wg:oauth:2.0:oob")!
        }
        func connect(_ name: String, code: String) async throws -> ProcoreClient {
            defer { answered.withValue { $0 += 1 } }
            guard code == "good" else { throw Refused() }
            let environment = ProcoreEnvironment(name: name, kind: .custom, apiURL: URL(string: "http://127.0.0.1:9")!,
                                                 loginURL: URL(string: "http://127.0.0.1:9")!)
            return ProcoreClient(environment: environment, transport: HTTPTransport(), credentials: nil, tokenStore: nil)
        }
    }

    static func appInCodeStage() async throws -> (BrowserApp, CodeProvider) {
        let provider = CodeProvider()
        let app = BrowserApp(workspace: try await WorkspaceFixture.withRFI(attachments: []), theme: .mono, environments: provider,
                             processEnvironment: [:])
        app.handle(.char("e"))
        app.handle(.down)
        app.handle(.enter)
        return (app, provider)
    }

    static func entry(_ app: BrowserApp) -> CodeSignInEntry? {
        guard case .picker(let picker) = app.state.mode, case .code(_, let entry) = picker.stage else { return nil }
        return entry
    }

    @Test func theModalShowsTheURLAndYCopiesIt() async throws {
        let (app, _) = await try Self.appInCodeStage()
        var copied: [String] = []
        app.clipboardWriter = { copied.append($0) }
        let entry = try #require(Self.entry(app), "choosing a code environment opens the code stage")
        #expect(entry.url.contains("/oauth/authorize"))
        let text = BrowserScreen.render(app.workspace, keymap: .defaults, state: app.state, width: 80, height: 24).lines().joined(separator: "\n")
        #expect(text.contains("1. Open this URL"))
        #expect(text.contains("code: ▏"))
        app.handle(.char("y"))
        #expect(copied.count == 1 && copied[0].hasPrefix("\u{1B}]52;c;"), "y sends the URL by OSC 52")
        #expect(Self.entry(app)?.copied == true)
        app.handle(.char("a"))
        app.handle(.char("y"))
        #expect(Self.entry(app)?.code == "ay", "once typing started, y is part of the code")
        #expect(copied.count == 1)
    }

    @Test func aRefusedCodeStaysInTheModalAndAGoodOneSwitches() async throws {
        let (app, _) = await try Self.appInCodeStage()
        for c in "bad" { app.handle(.char(c)) }
        app.handle(.enter)
        #expect(Self.entry(app)?.busy == true)
        #expect(await app.waitForCodeSignIn(timeout: 10 * TestTime.scale))
        #expect(Self.entry(app)?.error == "the code was not accepted")
        #expect(Self.entry(app)?.busy == false)
        let text = BrowserScreen.render(app.workspace, keymap: .defaults, state: app.state, width: 80, height: 24).lines().joined(separator: "\n")
        #expect(text.contains("the code was not accepted"))
        app.handle(.ctrl("u"))
        for c in "good" { app.handle(.char(c)) }
        app.handle(.enter)
        #expect(await app.waitForCodeSignIn(timeout: 10 * TestTime.scale))
        #expect(app.state.mode == .normal)
        #expect(app.workspace.client.environment.name == "local")
    }

    @Test func escCancelsAndALateAnswerIsDropped() async throws {
        let (app, provider) = await try Self.appInCodeStage()
        for c in "good" { app.handle(.char(c)) }
        app.handle(.enter)
        app.handle(.escape)
        guard case .picker(let picker) = app.state.mode else { Issue.record("the list is back"); return }
        #expect(picker.stage == .choosing)
        // Wait (polling, with a deadline) until the exchange has answered, then let the loop look for it.
        let deadline = Date().addingTimeInterval(10)
        while provider.answered.get() == 0, Date() < deadline { try await Task.sleep(nanoseconds: 2_000_000) }
        #expect(provider.answered.get() == 1)
        #expect(!app.finishCodeSignIn(), "the late answer is dropped")
        #expect(app.workspace.client.environment.name == "demo")
    }
}
