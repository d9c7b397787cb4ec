import Foundation

/// Resident memory of a process, read from `/proc/PID/status` (Linux).
enum ResidentMemory {
    /// `VmRSS` of `pid` in KiB, or nil when the process is gone.
    static func kibibytes(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
        }
        return nil
    }

    /// The child of `parent` whose command name is `name` (the browser under the tmux shell), if any.
    static func child(of parent: pid_t, named name: String) -> pid_t? {
        let list = (try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8)) ?? ""
        for field in list.split(separator: " ") {
            guard let pid = pid_t(field) else { continue }
            let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            if comm == name { return pid }
        }
        return nil
    }
}
