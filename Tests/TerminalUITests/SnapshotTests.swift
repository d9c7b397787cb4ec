import Foundation
import ProcoreAPI
import Testing
@testable import TerminalUI
@testable import Workspace

/// Snapshot tests of every widget and of whole screens: text and style layers, stored under
/// `Snapshots/` (see `SnapshotAssertion`). Clocks and spinners are stubbed (`WorkspaceFixture.state`),
/// records carry no dates (which would show in the local time zone).
struct SnapshotTests {
    static let now = WorkspaceFixture.state.now

    static func rfis() -> [JSONValue] {
        [
            InspectorTests.record,
            ["id": 43777, "number": "2", "subject": "Door hardware schedule missing", "status": "closed"],
            ["id": 43778, "number": "3", "subject": "日本語の件名 — CJK and emoji 🚧 in a subject", "status": "draft"],
        ]
    }

    static func canvas(_ width: Int, _ height: Int, _ draw: (inout Canvas) -> Void) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        draw(&canvas)
        return canvas
    }

    // MARK: - ListView

    @Test func listViewRecordsTable() async throws {
        let workspace = try await WorkspaceFixture.withRFIs(Self.rfis())
        workspace.handle(.move(1))
        let canvas = Self.canvas(72, 8) {
            ListView.render(workspace.currentRecords, in: Rect(x: 0, y: 0, width: 72, height: 8), focused: true,
                            state: WorkspaceFixture.state, canvas: &$0)
        }
        SnapshotAssertion.expect(canvas, named: "list-records", title: "ListView: RFIs table, second row selected")
    }

    @Test func listViewUnfocusedAndLoading() async throws {
        let workspace = try await WorkspaceFixture.withRFIs(Self.rfis())
        let canvas = Self.canvas(60, 12) {
            ListView.render(workspace.companies, in: Rect(x: 0, y: 0, width: 30, height: 6), focused: false, state: WorkspaceFixture.state, canvas: &$0)
            let loading = ListPane(key: .projects, title: "Projects", status: .loading)
            ListView.render(loading, in: Rect(x: 30, y: 0, width: 30, height: 6), focused: true, state: WorkspaceFixture.state, canvas: &$0)
            let waiting = ListPane(key: .tools, title: "Tools", status: .waiting("Enter on a project"))
            ListView.render(waiting, in: Rect(x: 0, y: 6, width: 60, height: 6), focused: false, state: WorkspaceFixture.state, canvas: &$0)
        }
        SnapshotAssertion.expect(canvas, named: "list-states", title: "ListView: unfocused list, loading, waiting")
    }

    // MARK: - InspectorView

    static func inspector(_ configure: (BrowserApp) -> Void, width: Int = 56, height: Int = 20) async throws -> Canvas {
        let app = try await InspectorTests.app()
        configure(app)
        let workspace = app.workspace
        let content = BrowserScreen.inspectorContent(workspace)
        InspectorView.settle(&workspace.inspector, record: content.record, headline: content.headline,
                             innerWidth: width - 2, innerHeight: height - 2)
        return Self.canvas(width, height) {
            InspectorView.render(content.record, title: content.title, headline: content.headline, inspector: workspace.inspector,
                                 in: Rect(x: 0, y: 0, width: width, height: height), focused: true, state: WorkspaceFixture.state, canvas: &$0)
        }
    }

    @Test func inspectorFieldsUnfolded() async throws {
        let canvas = await try Self.inspector { app in for _ in 0..<3 { app.handle(.char("j")) } }
        SnapshotAssertion.expect(canvas, named: "inspector-fields", title: "InspectorView: fields, cursor on created_by, long text wrapped")
    }

    @Test func inspectorFieldsFolded() async throws {
        let canvas = await try Self.inspector { app in
            app.handle(.char("z"))
            app.handle(.char("j"))
        }
        SnapshotAssertion.expect(canvas, named: "inspector-folded", title: "InspectorView: fields, everything folded (z)")
    }

    @Test func inspectorJSON() async throws {
        let canvas = await try Self.inspector { app in app.handle(.char("i")) }
        SnapshotAssertion.expect(canvas, named: "inspector-json", title: "InspectorView: raw JSON")
    }

    @Test func inspectorSearchHighlight() async throws {
        let canvas = await try Self.inspector { app in
            app.handle(.char("/"))
            for c in "wall" { app.handle(.char(c)) }
            app.handle(.enter)
            app.handle(.char("n"))
        }
        SnapshotAssertion.expect(canvas, named: "inspector-search", title: "InspectorView: search \"wall\", second match current")
    }

    @Test func inspectorJSONSearch() async throws {
        let canvas = try await Self.inspector({ app in
            app.handle(.char("i"))
            app.handle(.char("/"))
            for c in "name" { app.handle(.char(c)) }
            app.handle(.enter)
            app.handle(.char("n"))
        }, height: 12)
        SnapshotAssertion.expect(canvas, named: "inspector-json-search", title: "InspectorView: raw JSON, search \"name\" scrolled to the second match")
    }

    // MARK: - StatusBarView

    @Test func statusBarStates() throws {
        let valid = TokenStatus(phase: .valid, expiresAt: Self.now.addingTimeInterval(4_320), canRefresh: true, grant: "authorization_code")
        func session(_ name: String, _ kind: ProcoreEnvironment.Kind, token: TokenStatus = valid, loads: Int = 0,
                     rate: RateLimitState? = RateLimitState(limit: 3600, remaining: 3412, reset: Self.now.addingTimeInterval(600))) -> SessionInfo {
            SessionInfo(environmentName: name, environmentKind: kind, userName: "API Support", token: token, rateLimit: rate, loadsInFlight: loads)
        }
        let download = DownloadState(id: 1, name: "A-101 Floor Plan.pdf",
                                     progress: DownloadProgress(fileName: "A-101 Floor Plan.pdf", received: 48_000_000, total: 100_000_000,
                                                                bytesPerSecond: 31_000_000),
                                     phase: .running)
        var spinning = WorkspaceFixture.state
        spinning.spinnerFrame = 3
        let rows: [(SessionInfo, FlashMessage?, String?, BrowserUIState)] = [
            (session("production", .production), nil, nil, WorkspaceFixture.state),
            (session("sandbox", .sandbox), nil, nil, WorkspaceFixture.state),
            (session("monthly", .monthly), nil, nil, WorkspaceFixture.state),
            (session("demo", .demo), nil, nil, WorkspaceFixture.state),
            (session("local", .custom), nil, nil, WorkspaceFixture.state),
            (session("sandbox", .sandbox, token: TokenStatus(phase: .valid, expiresAt: Self.now.addingTimeInterval(240), canRefresh: false,
                                                            grant: "authorization_code")), nil, nil, WorkspaceFixture.state),
            (session("sandbox", .sandbox, token: TokenStatus(phase: .valid, expiresAt: Self.now.addingTimeInterval(-5), canRefresh: false,
                                                            grant: "authorization_code")), nil, nil, WorkspaceFixture.state),
            (session("sandbox", .sandbox, token: TokenStatus(phase: .refreshing)), nil, nil, WorkspaceFixture.state),
            (session("sandbox", .sandbox, loads: 3), nil, nil, spinning),
            (session("sandbox", .sandbox, rate: RateLimitState(limit: 3600, remaining: 0, reset: Self.now.addingTimeInterval(95))),
             nil, DownloadSummary.text(download), WorkspaceFixture.state),
            (session("sandbox", .sandbox), FlashMessage("copied record id 43776", now: Self.now), nil, WorkspaceFixture.state),
            (session("sandbox", .sandbox), FlashMessage("forbidden: no permission", level: .error, now: Self.now), nil, WorkspaceFixture.state),
        ]
        let canvas = Self.canvas(110, rows.count + 1) { canvas in
            for (y, row) in rows.enumerated() {
                StatusBarView.render(row.0, flash: row.1, extra: row.2, in: Rect(x: 0, y: y, width: 110, height: 1), state: row.3, canvas: &canvas)
            }
            // Narrow: no room for READ-ONLY.
            StatusBarView.render(rows[0].0, flash: nil, extra: nil, in: Rect(x: 0, y: rows.count, width: 40, height: 1),
                                 state: WorkspaceFixture.state, canvas: &canvas)
        }
        SnapshotAssertion.expect(canvas, named: "status-bar", title:
            "StatusBarView: production/sandbox/monthly/demo/custom badges, token warning, expired, refreshing, spinner, rate limit + download, flashes, narrow")
    }

    // MARK: - FooterView

    @Test func footerPerFocusAndPrompt() throws {
        var filtering = WorkspaceFixture.state
        filtering.mode = .filtering("therm")
        var searching = WorkspaceFixture.state
        searching.mode = .searching("wall")
        var command = WorkspaceFixture.state
        command.mode = .command("the")
        command.completions = ["theme"]
        let rows: [(Focus, BrowserUIState, String?)] = [
            (.companies, WorkspaceFixture.state, nil), (.records, WorkspaceFixture.state, nil), (.inspector, WorkspaceFixture.state, nil),
            (.records, filtering, nil), (.inspector, searching, "/wall 2/3"), (.inspector, searching, "/wall no match"), (.companies, command, nil),
        ]
        let canvas = Self.canvas(120, rows.count) { canvas in
            for (y, row) in rows.enumerated() {
                FooterView.render(keymap: .defaults, focus: row.0, state: row.1, searchStatus: row.2,
                                  in: Rect(x: 0, y: y, width: 120, height: 1), canvas: &canvas)
            }
        }
        SnapshotAssertion.expect(canvas, named: "footer", title: "FooterView: companies, records, inspector; filter, search, no match, command prompts")
    }

    // MARK: - Overlays and modals

    @Test func helpOverlay() throws {
        let canvas = Self.canvas(110, 30) {
            HelpOverlay.render(keymap: .defaults, scroll: 0, in: Rect(x: 0, y: 0, width: 110, height: 30), state: WorkspaceFixture.state, canvas: &$0)
        }
        SnapshotAssertion.expect(canvas, named: "help", title: "HelpOverlay: every binding")
    }

    static func picker(_ picker: Picker, width: Int = 90, height: Int = 16) -> Canvas {
        Self.canvas(width, height) {
            PickerView.render(picker, in: Rect(x: 0, y: 0, width: width, height: height), state: WorkspaceFixture.state, canvas: &$0)
        }
    }

    static let choices = [
        EnvironmentChoice(name: "demo", kind: .demo, signIn: .automatic),
        EnvironmentChoice(name: "production", kind: .production, signIn: .stored),
        EnvironmentChoice(name: "sandbox", kind: .sandbox, signIn: .needsLogin),
        EnvironmentChoice(name: "monthly", kind: .monthly, signIn: .clientCredentials),
        EnvironmentChoice(name: "local", kind: .custom, signIn: .code),
    ]

    @Test func pickers() throws {
        let links = [
            FileLink(url: URL(string: "http://127.0.0.1:9/files/1/A-101.pdf")!, name: "A-101 Floor Plan", path: "attachments[0]"),
            FileLink(url: URL(string: "http://127.0.0.1:9/files/2/north-wall.jpg")!, name: "north-wall.jpg", path: "attachments[1]"),
        ]
        var downloads = Picker.downloads(links)
        downloads.move(1)
        SnapshotAssertion.expect(Self.picker(downloads, height: 8), named: "picker-downloads", title: "PickerView: download which file")
        SnapshotAssertion.expect(Self.picker(.environments(Self.choices, current: "demo"), height: 10), named: "picker-environments",
                                 title: "PickerView: environment switcher with sign-in states")
        var confirm = Picker.environments(Self.choices, current: "demo")
        confirm.stage = .confirming(1)
        SnapshotAssertion.expect(Self.picker(confirm, height: 9), named: "picker-production", title: "PickerView: switching to production asks")
    }

    @Test func environmentSwitcherCodeFlow() throws {
        var picker = Picker.environments(Self.choices, current: "demo")
        var entry = CodeSignInEntry(environment: "local",
                                    url: "http://127.0.0.1:8081/oauth/authorize?response_type=code&client_id=sitewalk-demo-client&redirect_uri=urn:ietf:wg:oauth:2.0:oob")
        picker.stage = .code(4, entry)
        SnapshotAssertion.expect(Self.picker(picker, width: 80, height: 20), named: "picker-code", title: "PickerView: code sign-in, URL wrapped at 80 columns")
        entry.code = "not-a-code"
        entry.error = "the code was not accepted (codes work once and expire quickly): invalid_grant"
        entry.copied = true
        picker.stage = .code(4, entry)
        SnapshotAssertion.expect(Self.picker(picker, width: 120, height: 20), named: "picker-code-error", title: "PickerView: code sign-in, refused code, 120 columns")
    }

    // MARK: - Screens

    static func screen(_ workspace: Workspace, state: BrowserUIState = WorkspaceFixture.state, width: Int, height: Int) -> Canvas {
        BrowserScreen.settleInspector(workspace, width: width, height: height)
        return BrowserScreen.render(workspace, keymap: .defaults, state: state, width: width, height: height)
    }

    @Test func tooSmallScreen() async throws {
        let workspace = try await WorkspaceFixture.withRFIs(Self.rfis())
        SnapshotAssertion.expect(Self.screen(workspace, width: 18, height: 4), named: "screen-too-small", title: "BrowserScreen: too small")
    }

    @Test func narrowScreenShowsTheFocusedPaneAndTheBreadcrumb() async throws {
        let workspace = try await WorkspaceFixture.withRFIs(Self.rfis())
        SnapshotAssertion.expect(Self.screen(workspace, width: 50, height: 12), named: "screen-narrow-records", title: "BrowserScreen: 50 columns, records")
        workspace.handle(.open)
        SnapshotAssertion.expect(Self.screen(workspace, width: 50, height: 16), named: "screen-narrow-inspector", title: "BrowserScreen: 50 columns, inspector")
    }

    @Test func standardScreenWithTheInspector() async throws {
        let workspace = try await WorkspaceFixture.withRFIs(Self.rfis())
        workspace.handle(.open)
        SnapshotAssertion.expect(Self.screen(workspace, width: 80, height: 24), named: "screen-80x24-inspector", title: "BrowserScreen: 80×24, inspector focused")
    }
}
