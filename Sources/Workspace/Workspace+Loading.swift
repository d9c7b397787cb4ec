import Foundation
import ProcoreAPI

extension Workspace {
    // MARK: - Loading

    func openLevel(tool: ToolDefinition, levelIndex: Int, depth: Int, parent: PaneRow?, useChildPath: Bool) {
        let level = tool.levels[levelIndex]
        var values = PathTemplate.dateValues()
        if let company = openCompany { values["company_id"] = String(company.id) }
        if let project = openProject { values["project_id"] = String(project.id) }
        if let id = parent?.id { values["parent_id"] = String(id); values["id"] = String(id) }
        var pane = records[depth]
        pane.tool = tool
        pane.level = level
        pane.levelIndex = levelIndex
        let template = useChildPath ? (level.childPath ?? level.path) : level.path
        guard let path = PathTemplate.fill(template, values) else {
            pane.status = .failed(ProcoreError(.clientError, method: "GET", path: template, message: "missing a company or project for this tool"))
            records[depth] = pane
            return
        }
        var query: [APIRequest.QueryItem] = []
        for (name, valueTemplate) in (level.query ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let value = PathTemplate.fill(valueTemplate, values) { query.append(.init(name, value)) }
        }
        let request = APIRequest(path: path, query: query, companyID: level.companyHeader ? openCompany?.id : nil)
        pane.request = request
        pane.status = .loading
        records[depth] = pane
        load(.records(depth: depth), request: request, page: 1, generation: pane.generation)
    }

    func loadTools(projectID: Int64, companyID: Int64) {
        let generation = tools.generation
        tasks[.tools]?.cancel()
        pendingLoads += 1
        let loader = self.loader
        tasks[.tools] = Task.detached { await loader.loadTools(projectID: projectID, companyID: companyID, generation: generation) }
    }

    func load(_ key: PaneKey, request: APIRequest, page number: Int, generation: Int? = nil, useCache: Bool = true) {
        let generation = generation ?? self.pane(for: key)?.generation ?? 0
        if number == 1 {
            tasks[key]?.cancel()
            if var pane = pane(for: key) {
                pane.request = request
                setPane(pane)
            }
        }
        pendingLoads += 1
        let loader = self.loader
        let level = self.pane(for: key)?.level
        let paged = level?.paged ?? true
        // Records of an array level keep the bytes they came in (a range each of the page's buffer).
        let keepBytes: Bool
        if case .records = key, level?.shape == .array { keepBytes = true } else { keepBytes = false }
        let task = Task.detached {
            await loader.loadPage(key, request: request, number: number, generation: generation, paged: paged,
                                  keepingBytes: keepBytes, useCache: useCache)
        }
        if number == 1 { tasks[key] = task }
    }

    /// A Records pane for a new question, with a generation no earlier answer carries.
    func newRecordsPane(depth: Int, title: String) -> ListPane {
        var pane = ListPane(key: .records(depth: depth), title: title, status: .loading)
        pane.generation = GenerationCounter.next()
        return pane
    }

    func clear(_ key: PaneKey, waiting: String) {
        tasks[key]?.cancel()
        guard var pane = pane(for: key) else { return }
        pane.reset(title: key == .projects ? "Projects" : key == .tools ? "Tools" : pane.title, status: .waiting(waiting))
        setPane(pane)
    }

    func clearRecords(waiting: String) {
        for pane in records { tasks[pane.key]?.cancel() }
        var first = records[0]
        first.reset(title: "Records", status: .waiting(waiting))
        first.tool = nil
        first.level = nil
        first.levelIndex = 0
        records = [first]
    }

    func pane(for key: PaneKey) -> ListPane? {
        switch key {
        case .companies: return companies
        case .projects: return projects
        case .tools: return tools
        case .records(let depth): return depth < records.count ? records[depth] : nil
        }
    }

    func setPane(_ pane: ListPane) {
        switch pane.key {
        case .companies: companies = pane
        case .projects: projects = pane
        case .tools: tools = pane
        case .records(let depth): if depth < records.count { records[depth] = pane }
        }
    }

    func makeRows(_ page: Page, for pane: ListPane) -> [PaneRow] {
        switch pane.key {
        case .companies:
            return page.items.compactMap { item in Company(json: item).map { PaneRow(id: $0.id, title: $0.name, json: item) } }
        case .projects:
            let companyID = openCompany?.id ?? 0
            return page.items.compactMap { item in
                Project(json: item, companyID: companyID).map { PaneRow(id: $0.id, title: $0.name, json: item) }
            }
        case .tools:
            return []
        case .records:
            guard let level = pane.level else { return [] }
            return RecordShaper.rows(from: page, level: level)
        }
    }

}
