import Foundation

/// Optional timing trace for the benchmark: when `SITEWALK_TRACE` names a file, the event loop writes
/// `first_frame`, `companies` and per-keystroke `key` lines with monotonic nanosecond timestamps (and
/// `inspector_key`, `phases` and `state` lines the benchmark also reads).
///
/// `SITEWALK_TRACE_EXIT=companies` makes the browser quit once the companies are on screen.
public final class FrameTrace {
    private let handle: FileHandle?
    /// Quit once the companies are drawn (launch benchmarks).
    public let exitAfterCompanies: Bool
    private var wroteFirstFrame = false
    private var wroteCompanies = false

    /// Reads the environment; a trace that cannot be opened is simply off.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let path = environment["SITEWALK_TRACE"], !path.isEmpty {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            handle = FileHandle(forWritingAtPath: path)
        } else {
            handle = nil
        }
        exitAfterCompanies = environment["SITEWALK_TRACE_EXIT"] == "companies"
    }

    /// Whether tracing is on.
    public var isOn: Bool { handle != nil }

    /// The monotonic clock in nanoseconds (the same clock in every process).
    public static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Records a flushed frame; `companiesShown` when the Companies pane has rows.
    func frameFlushed(companiesShown: Bool) {
        guard let handle else { return }
        let t = Self.now()
        if !wroteFirstFrame {
            wroteFirstFrame = true
            handle.write(Data("first_frame \(t)\n".utf8))
        }
        if companiesShown, !wroteCompanies {
            wroteCompanies = true
            handle.write(Data("companies \(t)\n".utf8))
        }
    }

    /// Records the time from reading a key to the flushed frame that answers it.
    func keyAnswered(readAt: UInt64, rows: Int) {
        guard let handle else { return }
        handle.write(Data("key \(Self.now() - readAt) rows=\(rows)\n".utf8))
    }

    /// Records the time from reading a key to the frame whose inspector shows the record it selected
    /// (the same frame as the key's, or the one right after it when the cursor's frame went out first).
    func inspectorAnswered(readAt: UInt64) {
        guard let handle else { return }
        handle.write(Data("inspector_key \(Self.now() - readAt)\n".utf8))
    }

    /// Records how long the parts of the last frame took (nanoseconds).
    func phases(_ values: [UInt64]) {
        guard let handle else { return }
        handle.write(Data("phases \(values.map(String.init).joined(separator: " "))\n".utf8))
    }

    /// Records the state after background answers were applied: focus, rows of the focused pane, idle.
    func state(focus: Int, rows: Int, idle: Bool) {
        guard let handle else { return }
        handle.write(Data("state \(focus) \(rows) \(idle ? 1 : 0)\n".utf8))
    }

    /// Whether the browser should quit now (companies drawn and asked to exit).
    var shouldExit: Bool { exitAfterCompanies && wroteCompanies }
}
