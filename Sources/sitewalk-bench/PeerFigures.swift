import Foundation
import ProcoreAPI
import SandboxServer

extension BenchContext {
    /// A running simulator for the peer comparisons, with a config file naming it `local`.
    func peerServer(requireCompanyHeader: Bool) async -> (SandboxServer, SandboxEndpoints)? {
        var configuration = SandboxConfiguration()
        configuration.dataset = smoke ? .seed : .large(seed: 1)
        configuration.rateLimit = .disabled
        configuration.requireCompanyHeader = requireCompanyHeader
        let server = SandboxServer(configuration: configuration)
        guard let endpoints = try? await server.start() else { return nil }
        let config = scratch.appendingPathComponent("config/sitewalk")
        try? FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let storage = endpoints.storageURL
        let toml = """
        environment = "local"
        [environments.local]
        api_url = "\(endpoints.apiURL.absoluteString)"
        login_url = "\(endpoints.loginURL.absoluteString)"
        token_hosts = []
        """
        _ = storage
        try? toml.write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        return (server, endpoints)
    }

    var credentialsEnvironment: [String: String] {
        ["SITEWALK_CLIENT_ID": SandboxConfiguration.demoClientID, "SITEWALK_CLIENT_SECRET": SandboxConfiguration.demoClientSecret]
    }

    /// A Python ≥ 3.12 (pyprocore needs it): pyenv's newest 3.12+, else python3.13/python3.12 on PATH.
    static func python312() -> String? {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        let pyenv = ProcessInfo.processInfo.environment["PYENV_ROOT"] ?? home + "/.pyenv"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: pyenv + "/versions")) ?? [])
            .filter { v in
                let parts = v.split(separator: ".").compactMap { Int($0) }
                return parts.count >= 2 && parts[0] == 3 && parts[1] >= 12
            }
            .sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        if let newest = versions.last { return "\(pyenv)/versions/\(newest)/bin/python" }
        for name in ["/usr/bin/python3.13", "/usr/bin/python3.12"] where FileManager.default.isExecutableFile(atPath: name) { return name }
        return nil
    }

    /// A throw-away virtual environment with PyPI packages; nil with the reason when it cannot be made.
    func virtualEnvironment(_ packages: [String], name: String) -> (python: String, bin: String)? {
        let python = Self.python312() ?? "python3"
        let venv = scratch.appendingPathComponent("venv-\(name)").path
        guard runCommand([python, "-m", "venv", venv]).status == 0 else { return nil }
        let pip = runCommand(["\(venv)/bin/pip", "install", "--quiet", "--disable-pip-version-check"] + packages)
        guard pip.status == 0 else { return nil }
        return ("\(venv)/bin/python", "\(venv)/bin")
    }

    /// `sitewalk get --all` on 100,000 RFIs against pyprocore's `get_all` on the same server.
    func getAllFigures() async -> [Figure] {
        let name = "100,000 RFIs: sitewalk get --all vs pyprocore get_all"
        guard !smoke else { return [] }
        guard let (server, endpoints) = await peerServer(requireCompanyHeader: false) else { return [] }
        defer { Task { await server.stop() } }
        let facts = server.seedFacts
        let path = "/rest/v1.0/projects/\(facts.projectID)/rfis"
        var ours: [Double] = []
        for _ in 0..<3 {
            let run = runCommand([sitewalk, "get", path, "--company", String(facts.companyID), "--all", "--env", "local"],
                                 environment: childEnvironment(credentialsEnvironment))
            if run.status == 0 { ours.append(run.seconds) }
        }
        let oursStats = Stats(ours)
        guard peers else {
            return [Figure(name: name, target: "≥ 3× faster", unit: "s", stats: oursStats, value: "", met: nil, note: "peers not run (--no-peers)")]
        }
        guard let venv = virtualEnvironment(["pyprocore==2.4.0"], name: "pyprocore") else {
            return [Figure(name: name, target: "≥ 3× faster", unit: "s", stats: oursStats, value: "", met: nil,
                           note: "pyprocore not measured: it could not be installed from PyPI (needs Python ≥ 3.12)")]
        }
        let script = scratch.appendingPathComponent("pyprocore_all.py")
        try? """
        import os, sys, time
        from pyprocore.core.client import ProcoreClient
        client = ProcoreClient()
        start = time.monotonic()
        items = client.get_all(sys.argv[1], params={"per_page": 100})
        print(len(items), time.monotonic() - start)
        """.write(to: script, atomically: true, encoding: .utf8)
        var theirs: [Double] = []
        var note: String?
        for _ in 0..<3 {
            let out = scratch.appendingPathComponent("pyprocore.out").path
            let env = childEnvironment([
                "PROCORE_API_BASE": endpoints.apiURL.absoluteString, "PROCORE_LOGIN_URL": endpoints.loginURL.absoluteString,
                "PROCORE_CLIENT_ID": SandboxConfiguration.demoClientID, "PROCORE_CLIENT_SECRET": SandboxConfiguration.demoClientSecret,
                "PROCORE_AUTH_MODE": "client_credentials", "PROCORE_COMPANY_ID": String(facts.companyID),
                "PROCORE_TOKEN_STORE_BACKEND": "memory",
            ])
            let run = runCommand([venv.python, script.path, path], environment: env, output: out)
            let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            if run.status == 0, text.hasPrefix("100000") { theirs.append(run.seconds) } else { note = "pyprocore failed: exit \(run.status) \(text.prefix(120))" }
        }
        let theirsStats = Stats(theirs)
        let ratio = theirsStats.median / oursStats.median
        return [
            Figure(name: "sitewalk get --all, 100,000 RFIs", target: "≥ 3× pyprocore", unit: "s", stats: oursStats, value: "",
                   met: theirs.isEmpty ? nil : ratio >= 3, note: theirs.isEmpty ? note : String(format: "%.1f× faster than pyprocore", ratio)),
            Figure(name: "pyprocore get_all, 100,000 RFIs (peer)", target: "", unit: "s", stats: theirs.isEmpty ? nil : theirsStats,
                   value: theirs.isEmpty ? "not measured" : "", met: nil, note: theirs.isEmpty ? note : nil),
        ]
    }

    /// A 1 GiB file: `sitewalk download` against `curl -L -o`, same link, same run.
    func downloadFigures() async -> [Figure] {
        guard let (server, endpoints) = await peerServer(requireCompanyHeader: true) else { return [] }
        defer { Task { await server.stop() } }
        let facts = server.seedFacts
        let client = Self.demoClient(endpoints, name: "local")
        guard let file = try? await client.getJSON(APIRequest(path: "/rest/v1.0/files/\(facts.fileID)",
                                                               query: [.init("project_id", String(facts.projectID))], companyID: facts.companyID)),
              let link = file["file_versions"]?[0]?["url"]?.stringValue,
              let token = try? await client.oauth.clientCredentials(ClientCredentials(clientID: SandboxConfiguration.demoClientID,
                                                                                        clientSecret: SandboxConfiguration.demoClientSecret)) else { return [] }
        let size = Double(facts.fileSize)
        var oursRate: [Double] = [], curlRate: [Double] = [], oursPeak = 0
        let runs = smoke ? 1 : 3
        for _ in 0..<runs {
            let target = scratch.appendingPathComponent("ours.bin")
            try? FileManager.default.removeItem(at: target)
            let ours = runCommand([sitewalk, "download", link, "-o", target.path, "--env", "local"], environment: childEnvironment(credentialsEnvironment))
            if ours.status == 0 { oursRate.append(size / ours.seconds / 1e6); oursPeak = max(oursPeak, ours.peakKB) }
            try? FileManager.default.removeItem(at: target)
            let theirsFile = scratch.appendingPathComponent("curl.bin").path
            let curl = runCommand(["curl", "-sS", "-L", "-H", "Authorization: Bearer \(token.accessToken)", "-o", theirsFile, link])
            if curl.status == 0 { curlRate.append(size / curl.seconds / 1e6) }
            try? FileManager.default.removeItem(atPath: theirsFile)
        }
        let ours = Stats(oursRate), curl = Stats(curlRate)
        let ratio = ours.median / curl.median
        return [
            Figure(name: smoke ? "small file download, sitewalk download (smoke)" : "1 GiB download, sitewalk download", target: "≥ 0.9× curl, RSS ≤ 64 MB", unit: "MB/s", stats: ours, value: "",
                   met: curlRate.isEmpty || oursRate.isEmpty ? nil : ratio >= 0.9 && oursPeak <= 64 * 1024,
                   note: String(format: "%.2f× curl; peak RSS %d MB", ratio, oursPeak / 1024)),
            Figure(name: smoke ? "small file download, curl -L -o (smoke)" : "1 GiB download, curl -L -o (peer)", target: "", unit: "MB/s", stats: curl, value: "", met: nil,
                   note: curlRate.isEmpty ? "curl failed (storage refuses a forwarded Authorization header)" : nil),
        ]
    }

    /// Time to first screen: sitewalk --demo against posting (the terminal API client).
    func postingFigure() async -> [Figure] {
        guard peers else { return [] }
        guard let venv = virtualEnvironment(["posting==2.11.1", "tree-sitter<0.26"], name: "posting") else {
            return [Figure(name: "time to first screen vs posting", target: "≤ 0.1× posting", unit: "s", stats: nil, value: "not measured", met: nil,
                           note: "posting could not be installed from PyPI")]
        }
        var times: [Double] = []
        for _ in 0..<3 {
            let start = monotonicSeconds()
            guard let pty = PseudoTerminal(["\(venv.bin)/posting"], width: 120, height: 40,
                                           environment: childEnvironment(["PATH": "\(venv.bin):/usr/bin:/bin"])) else { break }
            if pty.waitForOutput("Collection", timeout: 30) { times.append(monotonicSeconds() - start) }
            kill(pty.pid, SIGTERM)
            pty.wait(timeout: 5)
        }
        let posting = Stats(times.map { $0 * 1000 })
        return [Figure(name: "posting: launch to first screen (peer)", target: "", unit: "ms", stats: times.isEmpty ? nil : posting,
                       value: times.isEmpty ? "not measured" : "", met: nil,
                       note: times.isEmpty ? "posting never drew its first screen within 30 s" : "sitewalk's own figure is the first row; the target is ≤ 0.1× this")]
    }
}
