import Foundation
import ProcoreAPI
@testable import TerminalUI
@testable import Workspace

/// A workspace walked to the seed RFI by feeding it messages (no network answers are applied).
enum WorkspaceFixture {
    static let environment = ProcoreEnvironment.demo(apiURL: URL(string: "http://127.0.0.1:9")!,
                                                     loginURL: URL(string: "http://127.0.0.1:9")!)

    static func page(_ items: [JSONValue]) -> Page {
        Page(number: 1, perPage: 100, body: .array(items), total: items.count, reportedPerPage: 100, links: [:], byteCount: 0)
    }

    static func attachment(_ id: Int, _ name: String) -> JSONValue {
        ["id": .number(JSONNumber(id)), "name": .string(name), "url": .string("http://127.0.0.1:9/fas/api/v5/files/\(id)?company_id=4264807")]
    }

    /// The seed RFI, with `attachments`.
    static func rfi(attachments: [JSONValue]) -> JSONValue {
        [
            "id": 43776, "number": "1", "subject": "Thermostat Conflict with Wall Finish at Conference Room",
            "status": "open", "link": "https://app.procore.com/562949953443325/project/rfi/show/43776",
            "attachments": .array(attachments), "questions": [],
        ]
    }

    /// A workspace with the RFIs of project 77 of company 4 open, the RFI selected, focus on Records.
    static func withRFI(attachments: [JSONValue]) async throws -> Workspace {
        try await withRFIs([rfi(attachments: attachments)])
    }

    /// A workspace with the RFIs of project 77 of company 4 open showing `records`, the first selected,
    /// focus on Records.
    static func withRFIs(_ records: [JSONValue]) async throws -> Workspace {
        let client = ProcoreClient(environment: environment, transport: HTTPTransport(), credentials: nil, tokenStore: nil)
        let workspace = Workspace(client: client, catalog: try ToolCatalog.bundled(),
                                  downloadsDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("sitewalk-test-\(UUID())"))
        workspace.apply(.pageLoaded(.companies, generation: workspace.companies.generation,
                                    .success(page([["id": 4, "name": "Sandbox Demo Company", "is_active": true]]))))
        workspace.handle(.open)
        workspace.apply(.pageLoaded(.projects, generation: workspace.projects.generation,
                                    .success(page([["id": 77, "name": "1234 - Sandbox Test Project"]]))))
        workspace.handle(.open)
        workspace.apply(.toolsLoaded(generation: workspace.tools.generation,
                                     .success([ProjectTool(id: 1, engineName: "rfi", title: "RFIs", isActive: true)])))
        workspace.handle(.setFilter("RFIs"))
        workspace.handle(.open)
        workspace.apply(.pageLoaded(.records(depth: 0), generation: workspace.currentRecords.generation,
                                    .success(page(records))))
        // The opens above started real loads, which fail at once (no credentials) and mark the session
        // signed out. Wait for that, so a snapshot's status bar does not depend on which of them won
        // the race with the test.
        let deadline = Date().addingTimeInterval(10 * TestTime.scale)
        while Date() < deadline {
            if case .signedOut = client.tokenStatus.phase { break }
            try await Task.sleep(nanoseconds: 1_000_000)
        }
        return workspace
    }

    static var state: BrowserUIState {
        var state = BrowserUIState()
        state.now = Date(timeIntervalSince1970: 1_800_000_000)
        return state
    }
}
