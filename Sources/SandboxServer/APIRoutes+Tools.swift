/// Schedule, documents, drawings, photos and field tools.
extension APIRoutes {
    static let schedule: [APIRoute] = [
        APIRoute("rest/v1.0/tasks", project: .query, tool: "calendar") { r in r.page(r.list(.tasks, r.projectID)) },
        APIRoute("rest/v1.0/tasks/#", project: .query, tool: "calendar") { r in r.one(r.list(.tasks, r.projectID).record(id: r.id(0))) },
        APIRoute("rest/v1.0/projects/#/schedule/calendar_items", project: .capture(0), tool: "calendar") { r in
            r.page(r.list(.calendarItems, r.projectID))
        },
        APIRoute("rest/v1.0/calendar_events", project: .query, tool: "calendar") { r in r.page(r.list(.calendarItems, r.projectID)) },
        APIRoute("rest/v1.0/task_items", project: .query, tool: "tasks") { r in r.page(r.list(.taskItems, r.projectID)) },
        APIRoute("rest/v1.0/task_items/#", project: .query, tool: "tasks") { r in r.one(r.list(.taskItems, r.projectID).record(id: r.id(0))) },
    ]

    static let documents: [APIRoute] = [
        APIRoute("rest/v1.0/folders", project: .query, tool: "documents") { r in
            guard var root = r.world.documents.root(projectID: r.projectID!) else { return .notFound }
            if r.query["exclude_folders"] == "true" { root = root.setting("folders", []) }
            if r.query["exclude_files"] == "true" { root = root.setting("files", []) }
            return .json(root)
        },
        APIRoute("rest/v1.0/folders/#", project: .query, tool: "documents") { r in
            r.one(r.world.documents.folder(id: r.id(0), projectID: r.projectID!))
        },
        APIRoute("rest/v1.0/files/#", project: .query, tool: "documents") { r in
            r.one(r.world.documents.file(id: r.id(0), projectID: r.projectID!))
        },
        APIRoute("rest/v1.0/file_versions/#", project: .query, tool: "documents") { r in
            let file = r.world.documents.file(id: r.id(0) + DocumentIDs.versionOffset, projectID: r.projectID!)
            guard case let .array(versions)? = file?["file_versions"] else { return .notFound }
            return r.one(versions.first)
        },
        APIRoute("rest/v1.0/projects/#/documents", project: .capture(0), tool: "documents") { r in
            let parent = r.query.id("parent_id") ?? r.query.id("filters[parent_id]")
            let type = r.query["filters[document_type]"] ?? r.query["document_type"]
            guard let list = r.world.documents.documents(projectID: r.projectID!, parentID: parent, documentType: type) else { return .notFound }
            return r.page(list)
        },
        APIRoute("rest/v1.0/companies/#/folders") { r in
            .json(DocumentNode(id: r.id(0) * 10 + 1, name: "Company Documents", path: "Company Documents", parentID: nil,
                               isFolder: true, creator: r.world.me).folderJSON(folders: [], files: []))
        },
        APIRoute("rest/v1.0/companies/#/folders/#") { _ in .notFound },
        APIRoute("rest/v1.0/companies/#/files/#") { _ in .notFound },
        APIRoute("rest/v1.0/companies/#/documents") { r in r.page([]) },
    ]

    static let drawingsAndPhotos: [APIRoute] = [
        APIRoute("rest/v1.0|v1.1/projects/#/drawing_areas", project: .capture(0), tool: "drawing_log") { r in
            r.page(r.list(.drawingAreas, r.projectID))
        },
        APIRoute("rest/v1.0|v1.1/drawing_areas/#/drawings") { r in
            guard let list = r.world.list(.drawings, r.id(0)) else { return .notFound }
            return r.page(list)
        },
        APIRoute("rest/v1.0/projects/#/drawing_revisions", project: .capture(0), tool: "drawing_log") { r in
            var list = r.list(.drawingRevisions, r.projectID)
            list = r.filtered(list, key: "drawing_area_id", values: r.filterValues("drawing_area_id"))
            list = r.filtered(list, key: "drawing_id", values: r.filterValues("drawing_id"))
            list = r.filtered(list, key: "id", values: r.query.all("id[]") + r.query.all("filters[id][]"))
            return r.page(list)
        },
        APIRoute("rest/v1.0/projects/#/drawing_revisions/#", project: .capture(0), tool: "drawing_log") { r in
            r.one(r.list(.drawingRevisions, r.projectID).record(id: r.id(1)))
        },
        APIRoute("rest/v1.0/projects/#/drawing_revisions/#/drawing_tiles", project: .capture(0), tool: "drawing_log") { r in
            guard r.list(.drawingRevisions, r.projectID).record(id: r.id(1)) != nil else { return .notFound }
            return r.page([])
        },
        APIRoute("rest/v1.0/projects/#/drawing_sets", project: .capture(0), tool: "drawing_log") { r in
            r.page(r.list(.drawingSets, r.projectID))
        },
        APIRoute("rest/v1.0/image_categories", project: .query, tool: "images") { r in r.page(r.list(.imageCategories, r.projectID)) },
        APIRoute("rest/v1.0/image_categories/#", project: .query, tool: "images") { r in
            r.one(r.list(.imageCategories, r.projectID).record(id: r.id(0)))
        },
        APIRoute("rest/v1.0/images", project: .query, tool: "images") { r in
            let values = r.query["image_category_id"].map { [$0] } ?? []
            return r.page(r.filtered(r.list(.images, r.projectID), key: "image_category_id", values: values))
        },
        APIRoute("rest/v1.0/images/#", project: .query, tool: "images") { r in r.one(r.list(.images, r.projectID).record(id: r.id(0))) },
    ]

    static let fieldTools: [APIRoute] = [
        APIRoute("rest/v1.0/observations/items", project: .query, tool: "observations") { r in
            r.page(r.filtered(r.list(.observations, r.projectID), key: "status", values: r.filterValues("status")))
        },
        APIRoute("rest/v1.0/observations/items/#", project: .query, tool: "observations") { r in
            r.one(r.list(.observations, r.projectID).record(id: r.id(0)))
        },
        APIRoute("rest/v1.0/observations/types", project: .query, tool: "observations") { r in r.page(r.list(.observationTypes, r.projectID)) },
        APIRoute("rest/v1.0|v1.1/punch_items", project: .query, tool: "punch_list") { r in r.page(r.list(.punchItems, r.projectID)) },
        APIRoute("rest/v1.0|v1.1/punch_items/#", project: .query, tool: "punch_list") { r in
            r.one(r.list(.punchItems, r.projectID).record(id: r.id(0)))
        },
        APIRoute("rest/v1.1/projects/#/meetings", project: .capture(0), tool: "meetings") { r in r.page(r.list(.meetings, r.projectID)) },
        APIRoute("rest/v1.0|v1.1/projects/#/meetings/#", project: .capture(0), tool: "meetings") { r in
            let groups = r.list(.meetings, r.projectID)
            for g in 0..<groups.count {
                if case let .array(meetings)? = groups.record(at: g)["meetings"],
                   let hit = meetings.first(where: { $0["id"]?.intValue == r.id(1) }) { return .json(hit) }
            }
            return .notFound
        },
        APIRoute("rest/v1.0/projects/#/checklist/lists", project: .capture(0), tool: "checklists") { r in
            r.page(r.filtered(r.list(.checklists, r.projectID), key: "status", values: r.filterValues("status")))
        },
        APIRoute("rest/v1.0/projects/#/checklist/lists/#", project: .capture(0), tool: "checklists") { r in
            r.one(r.list(.checklists, r.projectID).record(id: r.id(1)))
        },
        APIRoute("rest/v1.0/change_events", project: .query, tool: "change_events") { r in r.page(r.list(.changeEvents, r.projectID)) },
        APIRoute("rest/v1.0/change_events/#", project: .query, tool: "change_events") { r in
            r.one(r.list(.changeEvents, r.projectID).record(id: r.id(0)))
        },
        APIRoute("rest/v1.0/commitments", project: .query, tool: "contracts") { r in r.page(r.list(.commitments, r.projectID)) },
        APIRoute("rest/v1.0/work_order_contracts", project: .query, tool: "contracts") { r in r.page(r.list(.commitments, r.projectID)) },
        APIRoute("rest/v1.0/purchase_order_contracts", project: .query, tool: "contracts") { r in r.page(r.list(.commitments, r.projectID)) },
    ]
}
