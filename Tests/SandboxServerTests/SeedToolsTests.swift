import Foundation
import Testing
@testable import SandboxServer

@Suite("Seed dataset: every tool") struct SeedToolsTests {
    @Test func countsMatchTheSeedDocuments() async throws {
        try await Harness.run { h in
            let t = try await h.token(), c = h.facts.companyID, p = h.facts.projectID
            #expect(try await h.api("/rest/v1.0/tasks?project_id=\(p)", token: t, company: c).array.count == 8)
            #expect(try await h.api("/rest/v1.0/projects/\(p)/users", token: t, company: c).array.count == 3)
            #expect(try await h.api("/rest/v1.3/companies/\(c)/users", token: t, company: c).array.count == 3)
            #expect(try await h.api("/rest/v1.0/projects/\(p)/rfis", token: t, company: c).array.count == 1)
            #expect(try await h.api("/rest/v1.1/projects/\(p)/submittals", token: t, company: c).array.count == 1)
            #expect(try await h.api("/rest/v1.0/image_categories?project_id=\(p)", token: t, company: c).array.count == 1)
            let images = try await h.api("/rest/v1.0/images?project_id=\(p)&image_category_id=\(h.facts.imageCategoryID)", token: t, company: c)
            #expect(images.array.count == 1)
            #expect((images.array.first?["id"] as? NSNumber)?.int64Value == h.facts.imageID)
            #expect(h.facts.imageID > Int64(UInt32.max))
            let names = try await h.api("/rest/v1.0/projects/\(p)/users", token: t, company: c).array.compactMap { $0["name"] as? String }
            #expect(Set(names) == ["Test Architect", "Test Subcontractor", "API Support"])
        }
    }

    @Test func submittalHasTheFixtureShape() async throws {
        try await Harness.run { h in
            let t = try await h.token()
            let list = try await h.api("/rest/v1.1/projects/\(h.facts.projectID)/submittals", token: t, company: h.facts.companyID)
            try FixtureShape.expectSameShape(list.array.first, fixture: "submittal_list_item_v1_1.json")
        }
    }

    @Test func documentsProjectsAndUsersHaveFixtureShapes() async throws {
        try await Harness.run { h in
            let t = try await h.token(), c = h.facts.companyID, p = h.facts.projectID
            let file = try await h.api("/rest/v1.0/files/\(h.facts.fileID)?project_id=\(p)", token: t, company: c)
            try FixtureShape.expectSameShape(file.json, fixture: "project_file_show.json")
            let folder = try await h.api("/rest/v1.0/folders/607848046?project_id=\(p)", token: t, company: c)
            try FixtureShape.expectSameShape(folder.json, fixture: "project_folder_show.json")
            let project = try await h.api("/rest/v1.1/projects?company_id=\(c)", token: t, company: c)
            try FixtureShape.expectSameShape(project.array.first, fixture: "project_show_v1_1.json")
            let v10 = try await h.api("/rest/v1.0/projects?company_id=\(c)", token: t, company: c)
            try FixtureShape.expectSameShape(v10.array.first, fixture: "projects_list_item_docs.json")
            let user = try await h.api("/rest/v1.0/projects/\(p)/users/48", token: t, company: c)
            try FixtureShape.expectSameShape(user.json, fixture: "project_user_show.json")
            let companyUser = try await h.api("/rest/v1.3/companies/\(c)/users/48", token: t, company: c)
            try FixtureShape.expectSameShape(companyUser.json, fixture: "company_user_show.json")
        }
    }

    @Test func folderTreeHasNestedFoldersWithFiles() async throws {
        try await Harness.run { h in
            let t = try await h.token(), c = h.facts.companyID, p = h.facts.projectID
            let root = try await h.api("/rest/v1.0/folders?project_id=\(p)", token: t, company: c)
            #expect(root.object["id"] as? Int64 == h.facts.rootFolderID || (root.object["id"] as? NSNumber)?.int64Value == h.facts.rootFolderID)
            let folders = root.object["folders"] as? [[String: Any]] ?? []
            #expect(folders.count >= 4)
            let documents = try await h.api("/rest/v1.0/projects/\(p)/documents", token: t, company: c)
            #expect(documents.array.count == h.facts.documentCount)
            let deep = documents.array.filter { ($0["name_with_path"] as? String)?.split(separator: "/").count ?? 0 >= 4 && $0["document_type"] as? String == "file" }
            #expect(!deep.isEmpty)
        }
    }

    @Test func drawingsHaveCurrentRevisionsWithFileLinks() async throws {
        try await Harness.run { h in
            let t = try await h.token(), c = h.facts.companyID
            let drawings = try await h.api("/rest/v1.1/drawing_areas/\(h.facts.drawingAreaID)/drawings", token: t, company: c)
            #expect(drawings.array.count == 5)
            let revision = drawings.array.first?["current_revision"] as? [String: Any]
            #expect((revision?["pdf_url"] as? String)?.hasPrefix(h.endpoints.apiURL.absoluteString + "/fas/api/v5/") == true)
        }
    }

    @Test func disabledToolAnswers403AndToolsListSaysSo() async throws {
        try await Harness.run { h in
            let t = try await h.token(), c = h.facts.companyID, p = h.facts.projectID
            let tools = try await h.api("/rest/v1.0/projects/\(p)/tools", token: t, company: c)
            let off = tools.array.filter { $0["is_active"] as? Bool == false }.compactMap { $0["engine_name"] as? String }
            #expect(off == [h.facts.disabledToolEngineName])
            #expect(try await h.api(h.facts.disabledToolPath, token: t, company: c).status == 403)
        }
    }

    @Test func meetingsAreGroupedAndDailyLogsDefaultToToday() async throws {
        try await Harness.run { h in
            let t = try await h.token(), c = h.facts.companyID, p = h.facts.projectID
            let meetings = try await h.api("/rest/v1.1/projects/\(p)/meetings", token: t, company: c)
            #expect(meetings.array.first?["group_title"] as? String == "OAC Meetings")
            #expect((meetings.array.first?["meetings"] as? [Any])?.count == 2)
            let today = try await h.api("/rest/v1.0/projects/\(p)/manpower_logs", token: t, company: c)
            #expect(today.array.count == 1)
            let all = try await h.api("/rest/v1.0/projects/\(p)/daily_logs?filters[start_date]=2000-01-01&filters[end_date]=2100-01-01", token: t, company: c)
            #expect((all.object["manpower_logs"] as? [Any])?.count == 3)
            #expect(all.object.count == 18)
        }
    }

    @Test func smallListsExist() async throws {
        try await Harness.run { h in
            let t = try await h.token(), c = h.facts.companyID, p = h.facts.projectID
            for path in ["/rest/v1.0/observations/items?project_id=\(p)", "/rest/v1.1/punch_items?project_id=\(p)",
                         "/rest/v1.0/projects/\(p)/checklist/lists", "/rest/v1.0/change_events?project_id=\(p)",
                         "/rest/v1.0/projects/\(p)/schedule/calendar_items", "/rest/v1.0/projects/\(p)/drawing_revisions",
                         "/rest/v1.0/task_items?project_id=\(p)", "/rest/v1.0/companies/\(c)/projects",
                         "/rest/v1.0/projects/\(p)/daily_log_headers/index", "/rest/v1.0/projects/\(p)/drawing_sets"] {
                let reply = try await h.api(path, token: t, company: c)
                #expect(reply.status == 200, "\(path)")
                #expect(!reply.array.isEmpty, "\(path)")
            }
        }
    }
}
