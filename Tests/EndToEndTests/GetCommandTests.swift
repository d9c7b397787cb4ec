import Foundation
import Testing

/// End-to-end: `sitewalk get` against `sitewalk sandbox` in another process, as a developer scripts it.
@Suite(.serialized)
struct GetCommandTests {
    /// A sandbox, a HOME whose config names it `local`, and a way to run `sitewalk` there.
    final class Setup {
        let home: URL
        let sandbox: SandboxProcess

        init() async throws {
            home = FileManager.default.temporaryDirectory.appendingPathComponent("sitewalk-get-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home.appendingPathComponent(".config/sitewalk"), withIntermediateDirectories: true)
            sandbox = try await SandboxProcess(arguments: [], directory: home)
            try """
            [environments.local]
            api_url = "\(sandbox.apiURL.absoluteString)"
            login_url = "\(sandbox.loginURL.absoluteString)"
            """.write(to: home.appendingPathComponent(".config/sitewalk/config.toml"), atomically: true, encoding: .utf8)
        }

        /// Runs `sitewalk ARGUMENTS --env local` with stdout to a file (piped, so compact JSON); its exit status and output.
        func get(_ arguments: [String]) async throws -> (status: Int32, output: String) {
            let output = home.appendingPathComponent("out-\(UUID().uuidString).json")
            let environment = ["HOME=\(home.path)", "PATH=/usr/bin:/bin", "LANG=C.UTF-8",
                               "SITEWALK_CLIENT_ID=sitewalk-demo-client", "SITEWALK_CLIENT_SECRET=sitewalk-demo-secret"]
            let status = try await Spawn.run(["env", "-i"] + environment + [BuiltBinary.sitewalk.path, "get"] + arguments + ["--env", "local"],
                                       output: output.path)
            return (status, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
        }

        /// The JSON `sitewalk get` printed, which must have succeeded.
        func json(_ arguments: [String]) async throws -> Any {
            let run = try await get(arguments)
            guard run.status == 0 else { throw E2EFailure("sitewalk get \(arguments) exited \(run.status): \(run.output)") }
            return try JSONSerialization.jsonObject(with: Data(run.output.utf8))
        }

        deinit {
            sandbox.stop()
            try? FileManager.default.removeItem(at: home)
        }
    }

    /// The seed project's people (three of them) and its company.
    static func users(_ setup: Setup) async throws -> (path: String, company: String) {
        let companies = try #require(try await setup.json(["/rest/v1.0/companies"]) as? [[String: Any]])
        let company = try #require(companies.first?["id"] as? NSNumber).stringValue
        let projects = try #require(try await setup.json(["/rest/v1.1/projects", "--query", "company_id=\(company)"]) as? [[String: Any]])
        let project = try #require(projects.first?["id"] as? NSNumber).stringValue
        return ("/rest/v1.0/projects/\(project)/users", company)
    }

    @Test func allPagesPipedAreOneArrayEqualToTheRecordsOfOnePage() async throws {
        let setup = try await Setup()
        let (path, company) = try await Self.users(setup)
        let whole = try #require(try await setup.json([path, "--company", company, "--per-page", "1000"]) as? NSArray)
        #expect(whole.count >= 3, "the seed project has several people")
        // One record per page: the records are copied out as the bytes of many pages, joined into one array.
        let run = try await setup.get([path, "--company", company, "--all", "--per-page", "1"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("[{") && run.output.hasSuffix("}]\n"), "one compact array and a newline")
        let paged = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? NSArray)
        #expect(paged == whole, "every record, in order, as one page holds them")
    }

    @Test func anUnknownPathFailsWithTheStatusAndNoOutputOnStdout() async throws {
        let setup = try await Setup()
        let (_, company) = try await Self.users(setup)
        let run = try await setup.get(["/rest/v1.0/projects/999999999/rfis", "--company", company, "--all"])
        #expect(run.status != 0)
        #expect(run.output.contains("404") || run.output.contains("not found"), "the error names what went wrong: \(run.output)")
        #expect(!run.output.hasPrefix("["), "no partial array")
    }
}
