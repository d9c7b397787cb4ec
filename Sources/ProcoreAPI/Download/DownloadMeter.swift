import Foundation

/// Counts a download's bytes and reports progress about every 200 ms, with the rate over a window of
/// about two seconds.
///
/// Fed from one thread at a time (the event loop writing the body); read once the body is done.
final class DownloadMeter: @unchecked Sendable {
    /// Bytes on disk so far, a resumed part included.
    private(set) var received: Int64
    private let fileName: String
    private let total: Int64?
    private let progress: (@Sendable (DownloadProgress) -> Void)?
    private var lastReport: UInt64
    private var windowStart: UInt64
    private var windowBytes: Int64 = 0
    private var rate: Double = 0

    /// Starts counting from `received` bytes and reports them at once.
    init(fileName: String, received: Int64, total: Int64?, progress: (@Sendable (DownloadProgress) -> Void)?) {
        self.fileName = fileName
        self.received = received
        self.total = total
        self.progress = progress
        lastReport = DispatchTime.now().uptimeNanoseconds
        windowStart = lastReport
        progress?(DownloadProgress(fileName: fileName, received: received, total: total, bytesPerSecond: 0))
    }

    /// Counts `count` more bytes, reporting when 200 ms have passed since the last report.
    func add(_ count: Int) {
        received += Int64(count)
        windowBytes += Int64(count)
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastReport >= 200_000_000 else { return }
        let elapsed = Double(now - windowStart) / 1e9
        if elapsed > 0 { rate = Double(windowBytes) / elapsed }
        if elapsed > 2 { windowStart = now; windowBytes = 0 }
        lastReport = now
        progress?(DownloadProgress(fileName: fileName, received: received, total: total, bytesPerSecond: rate))
    }

    /// The last report: everything received, the total now known.
    func finish() {
        progress?(DownloadProgress(fileName: fileName, received: received, total: total ?? received, bytesPerSecond: rate))
    }
}
