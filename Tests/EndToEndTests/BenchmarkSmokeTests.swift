import Foundation
import Testing

/// The benchmark must never rot: a smoke run (a few iterations, small data, no peers) in every test run.
struct BenchmarkSmokeTests {
    @Test func smokeRunMeasuresEveryFigureAndWritesJSON() async throws {
        let bench = BuiltBinary.sitewalk.deletingLastPathComponent().appendingPathComponent("sitewalk-bench")
        try #require(FileManager.default.isExecutableFile(atPath: bench.path), "sitewalk-bench not built at \(bench.path)")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-smoke-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.txt").path
        let json = directory.appendingPathComponent("results.json").path
        let status = try await Spawn.run([bench.path, "--smoke", "--json", json], output: output)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        #expect(status == 0, "bench exited \(status):\n\(text)")
        for figure in ["launch to first frame", "launch to companies shown", "keystroke to frame", "filter", "sort", "memory", "download"] {
            #expect(text.contains(figure), "the table has a \(figure) row:\n\(text)")
        }
        let data = try #require(FileManager.default.contents(atPath: json))
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(rows.count >= 7)
        let launch = rows.first { ($0["name"] as? String)?.hasPrefix("launch to first frame") == true }
        let stats = launch?["stats"] as? [String: Any]
        #expect((stats?["count"] as? Int ?? 0) >= 1, "the launch was actually measured")
    }
}
