import Foundation

/// A self-pipe: background threads (and signal handlers) write a byte to wake the UI loop's poll.
public final class WakePipe: Sendable {
    /// The end the UI loop polls.
    public let readFD: Int32
    /// The end writers write to.
    public let writeFD: Int32

    /// Opens the pipe (non-blocking, close-on-exec).
    public init() {
        var fds: [Int32] = [0, 0]
        if pipe(&fds) != 0 { fds = [-1, -1] }
        readFD = fds[0]
        writeFD = fds[1]
        for fd in fds where fd >= 0 {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
    }

    /// Wakes the loop (safe from any thread; a full pipe already means "awake").
    public func wake() {
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    /// Empties the pipe after a wake-up.
    public func drain() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(readFD, &buffer, buffer.count) > 0 {}
    }

    deinit {
        close(readFD)
        close(writeFD)
    }
}
