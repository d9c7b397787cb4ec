import Foundation
import ProcoreAPI

/// Deep links: select each level of a path, loading what it needs, as the answers arrive.
extension Workspace {
    /// Opens a deep link such as `company/4/project/77/rfis/12`: selects the company, the project, the
    /// tool and the record in turn (loading each list as needed), ending with the record selected and
    /// the inspector focused. A link that cannot be read or followed ends with an error flash naming
    /// the part that failed. Any key the person presses meanwhile abandons the link.
    public func open(deepLink text: String) {
        do {
            let link = try DeepLink(parsing: text)
            if let toolID = link.toolID, catalog.tool(id: toolID) == nil {
                throw DeepLink.Invalid(part: toolID, problem: "no such tool in the catalog")
            }
            open(deepLink: link)
        } catch let error as DeepLink.Invalid {
            deepLink = nil
            showFlash(error.description, level: .error, seconds: 8)
        } catch {
            showFlash("deep link: \(error)", level: .error, seconds: 8)
        }
    }

    /// Opens a parsed deep link (see `open(deepLink:)` for text).
    public func open(deepLink link: DeepLink) {
        deepLink = DeepLinkProgress(link: link, step: .company)
        advanceDeepLink()
    }

    /// The deep link being followed, if any.
    public var pendingDeepLink: DeepLink? { deepLink?.link }

    /// Takes the next step of the pending deep link when the pane it waits on has loaded.
    func advanceDeepLink() {
        guard var progress = deepLink else { return }
        let link = progress.link
        switch progress.step {
        case .company:
            guard let found = find(link.companyID, in: .companies, what: "company", part: String(link.companyID)) else { return }
            focus = .companies
            companies.moveTo(found)
            perform(.open)
            if link.projectID == nil { return finishDeepLink() }
            progress.step = .project
        case .project:
            guard let id = link.projectID, let found = find(id, in: .projects, what: "project", part: String(id)) else { return }
            focus = .projects
            projects.moveTo(found)
            perform(.open)
            if link.toolID == nil { return finishDeepLink() }
            progress.step = .tool
        case .tool:
            guard let toolID = link.toolID else { return finishDeepLink() }
            if tools.status == .loading { return }
            guard let found = tools.visible.firstIndex(where: { tools.rows[$0].tool?.id == toolID }) else {
                return failDeepLink(part: toolID, "tool \(toolID) is not switched on in this project")
            }
            focus = .tools
            tools.moveTo(found)
            perform(.open)
            if link.recordID == nil { return finishDeepLink() }
            progress.step = .record
        case .record:
            guard let id = link.recordID, let found = find(id, in: .records(depth: 0), what: "record", part: String(id)) else { return }
            focus = .records
            records[0].moveTo(found)
            focus = .inspector
            inspector.scroll = 0
            return finishDeepLink()
        }
        deepLink = progress
        advanceDeepLink()
    }

    /// The display index of the row with `id` in a pane once it has loaded; nil while waiting (asking
    /// for the next page when the row may be on it) or after failing the link.
    private func find(_ id: Int64, in key: PaneKey, what: String, part: String) -> Int? {
        guard let pane = pane(for: key) else { return nil }
        switch pane.status {
        case .loading, .waiting: return nil
        case .failed(let error): failDeepLink(part: part, "\(what) \(id): \(error.explanation)"); return nil
        case .partial, .complete: break
        }
        if let index = pane.visible.firstIndex(where: { pane.rows[$0].id == id }) { return index }
        if let next = pane.nextPage, let request = pane.request {
            if !loadingMore.contains(key) {
                loadingMore.insert(key)
                load(key, request: request, page: next, generation: pane.generation)
            }
            return nil
        }
        failDeepLink(part: part, "no \(what) \(id)")
        return nil
    }

    private func finishDeepLink() { deepLink = nil }

    private func failDeepLink(part: String, _ problem: String) {
        deepLink = nil
        showFlash(DeepLink.Invalid(part: part, problem: problem).description, level: .error, seconds: 8)
    }
}

/// How far a deep link has been followed.
struct DeepLinkProgress {
    enum Step { case company, project, tool, record }
    var link: DeepLink
    var step: Step
}
