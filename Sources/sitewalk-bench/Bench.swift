import Foundation
import ProcoreAPI
import SandboxServer
import Workspace

/// `sitewalk-bench`: measures Sitewalk (release build) and, side by side, the tools people would use
/// instead. Prints one table and writes a JSON file. `--smoke` runs a few iterations without peers;
/// `--only NAME,...` runs a subset (launch, keystroke, list, getall, download, posting, simulator).
@main
struct Bench {
    static func main() async {
        let arguments = CommandLine.arguments.dropFirst()
        let smoke = arguments.contains("--smoke")
        let peers = !smoke && !arguments.contains("--no-peers")
        let jsonPath = arguments.firstIndex(of: "--json").flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
            ?? "bench-results.json"
        let jsonURL = URL(fileURLWithPath: jsonPath)   // absolute now: the context moves into its scratch directory
        let context = BenchContext(smoke: smoke, peers: peers)
        // `--only launch,keystroke,...` runs a subset (names: launch keystroke list getall download posting simulator).
        let only = arguments.firstIndex(of: "--only").flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
            .map { Set($0.split(separator: ",").map(String.init)) }
        func wanted(_ name: String) -> Bool { only?.contains(name) ?? true }
        var figures: [Figure] = []
        if wanted("launch") { figures += await context.launchFigures() }
        if wanted("keystroke") { figures += await context.keystrokeFigure() }
        if wanted("list") { figures += await context.listFigures() }
        if wanted("getall") { figures += await context.getAllFigures() }
        if wanted("download") { figures += await context.downloadFigures() }
        if wanted("posting") { figures += await context.postingFigure() }
        if wanted("simulator") { figures += await context.simulatorFigures() }
        Report.print(figures)
        if let data = try? JSONEncoder().encode(figures) { try? data.write(to: jsonURL) }
        context.cleanUp()
        let failures = figures.filter { $0.met == nil && $0.note == nil && $0.stats == nil }
        exit(failures.isEmpty ? 0 : 1)
    }
}

/// Prints the results table.
enum Report {
    static func print(_ figures: [Figure]) {
        let header = ["figure", "target", "median", "p99", "max", "met"]
        var rows = [header]
        for f in figures {
            func format(_ v: Double?) -> String {
                guard let v, v.isFinite else { return "—" }
                return v >= 100 ? String(format: "%.0f", v) : (v >= 10 ? String(format: "%.1f", v) : String(format: "%.2f", v))
            }
            let met = f.met.map { $0 ? "yes" : "NO" } ?? "—"
            if let s = f.stats {
                rows.append([f.name, f.target, format(s.median) + " " + f.unit, format(s.p99), format(s.max), met])
            } else {
                rows.append([f.name, f.target, f.value, "", "", met])
            }
            if let note = f.note { rows.append(["  ↳ " + note, "", "", "", "", ""]) }
        }
        let widths = (0..<header.count).map { c in rows.map { $0[c].count }.max() ?? 0 }
        for (i, row) in rows.enumerated() {
            Swift.print(row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }.joined(separator: "  "))
            if i == 0 { Swift.print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
    }
}
