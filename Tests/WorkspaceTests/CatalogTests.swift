import Foundation
import Testing
@testable import Workspace

struct CatalogTests {
    @Test func bundledCatalogValidatesAndCoversTheSeedTools() throws {
        let catalog = try ToolCatalog.bundled()
        let ids = Set(catalog.tools.map(\.id))
        for id in ["me", "company-directory", "company-projects", "directory", "schedule", "documents", "photos", "drawings",
                   "rfis", "submittals", "observations", "punch", "meetings", "daily-log", "inspections", "change-events"] {
            #expect(ids.contains(id), "catalog lacks \(id)")
        }
        #expect(catalog.tool(id: "drawings")?.levels.count == 3)
        #expect(catalog.tool(id: "documents")?.levels.first?.shape == .folder)
    }

    @Test func invalidEntryFailsWithItsNameAndTheProblem() {
        let json = """
        {"version": 1, "tools": [{"id": "bad", "title": "Bad", "scope": "project", "engines": [],
          "levels": [{"title": "Bad", "path": "/rest/v1.0/projects/{projekt_id}/x", "columns": [{"header": "A", "path": "a", "width": 3, "kind": "text"}]}]}]}
        """
        do {
            _ = try ToolCatalog.load(Data(json.utf8))
            Issue.record("an unknown placeholder must be refused")
        } catch {
            #expect("\(error)".contains("bad"))
            #expect("\(error)".contains("projekt_id"))
        }
        let missingColumns = """
        {"version": 1, "tools": [{"id": "nocols", "title": "No", "scope": "project", "engines": [],
          "levels": [{"title": "No", "path": "/rest/v1.0/x"}]}]}
        """
        #expect(throws: ToolCatalog.Invalid.self) { try ToolCatalog.load(Data(missingColumns.utf8)) }
    }
}
