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
        let layout = InspectorView.layout(record, headline: content.headline, inspector: inspector, width: rect.width - 2,
                                          borders: state.borders, cache: state.inspectorLayouts)
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

    /// A click in the fields view puts the cursor on the field under it; a click on a container's
    /// `▸`/`▾` marker also folds or unfolds it. `rect` is the inspector's rectangle on screen.
    func clickInspector(x: Int, y: Int, rect: Rect) {
        let content = BrowserScreen.inspectorContent(workspace)
        let inner = rect.inset(by: 1)
        guard workspace.inspector.mode == .fields, let record = content.record, inner.width > 0, inner.height > 0 else { return }
        let layout = InspectorView.layout(record, headline: content.headline, inspector: workspace.inspector, width: inner.width,
                                          borders: state.borders, cache: state.inspectorLayouts)
        let line = InspectorView.settledScroll(layout, inspector: workspace.inspector, height: inner.height) + y - inner.y
        guard let index = layout.nodeLines.firstIndex(where: { $0.contains(line) }) else { return }
        workspace.inspector.cursor = index
        let node = workspace.inspectorNodes[index]
        let column = x - inner.x
        if node.isContainer, column >= node.depth * 2, column < node.depth * 2 + 2 {
            workspace.handle(node.isFolded ? .open : .back)
        }
    }
}
