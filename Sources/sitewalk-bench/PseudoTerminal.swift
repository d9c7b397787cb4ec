import Foundation

/// A child process on a pseudo-terminal of a given size, its output drained in the background.
final class PseudoTerminal: @unchecked Sendable {
    let pid: pid_t
    let master: Int32
    private let drainer: Thread

    init?(_ arguments: [String], width: Int, height: Int, environment: [String: String]) {
        // posix_openpt/grantpt/unlockpt/ptsname are hidden behind _XOPEN_SOURCE in Swift's Glibc module;
        // on Linux they are /dev/ptmx plus two ioctls (TIOCSPTLCK = 0x40045431, TIOCGPTN = 0x80045430).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { return nil }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else { close(master); return nil }
        let name = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slavePath = name
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, 0x80)   // POSIX_SPAWN_SETSID: a new session, so the pty becomes its terminal
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 { posix_spawn_file_actions_addopen(&actions, fd, slavePath, O_RDWR, 0) }
        posix_spawn_file_actions_addclose(&actions, master)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in envp { free(p) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp) == 0 else { close(master); return nil }
        self.pid = pid
        self.master = master
        let box = OutputBox()
        drainer = Thread {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }
                box.append(String(decoding: buffer.prefix(n), as: UTF8.self))
            }
        }
        output = box
        drainer.start()
    }

    let output: OutputBox

    /// Waits until the terminal output contains `marker` (the text a program draws on its first screen).
    func waitForOutput(_ marker: String, timeout: Double) -> Bool {
        let deadline = monotonicSeconds() + timeout
        while monotonicSeconds() < deadline {
            if output.contains(marker) { return true }
            usleep(2_000)
        }
        return false
    }

    func send(_ text: String) {
        _ = text.withCString { write(master, $0, strlen($0)) }
    }

    /// Waits for the child to exit (up to `timeout` seconds, then kills it).
    @discardableResult
    func wait(timeout: Double) -> Int32 {
        let deadline = monotonicSeconds() + timeout
        var status: Int32 = 0
        while monotonicSeconds() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid { close(master); return (status >> 8) & 0xff }
            usleep(5_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        close(master)
        return -1
    }
}

/// Reads a trace file written by `SITEWALK_TRACE`.
struct TraceFile {
    let path: String

    func lines() -> [String] {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    func value(_ key: String) -> UInt64? {
        lines().first { $0.hasPrefix(key + " ") }.flatMap { UInt64($0.split(separator: " ")[1]) }
    }

    /// Waits until `condition` holds for the lines, up to `timeout` seconds.
    func waitFor(timeout: Double, _ condition: ([String]) -> Bool) -> Bool {
        let deadline = monotonicSeconds() + timeout
        while monotonicSeconds() < deadline {
            if condition(lines()) { return true }
            usleep(2_000)
        }
        return false
    }
}

/// The tail of a child's terminal output, shared with the drain thread.
final class OutputBox: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""

    func append(_ more: String) {
        lock.lock(); defer { lock.unlock() }
        text += more
        if text.utf8.count > 1_000_000 { text = String(text.suffix(200_000)) }
    }

    func contains(_ marker: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return text.contains(marker)
    }
}
