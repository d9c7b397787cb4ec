import Foundation
import ProcoreAPI
import SandboxServer
import Testing
@testable import Workspace

/// Headless walks through the seed dataset: company → project → each tool, seeing the seed records.
struct WalkTests {
    /// Every column of the current Records pane shows a value in at least one row (a wrong JSON path
    /// in the catalog leaves a column blank).
    static func expectEveryColumnFilled(_ ws: Workspace, sourceLocation: SourceLocation = #_sourceLocation) {
        let pane = ws.currentRecords
        guard let level = pane.level else { Issue.record("no level", sourceLocation: sourceLocation); return }
        for column in level.columns {
            let filled = pane.rows.contains { !CellFormatter.text(for: column, in: $0.json).isEmpty }
            #expect(filled, "\(pane.tool?.id ?? "?") · \(level.title): column \(column.header) (\(column.path)) is blank in every row",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func toolsPaneListsTheSwitchedOnToolsInCatalogOrder() async throws {
        try await withSimulator { sim in
            let ws = try sim.workspace()
            try await ws.openSeedProject(sim.facts)
            #expect(ws.focus == .tools)
            #expect(ws.companies.rows.contains { $0.title == "Sandbox Demo Company" })
            #expect(ws.openProject?.id == sim.facts.projectID)
            let titles = ws.tools.rows.map(\.title)
            #expect(titles == ["Directory", "Schedule", "Documents", "Photos", "Drawings", "RFIs", "Submittals", "Observations",
                               "Punch List", "Meetings", "Daily Log", "Inspections", "Change Events",
                               "Me (company)", "Company Directory (company)", "Company Projects (company)"])
            // The switched-off tool (Commitments, engine `contracts`) is in the catalog but not in the pane.
            #expect(sim.facts.disabledToolEngineName == "contracts")
            #expect(ws.catalog.tool(id: "commitments")?.engines == ["contracts"])
            #expect(!ws.tools.rows.contains { $0.tool?.engines.contains(sim.facts.disabledToolEngineName) == true })
        }
    }

    @Test func flatToolsShowTheSeedRecords() async throws {
        try await withSimulator { sim in
            let ws = try sim.workspace()
            try await ws.openSeedProject(sim.facts)
            let expected: [(String, Int)] = [("directory", 3), ("schedule", 8), ("rfis", 1), ("submittals", 1), ("observations", 2),
                                             ("punch", 3), ("meetings", 3), ("daily-log", 3), ("inspections", 2), ("change-events", 2),
                                             ("me", 1), ("company-directory", 3)]
            for (tool, count) in expected {
                try await ws.openTool(tool)
                #expect(ws.focus == .records)
                #expect(ws.currentRecords.status == .complete, "\(tool): \(ws.currentRecords.status)")
                #expect(ws.currentRecords.rows.count == count, "\(tool): \(ws.recordTitles)")
                Self.expectEveryColumnFilled(ws)
            }
            try await ws.openTool("directory")
            #expect(Set(ws.recordTitles) == ["Test Architect", "Test Subcontractor", "API Support"])
            try await ws.openTool("rfis")
            #expect(ws.currentRecords.rows.first?.id == sim.facts.rfiID)
            ws.handle(.open)
            #expect(ws.focus == .inspector)
            #expect(ws.selectedRecord?.id == sim.facts.rfiID)
            #expect(!ws.selectedFileLinks.isEmpty, "the seed RFI has an attachment")
            try await ws.openTool("submittals")
            #expect(ws.currentRecords.rows.first?.id == sim.facts.submittalID)
            try await ws.openTool("meetings")
            #expect(Set(ws.currentRecords.rows.compactMap { $0.json["_group"]?.stringValue }) == ["OAC Meetings", "Safety Meetings"])
            try await ws.openTool("me")
            #expect(ws.currentRecords.rows.first?.id == sim.facts.userID)
            try await ws.openTool("company-projects")
            #expect(ws.currentRecords.rows.contains { $0.id == sim.facts.projectID })
            Self.expectEveryColumnFilled(ws)
        }
    }

    @Test func photosOpenAnAlbumThenItsImage() async throws {
        try await withSimulator { sim in
            let ws = try sim.workspace()
            try await ws.openSeedProject(sim.facts)
            try await ws.openTool("photos")
            #expect(ws.currentRecords.rows.map(\.id) == [sim.facts.imageCategoryID])
            Self.expectEveryColumnFilled(ws)
            try await ws.openRow { $0.id == sim.facts.imageCategoryID }
            #expect(ws.records.count == 2)
            #expect(ws.currentRecords.rows.map(\.id) == [sim.facts.imageID])
            Self.expectEveryColumnFilled(ws)
            ws.handle(.open)
            #expect(ws.focus == .inspector)
            #expect(ws.selectedFileLinks.count >= 1)
            #expect(ws.breadcrumb.suffix(2) == ["Photos", ws.records[1].title])
        }
    }

    @Test func documentsWalkFoldersThenFilesThenVersions() async throws {
        try await withSimulator { sim in
            let ws = try sim.workspace()
            try await ws.openSeedProject(sim.facts)
            try await ws.openTool("documents")
            let root = ws.currentRecords.rows
            #expect(root.filter(\.isFolder).count == 5)
            #expect(root.filter { !$0.isFolder }.map(\.title) == ["test_pdf.pdf"])
            Self.expectEveryColumnFilled(ws)
            try await ws.openRow { $0.title == "02 - Specifications" }
            #expect(ws.recordTitles == ["Division 03 - Concrete"])
            try await ws.openRow { $0.title == "Division 03 - Concrete" }
            #expect(ws.recordTitles == ["03 30 00 - Cast-in-Place Concrete.pdf"])
            try await ws.openRow { _ in true }
            #expect(ws.records.count == 4)
            #expect(ws.currentRecords.level?.id == "file-versions")
            #expect(ws.currentRecords.rows.count >= 1)
            Self.expectEveryColumnFilled(ws)
            ws.handle(.open)
            #expect(ws.focus == .inspector)
            #expect(!ws.selectedFileLinks.isEmpty)
            // Back restores where we were, level by level.
            ws.handle(.back)
            ws.handle(.back)
            #expect(ws.recordTitles == ["03 30 00 - Cast-in-Place Concrete.pdf"])
            ws.handle(.back)
            ws.handle(.back)
            #expect(ws.records.count == 1)
            #expect(ws.currentRecords.selectedRow?.title == "02 - Specifications")
        }
    }

    @Test func drawingsOpenAreasThenDrawingsThenRevisions() async throws {
        try await withSimulator { sim in
            let ws = try sim.workspace()
            try await ws.openSeedProject(sim.facts)
            try await ws.openTool("drawings")
            #expect(ws.currentRecords.rows.map(\.id) == [sim.facts.drawingAreaID])
            Self.expectEveryColumnFilled(ws)
            try await ws.openRow { $0.id == sim.facts.drawingAreaID }
            #expect(ws.currentRecords.rows.count == 5)
            Self.expectEveryColumnFilled(ws)
            try await ws.openRow { $0.id == sim.facts.drawingID }
            #expect(ws.records.count == 3)
            #expect(ws.currentRecords.rows.contains { $0.id == sim.facts.drawingRevisionID })
            Self.expectEveryColumnFilled(ws)
            try ws.choose { $0.id == sim.facts.drawingRevisionID }
            ws.handle(.open)
            #expect(ws.focus == .inspector)
            #expect(ws.selectedFileLinks.count == 2)
        }
    }

    @Test func aToolAnswering403ShowsItsExplainedState() async throws {
        try await withSimulator { sim in
            // The tools list is refused, so the pane falls back to the whole catalog, Commitments included;
            // its list then answers 403 because the tool is switched off.
            _ = sim.server.faults.add(SandboxFaultRule(fault: .serverError(status: 403, retryAfter: nil), requestClass: .api,
                                                   pathPrefix: "/rest/v1.0/projects/\(sim.facts.projectID)/tools"))
            let ws = try sim.workspace()
            try await ws.openSeedProject(sim.facts)
            #expect(ws.tools.rows.contains { $0.tool?.id == "commitments" })
            #expect(ws.flash?.text.contains("tool list unavailable") == true)
            try await ws.openTool("commitments")
            guard case .failed(let error) = ws.currentRecords.status else {
                Issue.record("expected a failed state, got \(ws.currentRecords.status)")
                return
            }
            #expect(error.kind == .forbidden)
            #expect(error.status == 403)
            #expect(error.explanation.contains("tool disabled or no permission"))
        }
    }
}
