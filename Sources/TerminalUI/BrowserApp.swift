import Foundation
import ProcoreAPI
import Workspace

/// The event loop: one UI thread owns the workspace and ncurses. It waits for a key or a wake-up,
/// applies background messages, and redraws what changed.
public final class BrowserApp {
    /// The workspace shown.
    public let workspace: Workspace
    /// The keymap in force.
    public let keymap: Keymap
    /// The environments `e` and `:env` offer (nil: none besides the current one).
    public let environments: EnvironmentProvider?
    /// Where `:theme` finds themes (nil: `:theme` is unavailable).
    public let themes: ThemeLibrary?
    /// The `:` commands.
    let commands: CommandTable
    /// The process environment (`TMUX` decides how OSC 52 is wrapped).
    let processEnvironment: [String: String]
    /// Where copied text goes; by default OSC 52 straight to the terminal.
    var clipboardWriter: ((String) -> Void)?
    var state = BrowserUIState()
    let wakePipe = WakePipe()
    /// The answer of the code sign-in in flight (nil: none in flight).
    var codeSignIn: LockedBox<Result<ProcoreClient, any Error>?>?
    var terminal: CursesTerminal?
    var theme: Theme
    var running = true
    private var lastSecond = 0
    private let trace = FrameTrace()
    private var frame = Canvas(width: 0, height: 0)
    private var spareFrame = Canvas(width: 0, height: 0)
    /// How long the parts of the last frame took (layout, inspector settle, render, terminal draw, of which refresh), for the trace.
    private var lastPhases: [UInt64] = []
    /// Where the inspector was drawn in the last frame.
    private var lastInspectorRect: Rect?

    /// Creates the app; `run()` takes over the terminal.
    public init(workspace: Workspace, keymap: Keymap = .defaults, theme: Theme, environments: EnvironmentProvider? = nil,
                themes: ThemeLibrary? = nil, processEnvironment: [String: String] = ProcessInfo.processInfo.environment) {
        self.workspace = workspace
        self.keymap = keymap
        self.theme = theme
        self.environments = environments
        self.themes = themes
        self.processEnvironment = processEnvironment
        self.commands = CommandTable(keymap: keymap,
                                     environmentNames: { environments?.environments().map(\.name) ?? [] },
                                     themeNames: { themes?.names() ?? [] })
    }

    /// Runs until the user quits or a signal arrives; restores the terminal on every path.
    public func run() {
        try? run(connecting: nil)
    }

    /// Runs like `run()`, but draws the first frame (empty panes, "loading") before calling `connect`
    /// and starts the workspace on the client it returns: the embedded simulator starts while the
    /// terminal is set up and the first frame is drawn. An error from `connect` ends the browser (the
    /// terminal restored) and is rethrown.
    public func run(connecting connect: (() throws -> ProcoreClient)?) throws {
        SignalTrap.install(waking: wakePipe)
        let terminal = CursesTerminal(theme: theme, wakePipe: wakePipe)
        self.terminal = terminal
        defer { terminal.restore() }
        state.borders = terminal.unicode ? .unicode : .ascii
        let pipe = wakePipe
        workspace.inbox.onWake { pipe.wake() }
        var dirty = true
        if let connect {
            draw(terminal)
            trace.frameFlushed(companiesShown: false)
            workspace.start(on: try connect())
        } else {
            workspace.start()
        }
        var keyReadAt: UInt64?
        var inspectorKeyReadAt: UInt64?
        // Keys that only moved the cursor of the focused list: its frame goes out first, the inspector next.
        var deferInspector = false
        while running {
            if SignalTrap.pendingSignal != nil || terminal.hungUp { break }
            if dirty {
                let deferred = draw(terminal, deferringInspector: deferInspector)
                deferInspector = false
                dirty = deferred  // a deferred inspector is drawn in the very next frame
                if let readAt = keyReadAt {
                    trace.keyAnswered(readAt: readAt, rows: workspace.focusedPane.visible.count)
                    trace.phases(lastPhases)
                    keyReadAt = nil
                    inspectorKeyReadAt = readAt
                }
                if !deferred, let readAt = inspectorKeyReadAt {
                    trace.inspectorAnswered(readAt: readAt)
                    inspectorKeyReadAt = nil
                }
                trace.frameFlushed(companiesShown: !workspace.companies.visible.isEmpty)
                if trace.shouldExit { break }
            }
            let timeout: Int32 = dirty ? 0 : workspace.loadsInFlight > 0 ? 80 : 250
            let keys = terminal.readKeys(timeout: timeout)
            if trace.isOn, !keys.isEmpty { keyReadAt = FrameTrace.now() }
            let before = (focus: workspace.focus, depth: workspace.records.count, cursor: workspace.currentRecords.cursor)
            for key in keys {
                if key == .resize { terminal.invalidate() }
                handle(key)
                if !running { break }
            }
            if !keys.isEmpty {
                dirty = true
                deferInspector = state.mode == .normal && before.focus == .records && workspace.focus == .records
                    && before.depth == workspace.records.count && before.cursor != workspace.currentRecords.cursor
            }
            if workspace.applyPendingMessages() {
                dirty = true
                if trace.isOn {
                    trace.state(focus: workspace.focus.rawValue, rows: workspace.focusedPane.visible.count, idle: workspace.isIdle)
                }
            }
            if workspace.expireFlash() { dirty = true }
            if finishCodeSignIn() { dirty = true }
            if workspace.loadsInFlight > 0 {
                state.spinnerFrame &+= 1
                dirty = true
            }
            let second = Int(Date().timeIntervalSince1970)
            if second != lastSecond {
                lastSecond = second
                dirty = true
            }
        }
    }

    /// Draws a frame. With `deferringInspector` (the cursor moved in the focused list), the inspector
    /// keeps the previous frame's cells when it sits in the same place, so the cursor's frame is out at
    /// once; the caller draws again right away, and that frame shows the new record. Returns whether
    /// the inspector was deferred.
    @discardableResult
    private func draw(_ terminal: CursesTerminal, deferringInspector: Bool = false) -> Bool {
        let t0 = FrameTrace.now()
        let (width, height) = terminal.size()
        state.now = Date()
        let body = Rect(x: 0, y: 1, width: width, height: max(0, height - 3))
        for (pane, rect) in PaneLayout.columns(in: body, focus: workspace.focus) where pane != .inspector {
            let headerRows = (pane == .records && workspace.currentRecords.level != nil) ? 1 : 0
            workspace.layoutPane(pane, visibleRows: rect.height - 2 - headerRows)
        }
        if case .help(let scroll) = state.mode {
            state.mode = .help(scroll: HelpOverlay.settledScroll(scroll, keymap: keymap, in: body))
        }
        let t1 = FrameTrace.now()
        let inspectorRect = BrowserScreen.inspectorRect(workspace, width: width, height: height)
        let deferred = deferringInspector && inspectorRect != nil && inspectorRect == lastInspectorRect
            && frame.width == width && frame.height == height && state.mode == .normal
        if !deferred { BrowserScreen.settleInspector(workspace, width: width, height: height, state: state) }
        let t2 = FrameTrace.now()
        // Two canvases take turns: the terminal keeps the last one drawn to diff against, and the other
        // is free to be drawn into again without allocating.
        swap(&frame, &spareFrame)
        BrowserScreen.render(workspace, keymap: keymap, state: state, into: &frame, width: width, height: height,
                             skippingInspector: deferred)
        if deferred, let inspectorRect { frame.copy(inspectorRect, from: spareFrame) }
        lastInspectorRect = inspectorRect
        let t3 = FrameTrace.now()
        terminal.draw(frame)
        let t4 = FrameTrace.now()
        if trace.isOn { lastPhases = [t1 - t0, t2 - t1, t3 - t2, t4 - t3, terminal.lastRefreshNanoseconds] }
        return deferred
    }

    private var pageRows: Int {
        let height = terminal?.size().height ?? 24
        return max(1, height - 7)
    }

    /// Handles one key in the current mode.
    func handle(_ key: KeyEvent) {
        if key == .ctrl("c") { running = false; return }
        switch state.mode {
        case .filtering(var text):
            switch key {
            case .enter: state.mode = .normal
            case .escape:
                state.mode = .normal
                workspace.handle(.setFilter(""))
            case .backspace:
                if !text.isEmpty { text.removeLast() }
                state.mode = .filtering(text)
                workspace.handle(.setFilter(text))
            case .char(let c):
                text.append(c)
                state.mode = .filtering(text)
                workspace.handle(.setFilter(text))
            case .up: workspace.handle(.move(-1))
            case .down: workspace.handle(.move(1))
            default: break
            }
            return
        case .searching(var text):
            switch key {
            case .enter: state.mode = .normal
            case .escape:
                state.mode = .normal
                workspace.handle(.searchInspector(""))
            case .backspace:
                if !text.isEmpty { text.removeLast() }
                state.mode = .searching(text)
                workspace.handle(.searchInspector(text))
            case .char(let c):
                text.append(c)
                state.mode = .searching(text)
                workspace.handle(.searchInspector(text))
            case .up: moveInInspector(-1)
            case .down: moveInInspector(1)
            default: break
            }
            return
        case .help(let scroll):
            switch key {
            case .escape, .char("?"), .char("q"), .function(1), .enter: state.mode = .normal
            case .down, .char("j"): state.mode = .help(scroll: scroll + 1)
            case .up, .char("k"): state.mode = .help(scroll: max(0, scroll - 1))
            default: break
            }
            return
        case .command(let text):
            handleCommand(key, text)
            return
        case .picker(let picker):
            handlePicker(key, picker)
            return
        case .normal:
            break
        }
        switch key {
        case .resize: return
        case .click(let x, let y): click(x: x, y: y); return
        case .wheel(let delta):
            if workspace.focus == .inspector { moveInInspector(delta) } else { workspace.handle(.move(delta)) }
            return
        default: break
        }
        guard let action = keymap.action(for: key) else { return }
        // Esc leaves the inspector at once; ← and h fold and climb the tree first.
        if key == .escape, action == .back, workspace.focus == .inspector {
            workspace.handle(.focus(.records))
            return
        }
        perform(action)
    }

    /// Does what an action id means (from a key or a `:` command).
    func perform(_ action: ActionID) {
        let inInspector = workspace.focus == .inspector
        switch action {
        case .moveUp: if inInspector { moveInInspector(-1) } else { workspace.handle(.move(-1)) }
        case .moveDown: if inInspector { moveInInspector(1) } else { workspace.handle(.move(1)) }
        case .pageUp: if inInspector { moveInInspector(-pageRows) } else { workspace.handle(.page(-pageRows)) }
        case .pageDown: if inInspector { moveInInspector(pageRows) } else { workspace.handle(.page(pageRows)) }
        case .top: workspace.handle(inInspector ? .scrollInspector(-1_000_000) : .top)
        case .bottom: workspace.handle(inInspector ? .scrollInspector(1_000_000) : .bottom)
        case .open: workspace.handle(.open)
        case .back: workspace.handle(.back)
        case .nextPane: workspace.handle(.nextPane)
        case .previousPane: workspace.handle(.previousPane)
        case .filter:
            if inInspector {
                state.mode = .searching(workspace.inspector.search?.query ?? "")
            } else {
                state.mode = .filtering(workspace.focusedPane.filter)
            }
        case .searchNext: if inInspector { workspace.handle(.nextInspectorMatch(1)) }
        case .searchPrevious: if inInspector { workspace.handle(.nextInspectorMatch(-1)) }
        case .foldAll: if inInspector { workspace.handle(.foldAll(true)) }
        case .unfoldAll: if inInspector { workspace.handle(.foldAll(false)) }
        case .sort: workspace.handle(.cycleSort)
        case .reload: workspace.handle(.reload)
        case .toggleInspector: workspace.handle(.toggleInspectorMode)
        case .download: startDownload()
        case .copy: startCopy()
        case .environments: openEnvironments()
        case .command:
            state.mode = .command("")
            state.completions = []
        case .help: state.mode = .help(scroll: 0)
        case .quit: running = false
        }
    }

    private func click(x: Int, y: Int) {
        guard let (width, height) = terminal?.size() else { return }
        let body = Rect(x: 0, y: 1, width: width, height: max(0, height - 3))
        for (pane, rect) in PaneLayout.columns(in: body, focus: workspace.focus) where x >= rect.x && x < rect.maxX {
            workspace.handle(.focus(pane))
            guard pane != .inspector else {
                clickInspector(x: x, y: y, rect: rect)
                return
            }
            let headerRows = (pane == .records && workspace.currentRecords.level != nil) ? 1 : 0
            let row = y - rect.y - 1 - headerRows
            if row >= 0, row < rect.height - 2 - headerRows {
                workspace.handle(.select(workspace.focusedPane.scroll + row))
            }
            return
        }
    }
}
