import Foundation

/// The `SITEWALK_TRACE` file of a browser run, read back: how long each key took to answer.
struct FrameTraceLog {
    /// Milliseconds from reading each batch of keys to the flushed frame answering it, in order.
    let keyMilliseconds: [Double]

    /// Reads the trace file (lines `key NANOSECONDS rows=N`; other lines are ignored).
    init(contentsOf url: URL) {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        keyMilliseconds = text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count >= 2, fields[0] == "key", let nanoseconds = Double(fields[1]) else { return nil }
            return nanoseconds / 1_000_000
        }
    }

    /// The slowest answer, in milliseconds (0 without keys).
    var slowest: Double { keyMilliseconds.max() ?? 0 }

    /// The `fraction` quantile (0...1) of the answers, in milliseconds.
    func quantile(_ fraction: Double) -> Double {
        let sorted = keyMilliseconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
    }
}
