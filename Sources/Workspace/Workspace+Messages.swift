import Foundation
import ProcoreAPI

extension Workspace {
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
        defer { advanceDeepLink() }
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
                // A single page arriving while the bulk load fetches everything is already covered by it.
                if page.number > 1 && pane.loadsAllInBulk { return }
                let rows = makeRows(page, for: pane)
                let large = (page.number == 1 ? 0 : pane.rows.count) + rows.count >= backgroundQueryThreshold
                if page.number == 1 { pane.setRows(rows, deferQuery: large) } else { pane.appendRows(rows, deferQuery: large) }
                pane.total = page.total
                let paged = pane.level?.paged ?? true
                pane.nextPage = paged && page.hasNext && page.itemCount > 0 ? page.number + 1 : nil
                pane.status = pane.nextPage == nil ? .complete : .partial(loaded: pane.rows.count, total: page.total)
                if pane.nextPage == nil { pane.isLoadingAll = false }
            case .failure(let error):
                pane.isLoadingAll = false
                if error.kind == .cancelled { return }
                if pane.rows.isEmpty { pane.status = .failed(error) } else {
                    showFlash(error.description, level: .error)
                }
            }
            setPane(pane)
            startQueryIfNeeded(key)
            if pane.isLoadingAll, !pane.loadsAllInBulk, let next = pane.nextPage, let request = pane.request {
                loadingMore.insert(key)
                load(key, request: request, page: next, generation: pane.generation)
            } else {
                loadAllIfNeeded(key)
            }
        case .rowsLoaded(let key, let generation, let result):
            applyRemainingRows(key, generation: generation, result)
        case .queryFinished(let key, let generation, let query, let result):
            applyQueryResult(key, generation: generation, query: query, result)
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
                available = available.filter { tool in tool.engines.isEmpty || tool.engines.contains(where: active.contains) }
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


}
