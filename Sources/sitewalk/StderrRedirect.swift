import Foundation

/// Points stderr at the log file while the screen is up, so no library can write on the UI.
final class StderrRedirect {
    private var saved: Int32 = -1

    /// Redirects fd 2 to `url` (appending).
    init(to url: URL) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        saved = dup(2)
        dup2(fd, 2)
        close(fd)
    }

    /// Puts stderr back.
    func restore() {
        guard saved >= 0 else { return }
        dup2(saved, 2)
        close(saved)
        saved = -1
    }
}
