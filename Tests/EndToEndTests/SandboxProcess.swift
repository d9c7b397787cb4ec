import Foundation
import ProcoreAPI

/// `sitewalk sandbox --json` running as its own process, as a developer would start it in another
/// terminal, with its control endpoint (`/_sandbox/...`) at hand.
final class SandboxProcess {
    let pid: pid_t
    /// The API origin (also serves `/_sandbox/...`).
    let apiURL: URL
    /// The login (OAuth) origin.
    let loginURL: URL
    /// The storage origin file links redirect to.
    let storageURL: URL
    private let transport = HTTPTransport()
    private var stopped = false

    /// Starts `sitewalk sandbox --json` with `arguments`, writing its output under `directory`, and waits
    /// (up to `timeout` seconds) for the line with its URLs.
    init(arguments: [String], directory: URL, timeout: TimeInterval = 60) async throws {
        let output = directory.appendingPathComponent("sandbox-stdout.txt")
        let errors = directory.appendingPathComponent("sandbox-stderr.txt")
        let argv = [BuiltBinary.sitewalk.path, "sandbox", "--json"] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var child: pid_t = 0
        let rc = Spawn.withDefaultSignals { attributes in posix_spawn(&child, argv[0], &actions, &attributes, &cArguments, environ) }
        guard rc == 0 else { throw E2EFailure("cannot start the sandbox: \(String(cString: strerror(rc)))") }
        pid = child
        let deadline = Date().addingTimeInterval(timeout * TestTime.scale)
        var urls: [String: String]?
        while urls == nil {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first, text.contains("\n"),
               let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String] {
                urls = object
                break
            }
            var status: Int32 = 0
            if waitpid(child, &status, WNOHANG) == child {
                let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
                throw E2EFailure("the sandbox exited before serving: \(stderr)")
            }
            guard Date() < deadline else {
                kill(child, SIGKILL)
                _ = waitpid(child, &status, 0)
                throw E2EFailure("the sandbox printed no URLs within \(Int(timeout))s")
            }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        guard let urls, let api = urls["api_url"].flatMap(URL.init(string:)), let login = urls["login_url"].flatMap(URL.init(string:)),
              let storage = urls["storage_url"].flatMap(URL.init(string:))
        else {
            kill(child, SIGKILL)
            throw E2EFailure("the sandbox's JSON line lacks a URL")
        }
        apiURL = api
        loginURL = login
        storageURL = storage
    }

    /// Whether the process is still running.
    var isRunning: Bool { !stopped && kill(pid, 0) == 0 }

    /// A GET to the control endpoint, e.g. `control("counters")`.
    func control(_ path: String) async throws -> RawResponse {
        try await transport.send(method: "GET", url: apiURL.appendingPathComponent("_sandbox/" + path), headers: [])
    }

    /// A control GET whose body is JSON.
    func controlJSON(_ path: String) async throws -> Any {
        let response = try await control(path)
        guard response.status == 200 else { throw E2EFailure("GET /_sandbox/\(path) answered \(response.status)") }
        return try JSONSerialization.jsonObject(with: Data(response.body))
    }

    /// A GET of an absolute URL that does not follow redirects.
    func get(_ url: URL) async throws -> RawResponse {
        try await transport.send(method: "GET", url: url, headers: [])
    }

    /// Stops the server with SIGTERM (SIGKILL after 10 s) and reaps it.
    func stop() {
        guard !stopped else { return }
        stopped = true
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(10 * TestTime.scale)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return
            }
            usleep(20_000)
        }
    }

    deinit { stop() }
}
