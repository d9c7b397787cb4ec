import Foundation

/// Drives a real terminal: a private tmux server running a shell, with send-keys and capture-pane.
///
/// Tests wait for what the screen shows, with a deadline, never for a fixed time.
final class TmuxSession {
    let socket: String
    let name = "e2e"
    let home: URL

    /// Starts a detached tmux session of `width`×`height` running a plain shell in a fresh HOME.
    init(width: Int, height: Int) throws {
        socket = "sitewalk-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        home = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        // The token ledger of the leak audit follows into the shell, so the simulators inside the
        // `sitewalk` binaries started here record their tokens too (docs/reliability.md).
        // So do the sanitizer options of a sanitizer run (`.ci/test`), so a report inside the browser
        // halts it, and leaks are judged against the same suppressions.
        let passed = ["SITEWALK_SANDBOX_TOKEN_LEDGER", "ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS"].compactMap { key in
            ProcessInfo.processInfo.environment[key].map { " \(key)='\($0)'" }
        }.joined()
        let shell = "env -i HOME=\(home.path)\(passed) PATH=/usr/bin:/bin TERM=tmux-256color LANG=C.UTF-8 PS1='e2e$ ' bash --norc --noprofile"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), shell])
        try tmux(["set-option", "-t", name, "status", "off"])
        // Accept OSC 52 from programs into tmux's buffers, so a leaked clipboard write would be caught.
        try tmux(["set-option", "-s", "set-clipboard", "on"])
    }

    /// Types a command line into the shell and presses Enter.
    func run(_ commandLine: String) throws {
        try tmux(["send-keys", "-t", name, "-l", commandLine])
        try tmux(["send-keys", "-t", name, "Enter"])
    }

    /// Sends keys by tmux name (`Enter`, `Escape`, `Down`, `C-c`) or literal text with `literal: true`.
    func send(_ keys: String..., literal: Bool = false) throws {
        for key in keys {
            try tmux(["send-keys", "-t", name] + (literal ? ["-l", key] : [key]))
        }
    }

    /// The visible screen as text.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// The visible screen with trailing spaces kept, so every line is as wide as the window.
    func captureFull() throws -> String {
        try tmux(["capture-pane", "-p", "-N", "-t", name])
    }

    /// Sets a session option (`set-clipboard on` lets OSC 52 reach tmux's paste buffer).
    func setOption(_ option: String, _ value: String) throws {
        try tmux(["set-option", "-t", name, option, value])
    }

    /// The newest paste buffer (what the program copied with OSC 52, when `set-clipboard` is on).
    func showBuffer() throws -> String {
        try tmux(["show-buffer"])
    }

    /// The visible screen with escape sequences (colours), for checking what reached the terminal.
    func captureWithEscapes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", name])
    }

    /// From the Companies pane (company selected): opens the company, the seed project, and its RFIs
    /// (reached by filtering the Tools pane), waiting for each level to appear.
    func openSeedProjectRFIs() async throws {
        try send("Enter")
        try await waitFor(text: "1234 - Sandbox Test Project")
        try send("Enter")
        try await waitFor(text: "RFIs")
        try send("/")
        try send("RFIs", literal: true)
        try send("Enter")
        try send("Enter")
    }

    /// tmux's paste buffers (where an OSC 52 clipboard write would land).
    func listBuffers() throws -> String {
        try tmux(["list-buffers"])
    }

    /// The pane's title (which an OSC 0/2 title change would set).
    func paneTitle() throws -> String {
        try tmux(["display-message", "-p", "-t", name, "#{pane_title}"])
    }

    /// The process id of the pane's shell (the browser runs as its child).
    func panePID() throws -> pid_t {
        let text = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"])
        guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw E2EFailure("no pane pid in “\(text)”") }
        return pid
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Waits until the screen satisfies `condition`, up to `timeout` seconds; returns the last screen.
    @discardableResult
    func waitFor(_ description: String, timeout: TimeInterval = 20, _ condition: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout * TestTime.scale)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            try await Task.sleep(nanoseconds: 50_000_000)  // not usleep: the wait gives its thread back to the pool
        }
        throw E2EFailure("timed out after \(Int(timeout * TestTime.scale))s waiting for \(description); screen was:\n\(screen)")
    }

    /// Waits until the shell's prompt is back on the last line (the previous command has exited).
    func waitForPrompt(timeout: TimeInterval = 20) async throws {
        try await waitFor("the shell prompt", timeout: timeout) { screen in
            screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
                .trimmingCharacters(in: .whitespaces) == "e2e$"
        }
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 20) async throws -> String {
        try await waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Ends the tmux server and removes the temporary HOME. With `SITEWALK_E2E_ARTIFACTS=DIR`, first keeps
    /// the whole screen history and the `sitewalk` logs in `DIR/SOCKET/` for the token leak audit.
    func close() {
        if let keep = ProcessInfo.processInfo.environment["SITEWALK_E2E_ARTIFACTS"], !keep.isEmpty {
            let directory = URL(fileURLWithPath: keep).appendingPathComponent(socket)
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            if let history = try? tmux(["capture-pane", "-p", "-S", "-", "-t", name]) {
                try? history.write(to: directory.appendingPathComponent("screen.txt"), atomically: true, encoding: .utf8)
            }
            try? FileManager.default.copyItem(at: home.appendingPathComponent(".local/state/sitewalk"),
                                              to: directory.appendingPathComponent("state"))
        }
        let server = try? tmux(["display-message", "-p", "#{pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        do { try tmux(["kill-server"]) } catch { FileHandle.standardError.write(Data("tmux kill-server: \(error)\n".utf8)) }
        // A server still there 5 s after kill-server is ended by its pid (it is not our child: poll).
        if let server, let pid = pid_t(server), pid > 1 {
            let deadline = Date().addingTimeInterval(5)
            /// Running, not merely a zombie waiting for init to reap it.
            func running() -> Bool {
                guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                      let close = stat.range(of: ") ", options: .backwards) else { return false }
                return !stat[close.upperBound...].hasPrefix("Z")
            }
            while running(), Date() < deadline { usleep(20_000) }
            if running() {
                FileHandle.standardError.write(Data("tmux server \(pid) outlived kill-server by 5 s; sending SIGKILL\n".utf8))
                kill(pid, SIGKILL)
            }
        }
        try? FileManager.default.removeItem(at: home)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputFile = home.appendingPathComponent("tmux-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let status = try Spawn.run(["tmux", "-L", socket] + arguments, output: outputFile.path)
        let text = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw E2EFailure("tmux \(arguments.joined(separator: " ")) failed (\(status)): \(text)")
        }
        return text
    }
}

/// Runs a program with posix_spawn and waits for it with waitpid. (Foundation's Process can miss
/// the exit of a child whose own child — the tmux server — daemonises.) Output goes to a file, not a
/// pipe, because the daemon would hold a pipe open forever.
enum Spawn {
    /// Runs a short program (a tmux command) and blocks until it exits; its exit status (128 + signal
    /// when killed).
    static func run(_ arguments: [String], output: String) throws -> Int32 {
        let pid = try start(arguments, output: output)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw E2EFailure("waitpid failed: \(String(cString: strerror(errno)))") }
        }
        return exitStatus(status)
    }

    /// Runs a program that takes seconds (the benchmark, `sitewalk get`) and waits for it without holding
    /// a thread of the concurrency pool: polls for its exit between short sleeps.
    static func run(_ arguments: [String], output: String) async throws -> Int32 {
        let pid = try start(arguments, output: output)
        var status: Int32 = 0
        var pause: UInt64 = 1_000_000
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return exitStatus(status) }
            if reaped < 0, errno != EINTR { throw E2EFailure("waitpid failed: \(String(cString: strerror(errno)))") }
            try? await Task.sleep(nanoseconds: pause)  // a cancelled test still reaps its child
            pause = min(pause * 2, 20_000_000)
        }
    }

    /// Starts `arguments` (found on PATH) with stdin from /dev/null and stdout and stderr to `output`.
    private static func start(_ arguments: [String], output: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let rc = withDefaultSignals { attributes in posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ) }
        guard rc == 0 else { throw E2EFailure("cannot start \(arguments[0]): \(String(cString: strerror(rc)))") }
        return pid
    }

    /// A `waitpid` status as a shell would report it: the exit code, or 128 + the signal.
    private static func exitStatus(_ status: Int32) -> Int32 {
        (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Spawn attributes that give the child an empty signal mask and default handlers. A child inherits
    /// the mask of the spawning thread, and the threads async tests run on block most signals: a tmux
    /// server started from one never saw SIGCHLD, its shell never saw SIGHUP, and `kill-server` left
    /// both running (the fault soak left one behind per run).
    static func withDefaultSignals<T>(_ body: (inout posix_spawnattr_t) -> T) -> T {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD, SIGWINCH, SIGUSR1, SIGUSR2] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return body(&attributes)
    }
}

/// A failed end-to-end expectation, with the screen that disproved it.
struct E2EFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Where the built `sitewalk` binary is: beside the test bundle in the build directory.
enum BuiltBinary {
    static var sitewalk: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("sitewalk")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("sitewalk")
    }
}
