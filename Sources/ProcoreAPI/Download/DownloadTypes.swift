import Foundation

/// Where a download goes.
public enum DownloadDestination: Sendable, Equatable {
    /// Inside a directory, under the server's (sanitised) name.
    case directory(URL)
    /// Exactly this file.
    case file(URL)
}

/// Progress of one download, reported a few times a second.
public struct DownloadProgress: Sendable, Equatable {
    /// The file name being written.
    public var fileName: String
    /// Bytes on disk so far (including a resumed part).
    public var received: Int64
    /// The full size, when the server said.
    public var total: Int64?
    /// Recent throughput in bytes per second.
    public var bytesPerSecond: Double

    /// Creates a progress value.
    public init(fileName: String, received: Int64, total: Int64?, bytesPerSecond: Double) {
        self.fileName = fileName
        self.received = received
        self.total = total
        self.bytesPerSecond = bytesPerSecond
    }

    /// 0...1 when the total is known.
    public var fraction: Double? {
        guard let total, total > 0 else { return nil }
        return min(1, Double(received) / Double(total))
    }

    /// Seconds left at the current rate, when known.
    public var secondsLeft: Double? {
        guard let total, bytesPerSecond > 0 else { return nil }
        return Double(max(0, total - received)) / bytesPerSecond
    }
}

/// A finished download.
public struct DownloadResult: Sendable, Equatable {
    /// The file written.
    public var file: URL
    /// Its size.
    public var bytes: Int64
    /// Whether an earlier `.part` was resumed.
    public var resumed: Bool
    /// How many redirects were followed.
    public var redirects: Int
}

/// A download that failed for a reason of its own (redirect policy, disk, names); network and HTTP
/// failures are `ProcoreError`s.
public struct DownloadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in one line.
    public let reason: String
    /// Creates an error.
    public init(_ reason: String) { self.reason = reason }
    /// The reason.
    public var description: String { "download failed: \(reason)" }
}
