import Foundation
import ProcoreAPI
import SandboxServer
import Workspace

extension BenchContext {
    /// Resident memory of this process in KB.
    static func residentKB() -> Int { procStatusKB("self", field: "VmRSS") }

    /// Filter and sort over 100,000 RFIs loaded through the real `Workspace` and `ProcoreClient` path
    /// (open the RFIs pane, sort: every page is fetched and shaped into rows as the browser does), and
    /// the memory they take in this process. The full run serves them from `sitewalk sandbox` in a child
    /// process, so the simulator's own memory is not counted; the smoke run uses an in-process one.
    func listFigures() async -> [Figure] {
        guard let origin = await listOrigin() else { return [failedList("the simulator did not start")] }
        defer { origin.stop() }
        let client = ProcoreClient(environment: origin.environment, transport: HTTPTransport(),
                                   credentials: ClientCredentials(clientID: SandboxConfiguration.demoClientID,
                                                                  clientSecret: SandboxConfiguration.demoClientSecret),
                                   tokenStore: nil)
        guard let catalog = try? ToolCatalog.bundled() else { return [failedList("no catalog")] }
        let baseline = Self.residentKB()
        let workspace = Workspace(client: client, catalog: catalog)
        workspace.start()
        guard await workspace.waitUntilIdle(timeout: 60) else { return [failedList("sign-in did not finish")] }
        workspace.open(deepLink: "company/\(origin.companyID)/project/\(origin.projectID)/rfis")
        guard await workspace.waitUntilIdle(timeout: 60) else { return [failedList("the RFIs did not open")] }
        // Sorting a partial list fetches every remaining page (concurrently), as in the browser.
        workspace.handle(.focus(.records))
        workspace.handle(.sort(column: 0, ascending: true))
        guard await workspace.waitUntilIdle(timeout: 600) else { return [failedList("the RFIs did not all load")] }
        let pane = workspace.currentRecords
        guard let level = pane.level, let total = pane.total, pane.rows.count == total, total > 0 else {
            return [failedList("loaded \(pane.rows.count) of \(pane.total ?? 0) RFIs")]
        }
        let resident = Self.residentKB() - baseline
        let rows = pane.rows, columns = level.columns
        // The bytes the RFIs came in: the same list fetched again, page by page, counted and dropped.
        var bytes = 0
        if let request = pane.request, let first = try? await client.page(request, number: 1, keepingBytes: true) {
            bytes = first.byteCount
            if let count = first.pageCount, count > 1 {
                for start in stride(from: 2, through: count, by: 10) {
                    let pages = (try? await client.remainingPages(request, from: start, through: min(count, start + 9), keepingBytes: true)) ?? []
                    bytes += pages.reduce(0) { $0 + $1.byteCount }
                }
            }
        }
        let limitKB = Int(Double(bytes) * 1.5 / 1024) + 40 * 1024
        // The browser keeps one query cache per list (search index, sort keys), built by the first
        // filter or sort and reused by every later keystroke; time that first build separately.
        var cache = QueryCache()
        let indexStart = monotonicSeconds()
        _ = ListQuery.run(rows: rows, columns: columns, filter: "t", sort: nil, cache: &cache)
        let indexBuild = (monotonicSeconds() - indexStart) * 1000
        var filterTimes: [Double] = []
        let typed = "thermostat"
        for _ in 0..<(smoke ? 1 : 5) {
            for length in 1...typed.count {
                let text = String(typed.prefix(length))
                let start = monotonicSeconds()
                _ = ListQuery.run(rows: rows, columns: columns, filter: text, sort: nil, cache: &cache)
                filterTimes.append((monotonicSeconds() - start) * 1000)
            }
        }
        var sortTimes: [Double] = []
        let dateColumn = columns.firstIndex { $0.kind == .date } ?? 0
        for i in 0..<(smoke ? 1 : 5) {
            var fresh = QueryCache()   // the first sort by a column builds its keys: measure that
            let start = monotonicSeconds()
            _ = ListQuery.run(rows: rows, columns: columns, filter: "", sort: (dateColumn, i % 2 == 0), cache: &fresh)
            sortTimes.append((monotonicSeconds() - start) * 1000)
        }
        let filter = Stats(filterTimes), sort = Stats(sortTimes)
        return [
            Figure(name: "filter \(rows.count.formatted()) records, per keystroke", target: "≤ 30 ms", unit: "ms", stats: filter, value: "",
                   met: filter.p99 <= 30, note: String(format: "the first keystroke builds the search index: %.0f ms, off the UI thread", indexBuild)),
            Figure(name: "sort \(rows.count.formatted()) records by a date column", target: "≤ 150 ms", unit: "ms", stats: sort, value: "",
                   met: sort.median <= 150, note: nil),
            Figure(name: "memory with \(rows.count.formatted()) RFIs loaded", target: "≤ 1.5× JSON + 40 MB", unit: "",
                   stats: nil, value: "\(resident / 1024) MB for \(bytes / 1_048_576) MB of JSON (limit \(limitKB / 1024) MB)",
                   met: resident <= limitKB,
                   note: "resident memory of the process that loaded them through Workspace, over its resident memory before (\(baseline / 1024) MB)"),
        ]
    }

    private func failedList(_ why: String) -> Figure {
        Figure(name: "RFI list figures", target: "", unit: "", stats: nil, value: "not measured: \(why)",
               met: false, note: nil)
    }

    /// Where the list figures' RFIs come from: `sitewalk sandbox --dataset large` in a child process
    /// (an in-process simulator with 2,000 RFIs for the smoke run).
    private func listOrigin() async -> ListOrigin? {
        if smoke {
            var configuration = SandboxConfiguration()
            configuration.dataset = .largeWithRFIs(seed: 1, rfiCount: 2_000)
            configuration.rateLimit = .disabled
            let server = SandboxServer(configuration: configuration)
            guard let endpoints = try? await server.start() else { return nil }
            let facts = server.seedFacts
            return ListOrigin(environment: ProcoreEnvironment(name: "bench", kind: .custom, apiURL: endpoints.apiURL, loginURL: endpoints.loginURL),
                              companyID: facts.companyID, projectID: facts.projectID, stop: { Task { await server.stop() } })
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sitewalk)
        process.arguments = ["sandbox", "--dataset", "large", "--seed", "1", "--hourly-limit", "0", "--json"]
        process.environment = childEnvironment()
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        var line: [UInt8] = []
        while !line.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let stop = { if process.isRunning { process.terminate(); process.waitUntilExit() } }
        guard let json = try? JSONParser.parse(line.prefix { $0 != 0x0A }),
              let api = json["api_url"]?.stringValue.flatMap({ URL(string: $0) }),
              let login = json["login_url"]?.stringValue.flatMap({ URL(string: $0) }),
              let company = json["company_id"]?.stringValue.flatMap({ Int64($0) }),
              let project = json["project_id"]?.stringValue.flatMap({ Int64($0) }) else { stop(); return nil }
        return ListOrigin(environment: ProcoreEnvironment(name: "bench", kind: .custom, apiURL: api, loginURL: login),
                          companyID: company, projectID: project, stop: stop)
    }
}

/// A simulator serving the list figures' RFIs, and how to stop it.
struct ListOrigin {
    let environment: ProcoreEnvironment
    let companyID: Int64
    let projectID: Int64
    let stop: () -> Void
}
