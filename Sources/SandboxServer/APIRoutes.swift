/// The route table of the API origin: every read-only endpoint of procore-api.md §7.
enum APIRoutes {
    static let all: [APIRoute] = core + projectTools + schedule + documents + drawingsAndPhotos + fieldTools + dailyLogs

    /// Who am I, companies, projects, users.
    static let core: [APIRoute] = [
        APIRoute("rest/v1.0/me", exempt: true) { r in
            let me = r.world.me
            return .json(["id": .int(me.id), "login": .string(me.login), "name": .string(me.name)])
        },
        APIRoute("rest/v1.0|v1.1|v1.2|v1.3/companies/#/me") { r in
            guard r.world.companies.record(id: r.id(0)) != nil else { return .notFound }
            let me = r.world.me
            return .json(["id": .int(me.id), "login": .string(me.login), "name": .string(me.name)])
        },
        APIRoute("rest/v1.0/companies", exempt: true) { r in r.page(r.world.companies) },
        APIRoute("rest/v1.1/projects") { r in
            guard let company = r.query.id("company_id") ?? r.companyID else { return .message("company_id is missing", status: 400) }
            guard let list = r.world.list(.projects, company) else { return .notFound }
            return r.page(list)
        },
        APIRoute("rest/v1.0/projects") { r in
            // v1.0 items are the short shape of `projects_list_item_docs.json`.
            guard let company = r.query.id("company_id") ?? r.companyID else { return .message("company_id is missing", status: 400) }
            guard let list = r.world.list(.companyProjects, company) else { return .notFound }
            return r.page(GeneratedRecordList(count: list.count, make: { ProjectRecord.v10(list.record(at: $0)) },
                                              position: { _ in nil }))
        },
        APIRoute("rest/v1.0|v1.1/projects/#", project: .capture(0)) { r in r.one(r.world.project(r.id(0))) },
        APIRoute("rest/v1.0/company_base_url") { r in
            .json(["zone": "us01", "web_base_url": .string(r.apiBase)])
        },
        APIRoute("rest/v1.0/companies/#/projects") { r in
            guard let list = r.world.list(.companyProjects, r.id(0)) else { return .notFound }
            return r.page(list)
        },
        APIRoute("rest/v1.0|v1.1|v1.2|v1.3/companies/#/users") { r in
            guard let list = r.world.list(.companyUsers, r.id(0)) else { return .notFound }
            return r.page(list)
        },
        APIRoute("rest/v1.0|v1.1|v1.2|v1.3/companies/#/users/#") { r in
            r.one(r.world.list(.companyUsers, r.id(0))?.record(id: r.id(1)))
        },
        APIRoute("rest/v1.0/projects/#/users", project: .capture(0), tool: "directory") { r in
            r.page(r.world.list(.projectUsers, r.id(0)) ?? ArrayRecordList([]))
        },
        APIRoute("rest/v1.0/projects/#/users/inactive", project: .capture(0), tool: "directory") { r in r.page([]) },
        APIRoute("rest/v1.0/projects/#/users/#", project: .capture(0), tool: "directory") { r in
            r.one(r.world.list(.projectUsers, r.id(0))?.record(id: r.id(1)))
        },
    ]

    /// RFIs and submittals.
    static let projectTools: [APIRoute] = [
        APIRoute("rest/v1.0|v1.1/projects/#/rfis", project: .capture(0), tool: "rfi") { r in
            r.page(r.filtered(r.list(.rfis, r.projectID), key: "status", values: r.filterValues("status")))
        },
        APIRoute("rest/v1.0|v1.1/projects/#/rfis/#", project: .capture(0), tool: "rfi") { r in
            r.one(r.list(.rfis, r.projectID).record(id: r.id(1)))
        },
        APIRoute("rest/v1.0|v1.1/projects/#/submittals", project: .capture(0), tool: "submittal_log") { r in
            r.page(r.list(.submittals, r.projectID))
        },
        APIRoute("rest/v1.0|v1.1/projects/#/submittals/#", project: .capture(0), tool: "submittal_log") { r in
            r.one(r.list(.submittals, r.projectID).record(id: r.id(1)))
        },
        APIRoute("rest/v1.0/projects/#/tools", project: .capture(0)) { r in
            let values = r.filterValues("is_active")
            return r.page(r.filtered(r.list(.tools, r.projectID), key: "is_active", values: values))
        },
        APIRoute("rest/v1.0/settings/permissions", project: .query) { r in
            .json(ProjectToolCatalog.permissions(projectID: r.projectID!, disabled: r.world.disabledTools[r.projectID!] ?? [:]))
        },
        APIRoute("rest/v1.0/companies/#/generic_tools") { r in r.page([]) },
        APIRoute("rest/v1.0/projects/#/generic_tools/#/generic_tool_items", project: .capture(0)) { _ in .notFound },
    ]
}
