import Workspace

extension BrowserApp {
    /// Moves in the inspector by `delta`: in the key/value view, a field taller than the view is
    /// scrolled through before the cursor moves on; otherwise the workspace moves the cursor (or
    /// scrolls the raw JSON).
    func moveInInspector(_ delta: Int) {
        let size = terminal?.size() ?? (width: 0, height: 0)
        let content = BrowserScreen.inspectorContent(workspace)
        guard workspace.inspector.mode == .fields, let record = content.record,
              let rect = BrowserScreen.inspectorRect(workspace, width: size.width, height: size.height), rect.height > 2 else {
            workspace.handle(.scrollInspector(delta))
            return
        }
        let inspector = workspace.inspector
        let height = rect.height - 2
        let layout = InspectorView.layout(record, headline: content.headline, inspector: inspector, width: rect.width - 2)
        guard layout.nodeLines.indices.contains(inspector.cursor) else {
            workspace.handle(.scrollInspector(delta))
            return
        }
        let node = layout.nodeLines[inspector.cursor]
        let top = InspectorView.settledScroll(layout, inspector: inspector, height: height)
        if delta > 0, node.upperBound > top + height {
            workspace.inspector.scroll = top + min(delta, node.upperBound - top - height)
        } else if delta < 0, node.lowerBound < top {
            workspace.inspector.scroll = max(node.lowerBound, top + delta)
        } else {
            workspace.handle(.scrollInspector(delta))
        }
    }
}
