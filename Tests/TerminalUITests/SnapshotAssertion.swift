import Foundation
import Testing
@testable import TerminalUI

/// Compares a canvas with a stored snapshot: a text file under `Tests/TerminalUITests/Snapshots/` with
/// the text layer and the style layer (`Canvas.defaultLegend`), each row between `|` so trailing spaces
/// show and survive editors.
///
/// A missing snapshot is written and the test fails once (look at it, then commit it).
/// `SITEWALK_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests` rewrites every snapshot.
enum SnapshotAssertion {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static var recording: Bool { ProcessInfo.processInfo.environment["SITEWALK_RECORD_SNAPSHOTS"] == "1" }

    /// The file text of a canvas: a title line, the text rows, then the style rows.
    static func render(_ canvas: Canvas, title: String) -> String {
        var out = "# \(title) (\(canvas.width)×\(canvas.height))\n"
        out += canvas.lines().map { "|\($0)|" }.joined(separator: "\n")
        out += "\n# style: . plain, * bold, a accent, m muted, e error, w warning, o ok, s selection, b border, p/x/y/z env, r reverse; uppercase bold\n"
        out += canvas.styleLines().map { "|\($0)|" }.joined(separator: "\n")
        return out + "\n"
    }

    /// Expects `canvas` to match the snapshot `name` (recording it when missing or when asked to).
    static func expect(_ canvas: Canvas, named name: String, title: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent("\(name).txt")
        let actual = render(canvas, title: title)
        let stored = try? String(contentsOf: file, encoding: .utf8)
        if recording || stored == nil {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do {
                try actual.write(to: file, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("cannot write snapshot \(file.lastPathComponent): \(error)", sourceLocation: sourceLocation)
            }
            if stored == nil && !recording {
                Issue.record("recorded a new snapshot \(name).txt; check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        guard let stored, stored != actual else { return }
        let want = stored.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let differing = (0..<max(want.count, got.count)).filter { i in
            (i < want.count ? want[i] : "") != (i < got.count ? got[i] : "")
        }
        let report = differing.prefix(6).map { i in
            "line \(i + 1):\n  want \(i < want.count ? String(want[i]) : "<none>")\n  got  \(i < got.count ? String(got[i]) : "<none>")"
        }.joined(separator: "\n")
        Issue.record("snapshot \(name).txt differs (\(differing.count) lines; SITEWALK_RECORD_SNAPSHOTS=1 re-records):\n\(report)",
                     sourceLocation: sourceLocation)
    }
}
