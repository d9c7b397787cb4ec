import Foundation
import ProcoreAPI

/// What background work tells the UI thread. Sendable values, applied in `Workspace.apply(_:)`.
public enum WorkspaceMessage: Sendable {
    /// Sign-in finished: the user (when `/me` answered) or the error.
    case signedIn(Result<Me, ProcoreError>)
    /// A page of a pane arrived (or failed). Dropped when `generation` is no longer the pane's.
    case pageLoaded(PaneKey, generation: Int, Result<Page, ProcoreError>)
    /// The project's tool list arrived (nil when the endpoint was refused: fall back to the catalog).
    case toolsLoaded(generation: Int, Result<[ProjectTool], ProcoreError>)
    /// Every remaining record of a pane arrived at once (the user filtered or sorted a partial list),
    /// already shaped into rows off the UI thread. Dropped when `generation` is no longer the pane's.
    case rowsLoaded(PaneKey, generation: Int, Result<[PaneRow], ProcoreError>)
    /// A background filter/sort run finished (nil when it was cancelled by a newer one). Dropped
    /// unless both the pane's generation and its query generation still match.
    case queryFinished(PaneKey, generation: Int, query: Int, QueryResult?)
    /// A download made progress.
    case downloadProgress(id: Int, DownloadProgress)
    /// A download ended: the file, or the one-line reason it failed.
    case downloadFinished(id: Int, Result<URL, DownloadFailure>)
}

/// Why a download failed, in one line (Sendable and Equatable for the inbox).
public struct DownloadFailure: Error, Sendable, Equatable {
    /// The explanation.
    public let message: String
    /// Creates a failure.
    public init(_ message: String) { self.message = message }
}

/// The outcome of a background filter/sort run: the visible indices and the grown cache.
public struct QueryResult: Sendable {
    /// Indices into the pane's rows, in display order.
    public var visible: [Int]
    /// The search index and sort keys, extended to the rows the run saw.
    public var cache: QueryCache
}
