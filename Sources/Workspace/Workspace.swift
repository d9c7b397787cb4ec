import Foundation
import ProcoreAPI

/// Everything the browser knows and decides, free of ncurses: panes, focus, inspector, loads.
///
/// Owned by one thread (the UI thread). Loads run in background tasks and answer with
/// `WorkspaceMessage`s posted to `inbox`; `applyPendingMessages()` applies them on the owner thread.
/// Every load carries its pane's generation, so answers to questions no longer asked are dropped.
public final class Workspace {
    /// The tool catalog.
    public let catalog: ToolCatalog
    /// The API client of the current environment.
    public private(set) var client: ProcoreClient
    /// Background answers arrive here (a new inbox per environment, so nothing of the old one crosses over).
    public private(set) var inbox: Inbox<WorkspaceMessage>
    /// Where downloads are saved.
    public let downloadsDirectory: URL
    /// Downloads of this session, newest last.
    public private(set) var downloads: [DownloadState] = []
    /// The page cache of the current environment.
    public private(set) var cache: PageCache

    /// The Companies pane.
    public private(set) var companies = ListPane(key: .companies, title: "Companies", status: .loading)
    /// The Projects pane.
    public private(set) var projects = ListPane(key: .projects, title: "Projects", status: .waiting("Enter on a company"))
    /// The Tools pane.
    public private(set) var tools = ListPane(key: .tools, title: "Tools", status: .waiting("Enter on a project"))
    /// The Records panes, a stack: index 0 is the tool's list, deeper ones are opened from rows.
    public private(set) var records: [ListPane] = [ListPane(key: .records(depth: 0), title: "Records", status: .waiting("Enter on a tool"))]
    /// Which pane has the keyboard.
    public private(set) var focus: Focus = .companies
    /// The inspector's state.
    public var inspector = InspectorState()
    /// The flash message, while it lasts.
    public private(set) var flash: FlashMessage?
    /// The signed-in user, once known.
    public private(set) var me: Me?

    /// The company whose projects are shown.
    public private(set) var openCompany: Company?
    /// The project whose tools are shown.
    public private(set) var openProject: Project?

    private var pendingLoads = 0
    private var loader: BackgroundLoader { BackgroundLoader(client: client, inbox: inbox, cache: cache) }
    private var tasks: [PaneKey: Task<Void, Never>] = [:]
    private var loadingMore: Set<PaneKey> = []

    /// Creates a workspace over a client; call `start()` to sign in and load the companies.
    public init(client: ProcoreClient, catalog: ToolCatalog, inbox: Inbox<WorkspaceMessage> = Inbox(),
                cache: PageCache = PageCache(),
                downloadsDirectory: URL = FileManager.default.temporaryDirectory.appendingPathComponent("sitewalk-downloads")) {
        self.client = client
        self.catalog = catalog
        self.inbox = inbox
        self.cache = cache
        self.downloadsDirectory = downloadsDirectory
    }

    // MARK: - Environments

    /// Switches to another environment's client: every pane resets, the old environment's requests
    /// are cancelled and their answers can no longer arrive (a fresh inbox), the cache starts empty.
    public func switchEnvironment(to newClient: ProcoreClient) {
        for task in tasks.values { task.cancel() }
        tasks.removeAll()
        loadingMore.removeAll()
        let fresh = Inbox<WorkspaceMessage>()
        if let wake = inbox.wake { fresh.onWake(wake) }
        inbox = fresh
        pendingLoads = 0
        client = newClient
        cache = PageCache(timeToLive: cache.timeToLive)
        me = nil
        openCompany = nil
        openProject = nil
        focus = .companies
        inspector = InspectorState()
        clear(.projects, waiting: "Enter on a company")
        clear(.tools, waiting: "Enter on a project")
        clearRecords(waiting: "Enter on a tool")
        start()
        showFlash("switched to \(newClient.environment.name)")
    }

    // MARK: - Downloads

    /// The file links of the selected record (empty when it has none).
    public var selectedFileLinks: [FileLink] {
        guard let row = selectedRecord, let level = currentRecords.level else { return [] }
        return FileLink.links(in: row.json, level: level)
    }

    /// Starts downloading a link in the background; progress shows in `downloads`.
    public func download(_ link: FileLink) {
        let id = (downloads.last?.id ?? 0) + 1
        let name = link.name ?? link.url.lastPathComponent
        downloads.append(DownloadState(id: id, name: name, progress: nil, phase: .running))
        pendingLoads += 1
        let loader = self.loader, directory = downloadsDirectory
        Task.detached { await loader.download(id: id, link: link, into: directory) }
    }

    /// The download to show in the status bar: a running one, else the latest.
    public var activeDownload: DownloadState? {
        downloads.last { $0.phase == .running } ?? downloads.last
    }

    // MARK: - Status

    /// True when nothing is in flight and nothing waits in the inbox (tests wait on this, never sleep).
    public var isIdle: Bool { pendingLoads == 0 && inbox.isEmpty }

    /// Loads issued whose answer has not been applied yet.
    public var loadsInFlight: Int { pendingLoads }

    /// What the status bar shows.
    public var session: SessionInfo {
        SessionInfo(environmentName: client.environment.name, environmentKind: client.environment.kind,
                    userName: me?.displayName, token: client.tokenStatus, rateLimit: client.rateLimit,
                    loadsInFlight: pendingLoads)
    }

    /// The Records pane shown (the deepest open level).
    public var currentRecords: ListPane { records[records.count - 1] }

    /// The pane that has the keyboard (the Records pane when the inspector is focused).
    public var focusedPane: ListPane {
        switch focus {
        case .companies: return companies
        case .projects: return projects
        case .tools: return tools
        case .records, .inspector: return currentRecords
        }
    }

    /// The record the inspector shows.
    public var selectedRecord: PaneRow? {
        guard case .records = currentRecords.key, currentRecords.level != nil else { return nil }
        return currentRecords.selectedRow
    }

    /// The breadcrumb: company › project › tool › nested levels.
    public var breadcrumb: [String] {
        var parts: [String] = [client.environment.name]
        if let openCompany { parts.append(openCompany.name) }
        if let openProject { parts.append(openProject.name) }
        for pane in records where pane.tool != nil { parts.append(pane.title) }
        return parts
    }

    /// Shows a flash message.
    public func showFlash(_ text: String, level: FlashMessage.Level = .info, seconds: TimeInterval = 4) {
        flash = FlashMessage(text, level: level, seconds: seconds)
    }

    /// Clears an expired flash; true when the screen changed.
    public func expireFlash(now: Date = Date()) -> Bool {
        guard let flash, flash.expires <= now else { return false }
        self.flash = nil
        return true
    }

    /// Keeps a pane's cursor inside a window of `rows` visible rows (the front end calls this with
    /// the height it will draw, so scrolling is stable between frames).
    public func layoutPane(_ pane: Focus, visibleRows rows: Int) {
        switch pane {
        case .companies: companies.keepCursorVisible(height: rows)
        case .projects: projects.keepCursorVisible(height: rows)
        case .tools: tools.keepCursorVisible(height: rows)
        case .records, .inspector: records[records.count - 1].keepCursorVisible(height: rows)
        }
    }

    // MARK: - Start

    /// Signs in (in the background) and then loads the companies.
    public func start() {
        companies.reset(title: "Companies", status: .loading)
        pendingLoads += 1
        let loader = self.loader
        Task.detached { await loader.signIn() }
    }

    // MARK: - Messages

    /// Applies every waiting message; true when anything changed.
    @discardableResult
    public func applyPendingMessages() -> Bool {
        let messages = inbox.drain()
        for message in messages { apply(message) }
        return !messages.isEmpty
    }

    /// Applies one message.
    public func apply(_ message: WorkspaceMessage) {
        switch message {
        case .signedIn(let result):
            pendingLoads = max(0, pendingLoads - 1)
            switch result {
            case .success(let me): self.me = me
            case .failure(let error): showFlash(error.explanation, level: .error, seconds: 8)
            }
            load(.companies, request: APIRequest(path: "/rest/v1.0/companies"), page: 1)
        case .pageLoaded(let key, let generation, let result):
            pendingLoads = max(0, pendingLoads - 1)
            loadingMore.remove(key)
            guard var pane = pane(for: key), pane.generation == generation else { return }
            switch result {
            case .success(let page):
                let rows = makeRows(page, for: pane)
                if page.number == 1 { pane.setRows(rows) } else { pane.appendRows(rows) }
                pane.total = page.total
                let paged = pane.level?.paged ?? true
                pane.nextPage = paged && page.hasNext && !page.items.isEmpty ? page.number + 1 : nil
                pane.status = pane.nextPage == nil ? .complete : .partial(loaded: pane.rows.count, total: page.total)
            case .failure(let error):
                if error.kind == .cancelled { return }
                if pane.rows.isEmpty || page(of: result) == 1 { pane.status = .failed(error) } else {
                    showFlash(error.description, level: .error)
                }
            }
            setPane(pane)
        case .downloadProgress(let id, let progress):
            if let index = downloads.firstIndex(where: { $0.id == id }) {
                downloads[index].progress = progress
                downloads[index].name = progress.fileName
            }
        case .downloadFinished(let id, let result):
            pendingLoads = max(0, pendingLoads - 1)
            guard let index = downloads.firstIndex(where: { $0.id == id }) else { return }
            switch result {
            case .success(let file):
                downloads[index].phase = .finished(file)
                showFlash("saved \(file.path)", seconds: 8)
            case .failure(let failure):
                downloads[index].phase = .failed(failure.message)
                showFlash("download failed: \(failure.message)", level: .error, seconds: 8)
            }
        case .toolsLoaded(let generation, let result):
            pendingLoads = max(0, pendingLoads - 1)
            guard tools.generation == generation else { return }
            var available = catalog.projectTools
            var note: String?
            switch result {
            case .success(let projectTools):
                let active = Set(projectTools.filter(\.isActive).map(\.engineName))
                let known = Set(projectTools.map(\.engineName))
                available = available.filter { tool in
                    tool.engines.isEmpty || tool.engines.contains(where: active.contains)
                        || !tool.engines.contains(where: known.contains)
                }
            case .failure(let error):
                if error.kind == .cancelled { return }
                note = "tool list unavailable (\(error.explanation)); showing the full catalog"
            }
            var rows = available.map { PaneRow(id: nil, title: $0.title, tool: $0) }
            rows += catalog.companyTools.map { PaneRow(id: nil, title: "\($0.title) (company)", tool: $0) }
            tools.setRows(rows)
            tools.status = .complete
            if let note { showFlash(note, level: .error, seconds: 6) }
        }
    }

    private func page(of result: Result<Page, ProcoreError>) -> Int? {
        if case .success(let page) = result { return page.number }
        return nil
    }

    // MARK: - Actions

    /// Handles one action from the front end.
    public func handle(_ action: WorkspaceAction) {
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
        case .setFilter(let text): updateFocused { $0.setFilter(text) }
        case .cycleSort: updateFocused { $0.cycleSort(columnCount: $0.level?.columns.count ?? 0) }
        case .toggleInspectorMode:
            inspector.mode = inspector.mode == .fields ? .json : .fields
            inspector.scroll = 0
        case .scrollInspector(let delta): inspector.scroll = max(0, inspector.scroll + delta)
        }
    }

    private func moveCursor(_ body: (inout ListPane) -> Void) {
        if focus == .inspector {
            var probe = ListPane(key: .records(depth: 0), title: "", status: .complete)
            body(&probe)
            return
        }
        let before = focusedPane.selectedRow?.id
        let beforeTitle = focusedPane.selectedRow?.title
        updateFocused(body)
        inspector.scroll = 0
        if focusedPane.selectedRow?.id != before || focusedPane.selectedRow?.title != beforeTitle { selectionChanged() }
        loadMoreIfNeeded()
    }

    private func updateFocused(_ body: (inout ListPane) -> Void) {
        switch focus {
        case .companies: body(&companies)
        case .projects: body(&projects)
        case .tools: body(&tools)
        case .records, .inspector: body(&records[records.count - 1])
        }
    }

    /// When the cursor leaves the opened row of a parent pane, the panes to its right no longer
    /// describe it: clear them (and drop their answers) rather than show stale data.
    private func selectionChanged() {
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

    private func loadMoreIfNeeded() {
        let pane = focusedPane
        guard let next = pane.nextPage, !loadingMore.contains(pane.key), let request = pane.request,
              pane.cursor >= pane.visible.count - 30 else { return }
        loadingMore.insert(pane.key)
        load(pane.key, request: request, page: next, generation: pane.generation)
    }

    private func open() {
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
            records = [ListPane(key: .records(depth: 0), title: tool.title, status: .loading)]
            openLevel(tool: tool, levelIndex: 0, depth: 0, parent: nil, useChildPath: false)
            focus = .records
        case .records:
            openRecord()
        case .inspector:
            break
        }
    }

    private func openRecord() {
        let pane = currentRecords
        guard let tool = pane.tool, let level = pane.level, let row = pane.selectedRow else { return }
        let depth = records.count
        if level.recursive, row.isFolder {
            records.append(ListPane(key: .records(depth: depth), title: row.title, status: .loading))
            openLevel(tool: tool, levelIndex: pane.levelIndex, depth: depth, parent: row, useChildPath: true)
        } else if level.shape == .folder, let target = level.opensFiles,
                  let index = tool.levels.firstIndex(where: { $0.id == target }) {
            records.append(ListPane(key: .records(depth: depth), title: row.title, status: .loading))
            openLevel(tool: tool, levelIndex: index, depth: depth, parent: row, useChildPath: false)
        } else if level.opensFiles == nil, pane.levelIndex + 1 < tool.levels.count, tool.levels[pane.levelIndex + 1].id == nil {
            records.append(ListPane(key: .records(depth: depth), title: row.title, status: .loading))
            openLevel(tool: tool, levelIndex: pane.levelIndex + 1, depth: depth, parent: row, useChildPath: false)
        } else {
            focus = .inspector
            inspector.scroll = 0
        }
    }

    private func back() {
        switch focus {
        case .inspector: focus = .records
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

    private func reload() {
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

    // MARK: - Loading

    private func openLevel(tool: ToolDefinition, levelIndex: Int, depth: Int, parent: PaneRow?, useChildPath: Bool) {
        let level = tool.levels[levelIndex]
        var values: [String: String] = [:]
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

    private func loadTools(projectID: Int64, companyID: Int64) {
        let generation = tools.generation
        tasks[.tools]?.cancel()
        pendingLoads += 1
        let loader = self.loader
        tasks[.tools] = Task.detached { await loader.loadTools(projectID: projectID, companyID: companyID, generation: generation) }
    }

    private func load(_ key: PaneKey, request: APIRequest, page number: Int, generation: Int? = nil, useCache: Bool = true) {
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
        let paged = self.pane(for: key)?.level?.paged ?? true
        let task = Task.detached {
            await loader.loadPage(key, request: request, number: number, generation: generation, paged: paged, useCache: useCache)
        }
        if number == 1 { tasks[key] = task }
    }

    private func clear(_ key: PaneKey, waiting: String) {
        tasks[key]?.cancel()
        guard var pane = pane(for: key) else { return }
        pane.reset(title: key == .projects ? "Projects" : key == .tools ? "Tools" : pane.title, status: .waiting(waiting))
        setPane(pane)
    }

    private func clearRecords(waiting: String) {
        for pane in records { tasks[pane.key]?.cancel() }
        var first = records[0]
        first.reset(title: "Records", status: .waiting(waiting))
        first.tool = nil
        first.level = nil
        first.levelIndex = 0
        records = [first]
    }

    private func pane(for key: PaneKey) -> ListPane? {
        switch key {
        case .companies: return companies
        case .projects: return projects
        case .tools: return tools
        case .records(let depth): return depth < records.count ? records[depth] : nil
        }
    }

    private func setPane(_ pane: ListPane) {
        switch pane.key {
        case .companies: companies = pane
        case .projects: projects = pane
        case .tools: tools = pane
        case .records(let depth): if depth < records.count { records[depth] = pane }
        }
    }

    private func makeRows(_ page: Page, for pane: ListPane) -> [PaneRow] {
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
            return RecordShaper.rows(from: page.body, level: level)
        }
    }

}
