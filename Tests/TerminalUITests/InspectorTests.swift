import Foundation
import ProcoreAPI
import Testing
@testable import TerminalUI
@testable import Workspace

/// The inspector's key/value tree (folding, cursor, wrapping) and its search, driven by keys.
struct InspectorTests {
    static let longBody = String(repeating: "The thermostat on the north wall conflicts with the wall finish. ", count: 6)

    /// An RFI with nested objects and arrays.
    static let record: JSONValue = [
        "id": 43776, "number": "1", "subject": "Thermostat Conflict",
        "created_by": ["id": 7, "name": "Jane Roe", "login": "jane@example.com"],
        "questions": [
            ["id": 1, "body": .string(longBody), "attachments": [["id": 9, "name": "north-wall.pdf"]]],
        ],
        "cost_codes": [1, 2, 3],
        "status": "open",
    ]

    static func app() async throws -> BrowserApp {
        let workspace = try await WorkspaceFixture.withRFIs([record, ["id": 2, "number": "2", "subject": "Other"]])
        let app = BrowserApp(workspace: workspace, theme: .mono)
        app.handle(.enter)
        return app
    }

    static func labels(_ workspace: Workspace) -> [String] { workspace.inspectorNodes.map(\.label) }

    static func frame(_ app: BrowserApp, width: Int = 120, height: Int = 40) -> Canvas {
        BrowserScreen.settleInspector(app.workspace, width: width, height: height)
        return BrowserScreen.render(app.workspace, keymap: .defaults, state: app.state, width: width, height: height)
    }

    @Test func aFrameReusesTheInspectorLayoutUntilTheRecordOrItsViewChanges() async throws {
        let app = try await Self.app()
        let cache = app.state.inspectorLayouts
        func frame() -> String {
            BrowserScreen.settleInspector(app.workspace, width: 120, height: 40, state: app.state)
            return BrowserScreen.render(app.workspace, keymap: .defaults, state: app.state, width: 120, height: 40)
                .lines().joined(separator: "\n")
        }
        let first = frame()
        #expect(cache.builds == 1, "settling and drawing one frame lay the record out once")
        #expect(frame() == first)
        #expect(cache.builds == 1, "a frame of the same record reuses the layout")
        for _ in 0..<3 { app.handle(.char("j")) }
        app.handle(.left)  // fold created_by
        let folded = frame()
        #expect(cache.builds == 2, "a fold lays the record out again")
        #expect(folded.contains("▸ created_by"))
        for _ in 0..<3 where app.workspace.focus == .inspector { app.handle(.escape) }
        #expect(app.workspace.focus == .records)
        app.handle(.char("j"))  // the next RFI
        let other = frame()
        #expect(cache.builds == 3, "another record is laid out")
        #expect(other.contains("Other"))
    }

    @Test func enterOpensTheInspectorWithEveryContainerUnfolded() async throws {
        let app = try await Self.app()
        #expect(app.workspace.focus == .inspector)
        #expect(Self.labels(app.workspace) == ["id", "number", "subject", "created_by", "id", "name", "login", "questions", "[0]",
                                               "id", "body", "attachments", "[0]", "id", "name", "cost_codes", "status"])
        let text = Self.frame(app).lines().joined(separator: "\n")
        #expect(text.contains("▾ created_by"))
        #expect(text.contains("cost_codes  1, 2, 3"), "an array of scalars stays one value")
    }

    @Test func arrowsFoldUnfoldAndClimbTheTree() async throws {
        let app = try await Self.app()
        let ws = app.workspace
        for _ in 0..<3 { app.handle(.char("j")) }
        #expect(ws.inspectorNodes[ws.inspector.cursor].label == "created_by")
        app.handle(.left)
        #expect(ws.inspectorNodes[ws.inspector.cursor].isFolded)
        #expect(!Self.labels(ws).contains("login"))
        var text = Self.frame(app).lines().joined(separator: "\n")
        #expect(text.contains("▸ created_by  Jane Roe"), "a folded object shows its name")
        app.handle(.right)
        #expect(Self.labels(ws).contains("login"))
        app.handle(.char("l"))
        #expect(ws.inspector.cursor == 4, "→ on an unfolded container steps into it")
        app.handle(.char("h"))
        #expect(ws.inspectorNodes[ws.inspector.cursor].label == "created_by", "← on a field climbs to its parent")
        app.handle(.left)
        app.handle(.left)
        #expect(ws.focus == .records, "← on a folded top-level node leaves the inspector")
        app.handle(.enter)
        text = Self.frame(app).lines().joined(separator: "\n")
        #expect(text.contains("▸ created_by"), "folds are kept by path")
        app.handle(.escape)
        #expect(ws.focus == .records, "Esc leaves the inspector at once")
    }

    @Test func foldAllAndUnfoldAllKeepTheCursorOnItsNodeOrAncestor() async throws {
        let app = try await Self.app()
        let ws = app.workspace
        for _ in 0..<12 { app.handle(.char("j")) }
        #expect(ws.inspectorNodes[ws.inspector.cursor].path == [.key("questions"), .index(0), .key("attachments"), .index(0)])
        app.handle(.char("z"))
        #expect(Self.labels(ws) == ["id", "number", "subject", "created_by", "questions", "cost_codes", "status"])
        #expect(ws.inspectorNodes[ws.inspector.cursor].label == "questions")
        app.handle(.char("Z"))
        #expect(Self.labels(ws).count == 17)
        #expect(ws.inspectorNodes[ws.inspector.cursor].label == "questions")
    }

    @Test func longTextIsWrappedToTheInspectorWidthAndScrolledThrough() async throws {
        let app = try await Self.app()
        let ws = app.workspace
        let layout = InspectorView.layout(ws.selectedRecord!, headline: nil, inspector: ws.inspector, width: 40)
        let body = layout.nodeLines[10]
        #expect(body.count > 8, "the question's body wraps over many lines")
        for line in layout.lines { #expect(line.segments.reduce(0) { $0 + DisplayWidth.of($1.0) } <= 40) }
        let text = layout.lines[body].map { $0.segments.map(\.0).joined() }.joined(separator: " ")
        #expect(text.split(separator: " ").filter { $0 == "thermostat" }.count == 6, "no word is lost in wrapping")
    }

    @Test func slashSearchesTheRecordHighlightsAndNMoves() async throws {
        let app = try await Self.app()
        let ws = app.workspace
        app.handle(.char("z"))
        app.handle(.char("/"))
        #expect(app.state.mode == .searching(""))
        for c in "north" { app.handle(.char(c)) }
        // "north" is in the question's body and in the attachment's name, both inside folded `questions`.
        #expect(ws.inspectorMatchCount == 2)
        #expect(ws.inspector.search?.current == 0)
        #expect(ws.inspectorNodes[ws.inspector.cursor].label == "body", "the jump unfolds the match's ancestors")
        let canvas = Self.frame(app)
        let lines = canvas.lines()
        #expect(lines.last?.contains("/north▏  1/2") == true, "the prompt shows the count")
        #expect(lines.contains { $0.contains("/north 1/2") }, "the inspector's border shows it too")
        let row = try #require(lines.firstIndex { $0.contains("north wall") })
        let column = try #require(lines[row].range(of: "north wall")).lowerBound
        let x = lines[row].distance(from: lines[row].startIndex, to: column)
        #expect(canvas[x, row].style == InspectorView.currentMatchStyle)
        app.handle(.enter)
        #expect(app.state.mode == .normal)
        app.handle(.char("n"))
        #expect(ws.inspector.search?.current == 1)
        #expect(ws.inspectorNodes[ws.inspector.cursor].path == [.key("questions"), .index(0), .key("attachments"), .index(0), .key("name")])
        app.handle(.char("n"))
        #expect(ws.inspector.search?.current == 0, "n wraps around")
        app.handle(.char("N"))
        #expect(ws.inspector.search?.current == 1)
        app.handle(.char("/"))
        app.handle(.escape)
        #expect(ws.inspector.search == nil, "Esc in the prompt clears the search")
    }

    @Test func searchInTheRawJSONScrollsTheMatchIntoView() async throws {
        let app = try await Self.app()
        let ws = app.workspace
        app.handle(.char("i"))
        #expect(ws.inspector.mode == .json)
        app.handle(.char("/"))
        for c in "pdf" { app.handle(.char(c)) }
        #expect(ws.inspectorMatchCount == 1)
        // At 120×14 the inspector shows 9 JSON lines; the match is further down.
        let lines = Self.frame(app, width: 120, height: 14).lines()
        #expect(ws.inspector.scroll > 0)
        #expect(lines.contains { $0.contains("north-wall.pdf") })
        #expect(lines.contains { $0.contains("/pdf 1/1") })
        app.handle(.enter)
        let footer = try #require(Self.frame(app, width: 120, height: 14).lines().last)
        #expect(footer.contains("/ search") && !footer.contains("fold"), "the raw JSON does not fold: no fold hints")
        app.handle(.char("g"))
        _ = Self.frame(app, width: 120, height: 14)
        #expect(ws.inspector.scroll == 0, "after the jump, scrolling is free again")
        app.handle(.char("/"))
        for c in "zzz" { app.handle(.char(c)) }
        #expect(Self.frame(app, width: 120, height: 14).lines().last?.contains("no match") == true)
    }

    @Test func theSearchStaysWhenTheNextRecordIsSelected() async throws {
        let app = try await Self.app()
        let ws = app.workspace
        app.handle(.char("/"))
        for c in "jane" { app.handle(.char(c)) }
        app.handle(.enter)
        app.handle(.escape)
        app.handle(.char("j"))
        #expect(ws.selectedRecord?.id == 2)
        #expect(ws.inspector.search?.query == "jane")
        #expect(ws.inspector.search?.current == nil)
        #expect(ws.inspector.cursor == 0)
        #expect(ws.inspectorMatchCount == 0)
    }

    @Test func aClickPutsTheCursorOnAFieldAndOnAMarkerFolds() async throws {
        let app = try await Self.app()
        let ws = app.workspace
        let rect = try #require(BrowserScreen.inspectorRect(ws, width: 120, height: 40))
        let lines = Self.frame(app).lines()
        let row = try #require(lines.firstIndex { $0.contains("▾ created_by") })
        let marker = try #require(lines[row].range(of: "▾ created_by")).lowerBound
        let x = lines[row].distance(from: lines[row].startIndex, to: marker)
        app.clickInspector(x: x + 4, y: row, rect: rect)
        #expect(ws.inspectorNodes[ws.inspector.cursor].label == "created_by")
        #expect(!ws.inspectorNodes[ws.inspector.cursor].isFolded, "a click on the name only moves the cursor")
        app.clickInspector(x: x, y: row, rect: rect)
        #expect(ws.inspectorNodes[ws.inspector.cursor].isFolded, "a click on the marker folds")
        app.clickInspector(x: x, y: row, rect: rect)
        #expect(!ws.inspectorNodes[ws.inspector.cursor].isFolded, "and unfolds")
    }

    /// The text of each line of a layout.
    static func texts(_ lines: [InspectorView.Line]) -> [String] {
        lines.map { $0.segments.map(\.0).joined() }
    }

    @Test func aTimestampTooLongForTheValueColumnGoesWholeUnderItsKey() {
        let json: JSONValue = ["id": 7, "status": "open", "ts": "2022-06-03T00:35:25Z"]
        let lines = Self.texts(InspectorView.fieldLines(json, width: 24))  // key column 6, value column 16
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 24 }, "\(lines)")
        let key = lines.firstIndex { $0.hasPrefix("ts") }
        #expect(key.map { lines[$0].trimmingCharacters(in: .whitespaces) } == "ts", "the key alone: \(lines)")
        #expect(key.map { lines[$0 + 1].trimmingCharacters(in: .whitespaces) } == "2022-06-03T00:35:25Z", "the value whole below: \(lines)")
        #expect(lines.contains { $0.hasPrefix("status") && $0.hasSuffix("open") }, "short values stay beside their keys: \(lines)")
    }

    @Test func longSiblingKeysLeaveATimestampRoomBesideItsKey() {
        let json: JSONValue = ["created_at": "2022-06-03T00:35:25Z", "received_from_login_name": "jane", "id": 7]
        let lines = Self.texts(InspectorView.fieldLines(json, width: 41))  // the inspector at 120 columns
        #expect(lines.contains { $0.hasPrefix("created_at") && $0.hasSuffix("2022-06-03T00:35:25Z") }, "\(lines)")
    }

    @Test func aKeyLongerThanTheKeyColumnPutsItsValueUnderItInTheValueColumn() {
        let json: JSONValue = ["id": 7, "custom_field_reviewer_approval_note": "approved on site", "status": "open",
                               "custom_field_reviewer_approval_date": "2024-01-02"]
        let lines = Self.texts(InspectorView.fieldLines(json, width: 60))
        let status = lines.first { $0.hasPrefix("status") } ?? ""
        let column = status.distance(from: status.startIndex, to: status.range(of: "open")?.lowerBound ?? status.endIndex)
        let key = lines.firstIndex { $0.hasPrefix("custom_field_reviewer_approval_note") }
        #expect(key.map { lines[$0] } == "custom_field_reviewer_approval_note", "the key alone: \(lines)")
        #expect(key.map { lines[$0 + 1] } == String(repeating: " ", count: column) + "approved on site", "its text in the value column: \(lines)")
        #expect(lines.contains("custom_field_reviewer_approval_date  2024-01-02"), "a short word stays on the key's line: \(lines)")
    }

    @Test func rawJSONWrapsLongLinesAndAMatchCoversItsRows() throws {
        let url = "https://storage.example.com/" + String(repeating: "abcdefghij", count: 12) + "/file.pdf?sig=xyz"
        let json: JSONValue = ["id": 7, "url": .string(url), "name": "short"]
        var inspector = InspectorState()
        inspector.mode = .json
        let row = PaneRow(id: 7, title: "7", json: json)
        let layout = InspectorView.layout(row, headline: nil, inspector: inspector, width: 40)
        let texts = Self.texts(layout.lines)
        #expect(texts.allSatisfy { DisplayWidth.of($0) <= 40 }, "\(texts)")
        #expect(!texts.contains { $0.contains("…") }, "nothing is cut")
        let start = try #require(texts.firstIndex { $0.contains("\"url\"") })
        let end = try #require(texts.firstIndex { $0.contains("\"name\"") })
        #expect(end - start > 3, "the url wraps over several rows")
        let rejoined = texts[start..<end].enumerated().map { $0.offset == 0 ? $0.element : String($0.element.drop { $0 == " " }) }.joined()
        #expect(rejoined.contains(url), "every character of the url, in order: \(rejoined)")
        #expect(texts[(start + 1)..<end].allSatisfy { $0.hasPrefix("    ") }, "continuation rows indented past the key")
        #expect(!texts.contains { $0.trimmingCharacters(in: .whitespaces) == "," }, "no row holds only a comma")

        inspector.search = InspectorSearch(query: "sig=xyz", current: 0)
        let searched = InspectorView.layout(row, headline: nil, inspector: inspector, width: 40)
        #expect(searched.matchCount == 1)
        #expect(searched.currentMatchLines == start..<end, "the current match is the url's rows")
    }

    @Test func aWrappedJSONLineKeepsItsClosingCommaOnItsLastRow() {
        let line = InspectorView.Line(segments: [(String(repeating: "a", count: 19) + String(repeating: "b", count: 17), Style(fg: .ok)),
                                                 (",", Style(fg: .muted))])
        let rows = Self.texts(InspectorView.wrappedJSONLine(line, width: 20))
        #expect(rows == [String(repeating: "a", count: 19), "  " + String(repeating: "b", count: 17) + ","])
    }

    @Test func aHugeJSONStringStopsAfterTwoHundredRowsAndSaysHowMuchIsLeft() {
        let json: JSONValue = ["id": 7, "body": .string(String(repeating: "x", count: 100_000))]
        var inspector = InspectorState()
        inspector.mode = .json
        let texts = Self.texts(InspectorView.layout(PaneRow(id: 7, title: "7", json: json), headline: nil, inspector: inspector, width: 50).lines)
        #expect(texts.count < 210)
        #expect(texts.contains { $0.contains("more bytes (y: copy)") }, "\(texts.suffix(3))")
    }

    @Test func aNewSearchInWrappedJSONStartsFromTheLineAtTheTopOfTheView() async throws {
        let app = try await Self.app()
        let ws = app.workspace
        app.handle(.char("i"))
        let record = try #require(ws.selectedRecord)
        let layout = InspectorView.layout(record, headline: nil, inspector: ws.inspector, width: 40)
        let jsonLines = InspectorOutline.jsonLines(of: record.json)
        let body = try #require(jsonLines.firstIndex { $0.contains("\"body\"") })
        #expect(layout.jsonLineRows[body + 1] - layout.jsonLineRows[body] > 3, "the body wraps over several rows")
        // The view's top row is the body's last: the top line is the body's (a row count taken for a
        // line number would skip the matches just below it).
        ws.inspector.scroll = layout.jsonLineRows[body + 1] - 1
        InspectorView.settle(&ws.inspector, record: record, headline: nil, innerWidth: 40, innerHeight: 8)
        #expect(ws.inspector.jsonTopLine == body)
        // "id" is on lines before the body and after it: the search starts at the first after.
        app.handle(.char("/"))
        for c in "\"id\"" { app.handle(.char(c)) }
        app.handle(.enter)
        let matches = InspectorOutline.matchingJSONLines(of: record.json, search: try #require(ws.inspector.search))
        let current = try #require(ws.inspector.search?.current)
        #expect(matches[current] > body, "first match at or below the view's top, not \(matches[current])")
        #expect(matches.contains { $0 < body }, "there were earlier ones")
    }
}
