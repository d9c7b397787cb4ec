import Foundation

/// Median, p99 and max of repeated measurements.
struct Stats: Codable {
    var median: Double
    var p99: Double
    var max: Double
    var count: Int

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        guard !sorted.isEmpty else { median = .nan; p99 = .nan; max = .nan; return }
        median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        p99 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
        max = sorted.last!
    }
}

/// One row of the results table.
struct Figure: Codable {
    var name: String
    var target: String
    var unit: String
    var stats: Stats?
    var value: String
    var met: Bool?
    var note: String?
}

/// A monotonic clock in seconds.
func monotonicSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Runs a command, returning its exit status, wall time and peak RSS of the child (KB).
func runCommand(_ arguments: [String], environment: [String: String]? = nil, output: String = "/dev/null") -> (status: Int32, seconds: Double, peakKB: Int) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    var envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
    defer { for p in envp { free(p) } }
    var pid: pid_t = 0
    let start = monotonicSeconds()
    guard posix_spawnp(&pid, arguments[0], &actions, nil, &argv, &envp) == 0 else { return (127, 0, 0) }
    // ru_maxrss from wait4 is useless here: posix_spawn's vfork-style child starts out sharing this
    // process's memory, so it reports this process's size. Poll the child's own high-water mark instead.
    var status: Int32 = 0
    var peak = 0
    while true {
        let done = waitpid(pid, &status, WNOHANG)
        if done == pid { break }
        if done < 0 && errno != EINTR { break }
        peak = max(peak, childPeakKB(pid))
        usleep(10_000)
    }
    let seconds = monotonicSeconds() - start
    return ((status >> 8) & 0xff, seconds, peak)
}

/// A running child's peak resident memory (VmHWM) in KB, 0 when unreadable.
func childPeakKB(_ pid: pid_t) -> Int { procStatusKB(String(pid), field: "VmHWM") }

/// A memory field of `/proc/PROCESS/status` in KB (0 when unreadable).
func procStatusKB(_ process: String, field: String) -> Int {
    let status = (try? String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix(field + ":") } ?? ""
    return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
}
