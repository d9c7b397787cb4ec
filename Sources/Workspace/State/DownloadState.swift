import Foundation
import ProcoreAPI

/// One download started from the browser: its progress, or how it ended.
public struct DownloadState: Sendable, Equatable {
    /// How it stands.
    public enum Phase: Sendable, Equatable {
        /// Bytes are arriving.
        case running
        /// Saved to this file.
        case finished(URL)
        /// Failed; the text says why (the `.part` stays to resume).
        case failed(String)
    }

    /// A number unique in the session.
    public var id: Int
    /// The file name shown.
    public var name: String
    /// The latest progress.
    public var progress: DownloadProgress?
    /// The phase.
    public var phase: Phase
}
