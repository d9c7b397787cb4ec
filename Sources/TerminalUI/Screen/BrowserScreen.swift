import Foundation
import Workspace

/// Composes one frame: breadcrumb, panes, inspector, status bar, footer and overlays.
///
/// A pure function of the workspace and the UI state: tests render it into a canvas and read it.
public enum BrowserScreen {
    /// The smallest size drawn normally; below it a "too small" notice is shown.
    public static let minimumSize = (width: 20, height: 5)

    /// Renders a frame of `width` × `height` cells.
    public static func render(_ workspace: Workspace, keymap: Keymap, state: BrowserUIState, width: Int, height: Int,
                              statusExtra: String? = nil) -> Canvas {
        var canvas = Canvas(width: max(0, width), height: max(0, height))
        render(workspace, keymap: keymap, state: state, into: &canvas, width: width, height: height, statusExtra: statusExtra)
        return canvas
    }

    /// Renders a frame of `width` × `height` cells into `canvas`, resizing and clearing it first: the
    /// event loop reuses two canvases this way instead of allocating one per frame.
    /// With `skippingInspector`, the inspector pane is left blank for the caller to fill (the event
    /// loop copies it from the previous frame while the cursor moves, see `BrowserApp`).
    public static func render(_ workspace: Workspace, keymap: Keymap, state: BrowserUIState, into canvas: inout Canvas,
                              width: Int, height: Int, statusExtra: String? = nil, skippingInspector: Bool = false) {
        canvas.resize(width: max(0, width), height: max(0, height))
        canvas.clear()
        guard width >= minimumSize.width, height >= minimumSize.height else {
            let message = "too small: \(width)×\(height), need \(minimumSize.width)×\(minimumSize.height)"
            for (i, line) in TextWrap.wrap(message, width: max(1, width)).prefix(max(0, height)).enumerated() {
                canvas.put(line, x: 0, y: i, style: Style(fg: .warning, [.bold]), maxWidth: width)
            }
            return
        }
        drawBreadcrumb(workspace, width: width, canvas: &canvas)
        let body = Rect(x: 0, y: 1, width: width, height: height - 3)
        var inspectorMatches: Int?  // from the inspector's (cached) layout, when it was drawn
        for (pane, rect) in PaneLayout.columns(in: body, focus: workspace.focus) {
            let focused = pane == workspace.focus
            switch pane {
            case .companies: ListView.render(workspace.companies, in: rect, focused: focused, state: state, canvas: &canvas)
            case .projects: ListView.render(workspace.projects, in: rect, focused: focused, state: state, canvas: &canvas)
            case .tools: ListView.render(workspace.tools, in: rect, focused: focused, state: state, canvas: &canvas)
            case .records:
                ListView.render(workspace.currentRecords, in: rect, focused: focused, state: state, canvas: &canvas)
            case .inspector where skippingInspector:
                break
            case .inspector:
                let content = inspectorContent(workspace)
                inspectorMatches = InspectorView.render(content.record, title: content.title, headline: content.headline, inspector: workspace.inspector,
                                     in: rect, focused: focused, state: state, canvas: &canvas)
            }
        }
        let extra = statusExtra ?? DownloadSummary.text(workspace.activeDownload)
        StatusBarView.render(workspace.session, flash: workspace.flash, extra: extra,
                             in: Rect(x: 0, y: height - 2, width: width, height: 1), state: state, canvas: &canvas)
        let searchStatus = workspace.inspector.search.map { InspectorView.searchStatus($0, count: inspectorMatches ?? workspace.inspectorMatchCount) }
        FooterView.render(keymap: keymap, focus: workspace.focus, state: state, searchStatus: searchStatus,
                          inspectorMode: workspace.inspector.mode,
                          in: Rect(x: 0, y: height - 1, width: width, height: 1), canvas: &canvas)
        if case .help(let scroll) = state.mode {
            HelpOverlay.render(keymap: keymap, scroll: scroll, in: body, state: state, canvas: &canvas)
        }
        if case .picker(let picker) = state.mode {
            PickerView.render(picker, in: body, state: state, canvas: &canvas)
        }
    }

    /// What the inspector shows: the selected record, its title (`#id`) and its headline (the first
    /// text column of the tool, e.g. an RFI's subject).
    static func inspectorContent(_ workspace: Workspace) -> (record: PaneRow?, title: String, headline: String?) {
        let record = workspace.selectedRecord
        let title = record.map { r in r.id.map { "#\($0)" } ?? r.title } ?? "Inspector"
        let headline = record.flatMap { row in
            workspace.currentRecords.level?.columns.firstIndex { $0.kind == .text }.map { index in
                row.text(ofColumn: index, in: workspace.currentRecords.level?.columns ?? [])
            }
        }
        return (record, title, headline)
    }

    /// The inspector's rectangle in a frame of `width` × `height` (nil when the layout hides it).
    static func inspectorRect(_ workspace: Workspace, width: Int, height: Int) -> Rect? {
        guard width >= minimumSize.width, height >= minimumSize.height else { return nil }
        let body = Rect(x: 0, y: 1, width: width, height: height - 3)
        return PaneLayout.columns(in: body, focus: workspace.focus).first { $0.0 == .inspector }?.1
    }

    /// Settles the inspector's scroll for the frame about to be drawn (cursor or revealed match visible).
    /// With the frame's `state`, its borders and layout cache are used (the frame then reuses the layout).
    public static func settleInspector(_ workspace: Workspace, width: Int, height: Int, state: BrowserUIState? = nil) {
        guard let rect = inspectorRect(workspace, width: width, height: height) else { return }
        let content = inspectorContent(workspace)
        InspectorView.settle(&workspace.inspector, record: content.record, headline: content.headline,
                             innerWidth: rect.width - 2, innerHeight: rect.height - 2,
                             borders: state?.borders ?? .unicode, cache: state?.inspectorLayouts)
    }

    static func drawBreadcrumb(_ workspace: Workspace, width: Int, canvas: inout Canvas) {
        var x = canvas.put(" Sitewalk ", x: 0, y: 0, style: Style(fg: .accent, [.bold]))
        let parts = workspace.breadcrumb
        for (i, part) in parts.enumerated() {
            guard x < width else { break }
            if i > 0 { x += canvas.put(" › ", x: x, y: 0, style: Style(fg: .muted), maxWidth: width - x) }
            let style = i == parts.count - 1 ? Style(fg: .fg, [.bold]) : Style(fg: .fg)
            x += canvas.put(part, x: x, y: 0, style: style, maxWidth: width - x)
        }
    }
}
