import Foundation
import ProcoreAPI
import SandboxServer

extension BenchContext {
    /// Issue 3's figure: the simulator serving one 100-record page of the 100,000-RFI list, measured as
    /// the time from sending the request to holding the whole body, over loopback, with our HTTP client.
    /// Pages are picked across the whole list so no single page is served from a warm spot.
    func simulatorFigures() async -> [Figure] {
        let name = smoke ? "simulator: one 100-RFI page (seed, smoke)" : "simulator: one 100-RFI page of 100,000 RFIs"
        guard let (server, endpoints) = await peerServer(requireCompanyHeader: true) else {
            return [Figure(name: name, target: "≤ 5 ms", unit: "ms", stats: nil, value: "not measured", met: nil, note: "the simulator did not start")]
        }
        defer { Task { await server.stop() } }
        let facts = server.seedFacts
        let client = Self.demoClient(endpoints, name: "local")
        let pages = max(1, facts.rfiCount / 100)
        let path = "/rest/v1.0/projects/\(facts.projectID)/rfis"
        func fetch(_ page: Int) async -> Double? {
            let request = APIRequest(path: path, query: [.init("page", String(page)), .init("per_page", "100")], companyID: facts.companyID)
            let start = monotonicSeconds()
            guard let response = try? await client.get(request), response.status == 200, !response.body.isEmpty else { return nil }
            return (monotonicSeconds() - start) * 1000
        }
        for page in 1...min(10, pages) { _ = await fetch(page) }   // sign in, open connections
        var samples: [Double] = []
        var failures = 0
        let count = smoke ? 20 : 300
        for i in 0..<count {
            let page = 1 + (i * 7919) % pages   // a stride prime to the page count visits pages all over the list
            if let ms = await fetch(page) { samples.append(ms) } else { failures += 1 }
        }
        let stats = Stats(samples)
        return [Figure(name: name, target: "≤ 5 ms", unit: "ms", stats: stats, value: "",
                       met: stats.count > 0 && !smoke ? stats.median <= 5 : nil,
                       note: failures > 0 ? "\(failures) of \(count) requests failed" : "\(count) pages, time to the whole body over loopback")]
    }
}
