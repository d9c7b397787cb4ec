import Foundation
import ProcoreAPI

extension Workspace {
    // MARK: - Actions

    /// Handles one action from the front end.
    public func handle(_ action: WorkspaceAction) {
        deepLink = nil
        perform(action)
    }

    /// Carries out an action (for the person, through `handle`, or for a deep link being followed).
    func perform(_ action: WorkspaceAction) {
        switch action {
        case .move(let delta): moveCursor { $0.move(by: delta) }
        case .page(let rows): moveCursor { $0.move(by: rows) }
        case .top: moveCursor { $0.moveTo(0) }
        case .bottom: moveCursor { $0.moveTo(Int.max / 2) }
        case .select(let index): moveCursor { $0.moveTo(index) }
        case .open: open()
        case .back: back()
        case .nextPane: focus = Focus(rawValue: min(Focus.inspector.rawValue, focus.rawValue + 1)) ?? focus
        case .previousPane: focus = Focus(rawValue: max(0, focus.rawValue - 1)) ?? focus
        case .focus(let target): focus = target
        case .reload: reload()
        case .setFilter(let text): changeQuery { $0.setFilter(text, deferQuery: $1) }
        case .sort(let column, let ascending):
            changeQuery { pane, deferQuery in pane.setSort(column.map { ($0, ascending) }, deferQuery: deferQuery) }
        case .cycleSort: changeQuery { $0.cycleSort(columnCount: $0.level?.columns.count ?? 0, deferQuery: $1) }
        case .toggleInspectorMode:
            inspector.mode = inspector.mode == .fields ? .json : .fields
            inspector.scroll = 0
            inspector.search?.current = nil
            inspector.revealMatch = false
        case .scrollInspector(let delta): moveInInspector(by: delta)
        case .foldAll(let folded): foldAll(folded)
        case .searchInspector(let query): searchInspector(query)
        case .nextInspectorMatch(let step): nextInspectorMatch(step)
        }
    }

    func moveCursor(_ body: (inout ListPane) -> Void) {
        if focus == .inspector {
            var probe = ListPane(key: .records(depth: 0), title: "", status: .complete)
            body(&probe)
            return
        }
        let before = focusedPane.selectedRow?.id
        let beforeTitle = focusedPane.selectedRow?.title
        updateFocused(body)
        if focusedPane.selectedRow?.id != before || focusedPane.selectedRow?.title != beforeTitle {
            inspectorRecordChanged()
            selectionChanged()
        }
        loadMoreIfNeeded()
    }

    func updateFocused(_ body: (inout ListPane) -> Void) {
        switch focus {
        case .companies: body(&companies)
        case .projects: body(&projects)
        case .tools: body(&tools)
        case .records, .inspector: body(&records[records.count - 1])
        }
    }

    /// When the cursor leaves the opened row of a parent pane, the panes to its right no longer
    /// describe it: clear them (and drop their answers) rather than show stale data.
    func selectionChanged() {
        switch focus {
        case .companies where companies.selectedRow?.id != openCompany?.id && openCompany != nil:
            openCompany = nil
            openProject = nil
            clear(.projects, waiting: "Enter on a company")
            clear(.tools, waiting: "Enter on a project")
            clearRecords(waiting: "Enter on a tool")
        case .projects where projects.selectedRow?.id != openProject?.id && openProject != nil:
            openProject = nil
            clear(.tools, waiting: "Enter on a project")
            clearRecords(waiting: "Enter on a tool")
        case .tools where records.first?.tool != nil && tools.selectedRow?.tool != records.first?.tool:
            clearRecords(waiting: "Enter on a tool")
        default: break
        }
    }

    func loadMoreIfNeeded() {
        let pane = focusedPane
        guard let next = pane.nextPage, !pane.isLoadingAll, !loadingMore.contains(pane.key), let request = pane.request,
              pane.cursor >= pane.visible.count - 30 else { return }
        loadingMore.insert(pane.key)
        load(pane.key, request: request, page: next, generation: pane.generation)
    }

    func open() {
        switch focus {
        case .companies:
            guard let row = companies.selectedRow, let id = row.id else { return }
            let company = Company(json: row.json) ?? Company(id: id, name: row.title)
            openCompany = company
            openProject = nil
            clear(.tools, waiting: "Enter on a project")
            clearRecords(waiting: "Enter on a tool")
            projects.reset(title: "Projects · \(company.name)", status: .loading)
            load(.projects, request: APIRequest(path: "/rest/v1.1/projects", query: [.init("company_id", String(id))], companyID: id), page: 1)
            focus = .projects
        case .projects:
            guard let company = openCompany, let row = projects.selectedRow, let id = row.id else { return }
            openProject = Project(json: row.json, companyID: company.id) ?? Project(id: id, name: row.title, companyID: company.id)
            clearRecords(waiting: "Enter on a tool")
            tools.reset(title: "Tools", status: .loading)
            loadTools(projectID: id, companyID: company.id)
            focus = .tools
        case .tools:
            guard let tool = tools.selectedRow?.tool else { return }
            for pane in records { tasks[pane.key]?.cancel() }
            records = [newRecordsPane(depth: 0, title: tool.title)]
            openLevel(tool: tool, levelIndex: 0, depth: 0, parent: nil, useChildPath: false)
            focus = .records
        case .records:
            openRecord()
        case .inspector:
            openInInspector()
        }
    }

    func openRecord() {
        let pane = currentRecords
        guard let tool = pane.tool, let level = pane.level, let row = pane.selectedRow else { return }
        let depth = records.count
        if level.recursive, row.isFolder {
            records.append(newRecordsPane(depth: depth, title: row.title))
            openLevel(tool: tool, levelIndex: pane.levelIndex, depth: depth, parent: row, useChildPath: true)
        } else if level.shape == .folder, let target = level.opensFiles,
                  let index = tool.levels.firstIndex(where: { $0.id == target }) {
            records.append(newRecordsPane(depth: depth, title: row.title))
            openLevel(tool: tool, levelIndex: index, depth: depth, parent: row, useChildPath: false)
        } else if level.opensFiles == nil, pane.levelIndex + 1 < tool.levels.count, tool.levels[pane.levelIndex + 1].id == nil {
            records.append(newRecordsPane(depth: depth, title: row.title))
            openLevel(tool: tool, levelIndex: pane.levelIndex + 1, depth: depth, parent: row, useChildPath: false)
        } else {
            focus = .inspector
            inspector.scroll = 0
        }
    }

    func back() {
        switch focus {
        case .inspector: backInInspector()
        case .records:
            if records.count > 1 {
                let key = records[records.count - 1].key
                tasks[key]?.cancel()
                records.removeLast()
            } else {
                focus = .tools
            }
        case .tools: focus = .projects
        case .projects: focus = .companies
        case .companies: break
        }
    }

    func reload() {
        let pane = focusedPane
        if pane.key == .tools, let project = openProject {
            tools.reset(title: tools.title, status: .loading)
            loadTools(projectID: project.id, companyID: project.companyID)
            return
        }
        guard let request = pane.request else { return }
        cache.invalidate(request)
        var fresh = pane
        fresh.reset(title: pane.title, status: .loading)
        fresh.request = request
        setPane(fresh)
        load(pane.key, request: request, page: 1, generation: fresh.generation, useCache: false)
    }

}
