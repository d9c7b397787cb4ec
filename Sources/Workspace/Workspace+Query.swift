import Foundation
import ProcoreAPI

/// Filtering and sorting: synchronous for small lists, a cancellable background run keyed by the
/// pane's query generation for large ones; and fetching every remaining page once a partial list is
/// filtered or sorted (all of it must be searched).
extension Workspace {
    /// Changes the focused pane's filter or sort, then starts what the change needs.
    func changeQuery(_ body: (inout ListPane, _ deferQuery: Bool) -> Void) {
        let key = focusedPane.key
        let large = focusedPane.rows.count >= backgroundQueryThreshold
        updateFocused { body(&$0, large) }
        startQueryIfNeeded(key)
        loadAllIfNeeded(key)
    }

    /// Starts a background filter/sort run for a pane marked `isQuerying`, cancelling an older run.
    func startQueryIfNeeded(_ key: PaneKey) {
        guard let pane = pane(for: key), pane.isQuerying else { return }
        queryTasks[key]?.cancel()
        pendingLoads += 1
        let rows = pane.rows, columns = pane.level?.columns, filter = pane.filter, sort = pane.sort
        let cache = pane.queryCache, generation = pane.generation, query = pane.queryGeneration, inbox = self.inbox
        queryTasks[key] = Task.detached(priority: .userInitiated) {
            var grown = cache
            let visible = ListQuery.run(rows: rows, columns: columns, filter: filter, sort: sort, cache: &grown)
            let result = Task.isCancelled ? nil : visible.map { QueryResult(visible: $0, cache: grown) }
            inbox.post(.queryFinished(key, generation: generation, query: query, result))
        }
    }

    /// Applies a finished background run when it still answers the pane's current query.
    func applyQueryResult(_ key: PaneKey, generation: Int, query: Int, _ result: QueryResult?) {
        pendingLoads = max(0, pendingLoads - 1)
        guard var pane = pane(for: key), pane.generation == generation, pane.queryGeneration == query,
              let result else { return }
        queryTasks[key] = nil
        pane.applyQueryResult(result.visible, cache: result.cache)
        setPane(pane)
    }

    /// Once a partial list is filtered or sorted, fetches every remaining page: concurrently in
    /// `bulkPageSize` pages when `Total` is known (records of an array level), else page after page.
    func loadAllIfNeeded(_ key: PaneKey) {
        guard var pane = pane(for: key), pane.hasQuery, let next = pane.nextPage, !pane.isLoadingAll,
              let request = pane.request else { return }
        pane.isLoadingAll = true
        if let total = pane.total, let level = pane.level, level.shape == .array, level.paged {
            pane.loadsAllInBulk = true
            setPane(pane)
            pendingLoads += 1
            let loader = self.loader, generation = pane.generation, offset = pane.rows.count, size = bulkPageSize
            tasks[key] = Task.detached {
                await loader.loadRest(key, request: request, generation: generation, offset: offset, total: total,
                                      bulkSize: size, level: level)
            }
        } else {
            setPane(pane)
            guard !loadingMore.contains(key) else { return }
            loadingMore.insert(key)
            load(key, request: request, page: next, generation: pane.generation)
        }
    }

    /// Applies every remaining record fetched in bulk.
    func applyRemainingRows(_ key: PaneKey, generation: Int, _ result: Result<[PaneRow], ProcoreError>) {
        pendingLoads = max(0, pendingLoads - 1)
        guard var pane = pane(for: key), pane.generation == generation else { return }
        pane.isLoadingAll = false
        pane.loadsAllInBulk = false
        switch result {
        case .success(let rows):
            pane.appendRows(rows, deferQuery: pane.rows.count + rows.count >= backgroundQueryThreshold)
            pane.nextPage = nil
            pane.status = .complete
        case .failure(let error):
            if error.kind != .cancelled { showFlash(error.description, level: .error) }
        }
        setPane(pane)
        startQueryIfNeeded(key)
    }
}
