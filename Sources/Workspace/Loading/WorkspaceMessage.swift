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
