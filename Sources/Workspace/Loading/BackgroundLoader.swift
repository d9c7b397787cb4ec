import Foundation
import ProcoreAPI

/// The background half of loading: runs requests with the client and posts the answers to the inbox.
///
/// It never touches view state; every answer is a `WorkspaceMessage` the UI thread applies.
struct BackgroundLoader: Sendable {
    let client: ProcoreClient
    let inbox: Inbox<WorkspaceMessage>
    let cache: PageCache

    /// Signs in and asks `/me`.
    func signIn() async {
        let result: Result<Me, ProcoreError>
        do {
            try await client.signIn()
            let json = try await client.getJSON(APIRequest(path: "/rest/v1.0/me"))
            if let me = Me(json: json) {
                result = .success(me)
            } else {
                result = .failure(ProcoreError(.undecodable(prefix: "no id in /me"), method: "GET", path: "/rest/v1.0/me"))
            }
        } catch {
            result = .failure(Self.procoreError(error, path: "/rest/v1.0/me"))
        }
        inbox.post(.signedIn(result))
    }

    /// Loads one page (or a whole unpaged body) of a pane; `keepingBytes` as in `ProcoreClient.page`.
    func loadPage(_ key: PaneKey, request: APIRequest, number: Int, generation: Int, paged: Bool, keepingBytes: Bool = false,
                  useCache: Bool) async {
        let perPage = client.configuration.perPage
        if useCache, let cached = cache.page(for: request, page: number, perPage: perPage) {
            inbox.post(.pageLoaded(key, generation: generation, .success(cached)))
            return
        }
        let result: Result<Page, ProcoreError>
        do {
            let page: Page
            if paged {
                page = try await client.page(request, number: number, keepingBytes: keepingBytes)
            } else {
                let body = try await client.getJSON(request)
                page = Page(number: 1, perPage: perPage, body: body, total: nil, reportedPerPage: nil, links: [:], byteCount: 0)
            }
            cache.store(page, for: request, perPage: perPage)
            result = .success(page)
        } catch {
            result = .failure(Self.procoreError(error, path: request.path))
        }
        inbox.post(.pageLoaded(key, generation: generation, result))
    }

    /// Loads every record after the first `offset` of a list with `total` records, `bulkSize` a page,
    /// `pageConcurrency` pages at a time, and posts them as rows shaped for `level`.
    func loadRest(_ key: PaneKey, request: APIRequest, generation: Int, offset: Int, total: Int, bulkSize: Int, level: ToolLevel) async {
        let first = offset / bulkSize + 1
        let skip = offset % bulkSize
        let last = max(first, (total + bulkSize - 1) / bulkSize)
        let result: Result<[PaneRow], ProcoreError>
        do {
            let pages = try await client.remainingPages(request, from: first, through: last, perPage: bulkSize, keepingBytes: true)
            // Each record keeps a range of its page's bytes; only its id and columns are decoded here.
            var rows: [PaneRow] = []
            rows.reserveCapacity(max(0, total - offset))
            var toSkip = skip
            for page in pages {
                try Task.checkCancellation()
                if let document = page.document {
                    let ranges = page.elementRanges.dropFirst(toSkip)
                    toSkip -= page.elementRanges.count - ranges.count
                    rows += RecordShaper.rows(document: document, ranges: ranges, level: level)
                } else {
                    let items = page.items.dropFirst(toSkip)
                    toSkip -= page.itemCount - items.count
                    rows += RecordShaper.rows(from: .array(Array(items)), level: level)
                }
            }
            result = .success(rows)
        } catch {
            result = .failure(Self.procoreError(error, path: request.path))
        }
        inbox.post(.rowsLoaded(key, generation: generation, result))
    }

    /// Loads a project's tool list.
    func loadTools(projectID: Int64, companyID: Int64, generation: Int) async {
        let request = APIRequest(path: "/rest/v1.0/projects/\(projectID)/tools", companyID: companyID)
        let result: Result<[ProjectTool], ProcoreError>
        do {
            let items = try await client.allItems(request)
            result = .success(items.compactMap(ProjectTool.init(json:)))
        } catch {
            result = .failure(Self.procoreError(error, path: request.path))
        }
        inbox.post(.toolsLoaded(generation: generation, result))
    }

    /// Downloads one file link into a directory, posting progress and the outcome.
    func download(id: Int, link: FileLink, into directory: URL) async {
        let inbox = self.inbox
        do {
            let result = try await FileDownloader(client: client).download(link.url, to: .directory(directory), suggestedName: link.name) { progress in
                inbox.post(.downloadProgress(id: id, progress))
            }
            inbox.post(.downloadFinished(id: id, .success(result.file)))
        } catch let error as ProcoreError {
            inbox.post(.downloadFinished(id: id, .failure(DownloadFailure(error.description))))
        } catch let error as DownloadError {
            inbox.post(.downloadFinished(id: id, .failure(DownloadFailure(error.reason))))
        } catch is CancellationError {
            inbox.post(.downloadFinished(id: id, .failure(DownloadFailure("cancelled; run it again to resume"))))
        } catch {
            inbox.post(.downloadFinished(id: id, .failure(DownloadFailure("\(error)"))))
        }
    }

    /// Any error as a `ProcoreError`.
    static func procoreError(_ error: Error, path: String) -> ProcoreError {
        if let error = error as? ProcoreError { return error }
        if error is CancellationError { return ProcoreError(.cancelled, method: "GET", path: path) }
        return ProcoreError(.transport(String(describing: error)), method: "GET", path: path)
    }
}
