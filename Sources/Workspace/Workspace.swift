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
    public internal(set) var client: ProcoreClient
    /// Background answers arrive here (a new inbox per environment, so nothing of the old one crosses over).
    public internal(set) var inbox: Inbox<WorkspaceMessage>
    /// Where downloads are saved.
    public let downloadsDirectory: URL
    /// Downloads of this session, newest last.
    public internal(set) var downloads: [DownloadState] = []
    /// The page cache of the current environment.
    public internal(set) var cache: PageCache

    /// The Companies pane.
    public internal(set) var companies = ListPane(key: .companies, title: "Companies", status: .loading)
    /// The Projects pane.
    public internal(set) var projects = ListPane(key: .projects, title: "Projects", status: .waiting("Enter on a company"))
    /// The Tools pane.
    public internal(set) var tools = ListPane(key: .tools, title: "Tools", status: .waiting("Enter on a project"))
    /// The Records panes, a stack: index 0 is the tool's list, deeper ones are opened from rows.
    public internal(set) var records: [ListPane] = [ListPane(key: .records(depth: 0), title: "Records", status: .waiting("Enter on a tool"))]
    /// Which pane has the keyboard.
    public internal(set) var focus: Focus = .companies
    /// The inspector's state.
    public var inspector = InspectorState()
    /// The flash message, while it lasts.
    public internal(set) var flash: FlashMessage?
    /// The signed-in user, once known.
    public internal(set) var me: Me?

    /// The company whose projects are shown.
    public internal(set) var openCompany: Company?
    /// The project whose tools are shown.
    public internal(set) var openProject: Project?

    /// Lists with at least this many rows are filtered and sorted in a background task, so typing
    /// never waits; smaller ones synchronously.
    public var backgroundQueryThreshold = 5_000
    /// Records per page when fetching every remaining page at once (after a filter or sort).
    public var bulkPageSize = 1_000

    var pendingLoads = 0
    var deepLink: DeepLinkProgress?
    var queryTasks: [PaneKey: Task<Void, Never>] = [:]
    var loader: BackgroundLoader { BackgroundLoader(client: client, inbox: inbox, cache: cache) }
    var tasks: [PaneKey: Task<Void, Never>] = [:]
    var loadingMore: Set<PaneKey> = []

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
        deepLink = nil
        for task in queryTasks.values { task.cancel() }
        queryTasks.removeAll()
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

    /// Applies answers as they arrive until the workspace is idle or `timeout` seconds pass; true when
    /// idle. Blocks the calling (owner) thread; scripted front ends use it instead of sleeping.
    @discardableResult
    public func waitUntilIdle(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            applyPendingMessages()
            if isIdle { return true }
            if Date() >= deadline { return false }
            _ = inbox.wait(until: deadline)
        }
    }

    /// Like `waitUntilIdle(timeout:)`, but suspends instead of blocking a thread (for async callers
    /// such as tests, which must not hold the threads the background loads run on).
    @discardableResult
    public func waitUntilIdle(timeout: TimeInterval) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            applyPendingMessages()
            if isIdle { return true }
            if Date() >= deadline { return false }
            _ = await inbox.next(until: deadline)
        }
    }

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

    /// Starts on `client` instead of the one given at creation: for a front end that draws its first
    /// frame before the client's server is up (nothing was loaded with the first client).
    public func start(on client: ProcoreClient) {
        self.client = client
        start()
    }

    /// Signs in (in the background) and then loads the companies.
    public func start() {
        companies.reset(title: "Companies", status: .loading)
        pendingLoads += 1
        let loader = self.loader
        Task.detached { await loader.signIn() }
    }

}
