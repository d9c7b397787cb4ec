import ProcoreAPI

extension Workspace {
    // MARK: - Inspector: cursor, folds, search

    /// The inspected record's visible nodes in the key/value view (folds applied).
    public var inspectorNodes: [InspectorNode] {
        guard let record = selectedRecord else { return [] }
        return InspectorOutline.nodes(of: record.json, folds: inspector.folds)
    }

    /// How many places match the inspector's search in the current mode: fields in the key/value
    /// view, lines in the raw JSON view.
    public var inspectorMatchCount: Int {
        guard let record = selectedRecord, let search = inspector.search else { return 0 }
        switch inspector.mode {
        case .fields: return InspectorOutline.matchingPaths(of: record.json, search: search).count
        case .json: return InspectorOutline.matchingJSONLines(of: record.json, search: search).count
        }
    }

    /// Moves the key/value view's cursor by `delta` nodes, or scrolls the raw JSON view by `delta` lines.
    func moveInInspector(by delta: Int) {
        switch inspector.mode {
        case .fields:
            let count = inspectorNodes.count
            inspector.cursor = max(0, min(count - 1, inspector.cursor + delta))
        case .json:
            inspector.scroll = max(0, inspector.scroll + delta)
        }
    }

    /// Open in the inspector: unfold the container under the cursor, or step into an unfolded one.
    func openInInspector() {
        guard inspector.mode == .fields else { return }
        let nodes = inspectorNodes
        guard nodes.indices.contains(inspector.cursor) else { return }
        let node = nodes[inspector.cursor]
        guard node.isContainer else { return }
        if node.isFolded {
            inspector.folds.setFolded(false, at: node.path)
        } else if inspector.cursor + 1 < nodes.count {
            inspector.cursor += 1
        }
    }

    /// Back in the inspector: fold the unfolded container under the cursor, else go to its parent;
    /// at the top level (or in the raw JSON view) leave the inspector.
    func backInInspector() {
        let nodes = inspector.mode == .fields ? inspectorNodes : []
        guard nodes.indices.contains(inspector.cursor) else {
            focus = .records
            return
        }
        let node = nodes[inspector.cursor]
        if node.isContainer, !node.isFolded {
            inspector.folds.setFolded(true, at: node.path)
        } else if let parent = node.parent {
            inspector.cursor = parent
        } else {
            focus = .records
        }
    }

    /// Folds or unfolds every container; the cursor stays on its node or the nearest visible ancestor.
    func foldAll(_ folded: Bool) {
        let before = inspectorNodes
        let path = before.indices.contains(inspector.cursor) ? before[inspector.cursor].path : []
        inspector.folds.setAll(folded: folded)
        let after = inspectorNodes
        for length in stride(from: path.count, through: 1, by: -1) {
            if let index = after.firstIndex(where: { $0.path == Array(path.prefix(length)) }) {
                inspector.cursor = index
                return
            }
        }
        inspector.cursor = 0
    }

    /// Sets the search text (empty ends the search) and jumps to the first match at or after the
    /// cursor (key/value view) or the first line shown (raw JSON view).
    func searchInspector(_ query: String) {
        guard !query.isEmpty else {
            inspector.search = nil
            inspector.revealMatch = false
            return
        }
        inspector.search = InspectorSearch(query: query)
        guard let record = selectedRecord, let search = inspector.search else { return }
        switch inspector.mode {
        case .fields:
            let all = InspectorOutline.nodes(of: record.json, folds: nil)
            let visible = inspectorNodes
            let cursorPath = visible.indices.contains(inspector.cursor) ? visible[inspector.cursor].path : []
            let start = all.firstIndex { $0.path == cursorPath } ?? 0
            let matches = InspectorOutline.matchingPaths(of: record.json, search: search)
            let order = Dictionary(all.enumerated().map { ($0.element.path, $0.offset) }, uniquingKeysWith: { a, _ in a })
            let first = matches.firstIndex { (order[$0] ?? 0) >= start } ?? 0
            jumpToInspectorMatch(first)
        case .json:
            let lines = InspectorOutline.matchingJSONLines(of: record.json, search: search)
            jumpToInspectorMatch(lines.firstIndex { $0 >= inspector.jsonTopLine } ?? 0)
        }
    }

    /// Jumps to the next (`step` 1) or previous (`step` -1) match, wrapping around.
    func nextInspectorMatch(_ step: Int) {
        guard let search = inspector.search else { return }
        jumpToInspectorMatch(search.current.map { $0 + step } ?? (step > 0 ? 0 : -1))
    }

    /// Makes match `index` (taken modulo the count) current: in the key/value view its ancestors
    /// unfold and the cursor lands on it; in the raw JSON view it is scrolled into view.
    func jumpToInspectorMatch(_ index: Int) {
        guard let record = selectedRecord, var search = inspector.search else { return }
        switch inspector.mode {
        case .fields:
            let paths = InspectorOutline.matchingPaths(of: record.json, search: search)
            guard !paths.isEmpty else {
                search.current = nil
                break
            }
            let i = ((index % paths.count) + paths.count) % paths.count
            let path = paths[i]
            for length in stride(from: 1, to: path.count, by: 1) { inspector.folds.setFolded(false, at: Array(path.prefix(length))) }
            if let cursor = inspectorNodes.firstIndex(where: { $0.path == path }) { inspector.cursor = cursor }
            search.current = i
        case .json:
            let lines = InspectorOutline.matchingJSONLines(of: record.json, search: search)
            guard !lines.isEmpty else {
                search.current = nil
                break
            }
            search.current = ((index % lines.count) + lines.count) % lines.count
            inspector.revealMatch = true
        }
        inspector.search = search
    }

    /// The inspector shows another record: back to its top, the search (if any) without a current match.
    func inspectorRecordChanged() {
        inspector.scroll = 0
        inspector.cursor = 0
        inspector.search?.current = nil
        inspector.revealMatch = false
    }
}
