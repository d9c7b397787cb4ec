import Foundation
import ProcoreAPI
import Workspace

/// The status bar's download text: `⇣ drawing.pdf 48% 31 MB/s`.
public enum DownloadSummary {
    /// The text for a download while it runs; nil once it finished or failed (the workspace flashes those).
    public static func text(_ download: DownloadState?) -> String? {
        guard let download, download.phase == .running else { return nil }
        var parts = ["⇣ \(download.name)"]
        if let progress = download.progress {
            if let fraction = progress.fraction {
                parts.append("\(Int((fraction * 100).rounded(.down)))%")
            } else {
                parts.append(NumberText.bytes(progress.received))
            }
            if progress.bytesPerSecond > 0 { parts.append("\(NumberText.bytes(Int64(progress.bytesPerSecond)))/s") }
        } else {
            parts.append("starting…")
        }
        return parts.joined(separator: " ")
    }
}
