import Foundation
import ProcoreAPI
import Testing
@testable import TerminalUI
@testable import Workspace

/// Snapshot tests of whole frames: a workspace fed with messages (no network), rendered to a canvas.
struct BrowserScreenTests {
    static let environment = ProcoreEnvironment.demo(apiURL: URL(string: "http://127.0.0.1:9")!,
                                                     loginURL: URL(string: "http://127.0.0.1:9")!)

    static func workspace() throws -> Workspace {
        let client = ProcoreClient(environment: environment, transport: HTTPTransport(), credentials: nil, tokenStore: nil)
        return Workspace(client: client, catalog: try ToolCatalog.bundled())
    }

    static func page(_ items: [JSONValue]) -> Page {
        Page(number: 1, perPage: 100, body: .array(items), total: items.count, reportedPerPage: 100, links: [:], byteCount: 0)
    }

    static var state: BrowserUIState {
        var state = BrowserUIState()
        state.now = Date(timeIntervalSince1970: 1_800_000_000)
        return state
    }

    @Test func companiesPaneShowsLoadedCompaniesWithTheSelectionAndCounter() throws {
        let workspace = try Self.workspace()
        workspace.apply(.pageLoaded(.companies, generation: 0, .success(Self.page([
            ["id": 4_264_807, "name": "Sandbox Demo Company", "is_active": true],
            ["id": 12, "name": "日本語の会社", "is_active": true],
        ]))))
        let canvas = BrowserScreen.render(workspace, keymap: .defaults, state: Self.state, width: 120, height: 12)
        let lines = canvas.lines()
        #expect(lines[0].hasPrefix(" Sitewalk demo"))
        #expect(lines[1].contains("Companies"))
        #expect(lines[2].contains("Sandbox Demo Company"))
        #expect(lines[3].contains("日本語の会社"))
        #expect(lines.contains { $0.contains("1 of 2") })
        #expect(lines[10].contains(" demo "))
        #expect(lines[10].contains("READ-ONLY"))
        #expect(lines[11].contains("move"))
        // The selected row of the focused pane uses the selection colours.
        let styles = canvas.styleLines(legend: Canvas.defaultLegend)
        #expect(styles[2].contains("S"), "selected row is drawn with the selection style")
    }

    @Test func waitingPanesSayWhatToDo() throws {
        let workspace = try Self.workspace()
        let canvas = BrowserScreen.render(workspace, keymap: .defaults, state: Self.state, width: 120, height: 20)
        let text = canvas.lines().joined(separator: "\n")
        #expect(text.contains("Enter on a company"))
        #expect(text.contains("Enter on a project"))
        #expect(text.contains("loading…"))
    }

    @Test func failedLoadShowsItsExplanationInThePane() throws {
        let workspace = try Self.workspace()
        let error = ProcoreError(.forbidden, method: "GET", path: "/rest/v1.0/companies", status: 403,
                                 message: "App is not connected to this company")
        workspace.apply(.pageLoaded(.companies, generation: 0, .failure(error)))
        let text = BrowserScreen.render(workspace, keymap: .defaults, state: Self.state, width: 120, height: 20)
            .lines().joined(separator: "\n")
        #expect(text.contains("forbidden: the app"))
        #expect(text.contains("not connected to"))
        #expect(text.contains("/rest/v1.0/companies"))
        #expect(text.contains("→ 403"))
        #expect(!text.contains("Procore says"), "the explanation already carries Procore's message")
    }

    @Test func tinyTerminalShowsANoticeInsteadOfAGarbledScreen() throws {
        let workspace = try Self.workspace()
        let canvas = BrowserScreen.render(workspace, keymap: .defaults, state: Self.state, width: 15, height: 4)
        #expect(canvas.lines()[0].contains("too small"))
        let exact = BrowserScreen.render(workspace, keymap: .defaults, state: Self.state, width: 20, height: 5)
        #expect(exact.lines().count == 5)
        #expect(exact.lines().allSatisfy { DisplayWidth.of($0) == 20 })
    }

    @Test func hostileStringsFromTheAPIAreDrawnAsVisibleSafeText() throws {
        let workspace = try Self.workspace()
        workspace.apply(.pageLoaded(.companies, generation: 0, .success(Self.page([
            ["id": 1, "name": "Evil\u{1B}]52;c;SGVsbG8=\u{07}\u{1B}[31mRed\u{202E}abc\u{0}"],
        ]))))
        let lines = BrowserScreen.render(workspace, keymap: .defaults, state: Self.state, width: 100, height: 10).lines()
        for line in lines {
            for scalar in line.unicodeScalars {
                #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) && scalar.value != 0x202E,
                        "control U+\(String(scalar.value, radix: 16)) reached the screen")
            }
        }
        #expect(lines.joined().contains("Evil"))
    }

    @Test func statusBarCountsDownAndWarnsInTheLastFiveMinutes() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let long = TokenStatus(phase: .valid, expiresAt: now.addingTimeInterval(5400), canRefresh: false, grant: "client_credentials")
        #expect(StatusBarView.tokenSummary(long, now: now) == ("token 1h30m", .fg))
        let short = TokenStatus(phase: .valid, expiresAt: now.addingTimeInterval(299), canRefresh: true, grant: "authorization_code")
        #expect(StatusBarView.tokenSummary(short, now: now) == ("token 4m59s", .warning))
        let gone = TokenStatus(phase: .signedOut(reason: "refresh refused"))
        #expect(StatusBarView.tokenSummary(gone, now: now).1 == .error)
    }

    @Test func layoutCollapsesToTheFocusedPaneOnNarrowTerminals() {
        let body = Rect(x: 0, y: 1, width: 50, height: 20)
        #expect(PaneLayout.columns(in: body, focus: .projects).map(\.0) == [.projects])
        let wide = PaneLayout.columns(in: Rect(x: 0, y: 1, width: 200, height: 50), focus: .records)
        #expect(wide.map(\.0) == [.companies, .projects, .tools, .records, .inspector])
        #expect(wide.reduce(0) { $0 + $1.1.width } == 200)
        let medium = PaneLayout.columns(in: Rect(x: 0, y: 1, width: 120, height: 30), focus: .records)
        #expect(medium.map(\.0) == [.tools, .records, .inspector])
        #expect(medium.reduce(0) { $0 + $1.1.width } == 120)
    }
}
