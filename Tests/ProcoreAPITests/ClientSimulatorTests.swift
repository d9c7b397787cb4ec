import Foundation
import ProcoreAPI
import SandboxServer
import Testing

/// The client against the real simulator over loopback.
@Suite struct ClientSimulatorTests {
    @Test func clientCredentialsSignInReadsMeCompaniesAndProjects() async throws {
        let harness = try await SimulatorHarness.start()
        let client = harness.client()
        do {
            try await client.signIn()
            #expect(client.tokenStatus.phase == .valid)
            #expect(client.tokenStatus.grant == "client_credentials")
            let expires = try #require(client.tokenStatus.expiresAt)
            #expect(abs(expires.timeIntervalSinceNow - 5400) < 60, "expiry comes from expires_in")
            let me = try #require(Me(json: try await client.getJSON(APIRequest(path: "/rest/v1.0/me"))))
            #expect(!me.displayName.isEmpty)
            let companies = try await client.allItems(APIRequest(path: "/rest/v1.0/companies")).compactMap(Company.init(json:))
            let company = try #require(companies.first { $0.name == "Sandbox Demo Company" })
            let projects = try await client.allItems(APIRequest(path: "/rest/v1.1/projects", query: [.init("company_id", String(company.id))],
                                                                companyID: company.id))
                .compactMap { Project(json: $0, companyID: company.id) }
            #expect(projects.contains { $0.name == "1234 - Sandbox Test Project" })
        } catch {
            await harness.stop()
            throw error
        }
        await harness.stop()
    }

    @Test func missingCompanyHeaderIsATypedErrorWithProcoresMessage() async throws {
        let harness = try await SimulatorHarness.start()
        let client = harness.client()
        let facts = harness.server.seedFacts
        do {
            _ = try await client.getJSON(APIRequest(path: "/rest/v1.0/projects/\(facts.projectID)/rfis"))
            Issue.record("a project call without Procore-Company-Id must fail")
        } catch let error as ProcoreError {
            #expect(error.status == 400 || error.status == 403 || error.status == 401)
            #expect(error.message?.contains("Procore-Company-Id") == true)
            #expect(error.description.contains("GET /rest/v1.0/projects/\(facts.projectID)/rfis"))
        }
        let rfis = try await client.allItems(APIRequest(path: "/rest/v1.0/projects/\(facts.projectID)/rfis", companyID: facts.companyID))
        #expect(rfis.count == 1)
        #expect(rfis.first?["subject"]?.stringValue?.contains("Thermostat") == true)
        await harness.stop()
    }

    @Test(arguments: ["POST", "PUT", "PATCH", "DELETE"])
    func writesToTheAPIAreRefusedBeforeAnyByteLeaves(method: String) async throws {
        let harness = try await SimulatorHarness.start()
        harness.server.requestLog.clear()
        let url = harness.endpoints.apiURL.appendingPathComponent("rest/v1.0/companies")
        do {
            _ = try await harness.transport.send(method: method, url: url, headers: [("Authorization", "Bearer x")], body: Array("{}".utf8))
            Issue.record("\(method) must be refused")
        } catch let error as ProcoreError {
            #expect(error.kind == .refusedWrite)
            #expect(error.description.contains("read-only"))
        }
        // POST is allowed only to the OAuth endpoints, never elsewhere on the login origin either.
        #expect(throws: ProcoreError.self) {
            try ReadOnlyGuard.check(method: "POST", url: harness.endpoints.loginURL.appendingPathComponent("oauth/authorize"))
        }
        #expect(harness.server.requestLog.entries().isEmpty, "the simulator saw nothing")
        await harness.stop()
    }

    @Test func aTokenForOneEnvironmentIsNeverPresentedToAnothersHost() async throws {
        let a = try await SimulatorHarness.start()
        let b = try await SimulatorHarness.start()
        let clientA = a.client()
        try await clientA.signIn()
        // A request for environment A whose URL points at B's host is refused locally.
        #expect(!a.environment.tokenTrust.allowsToken(for: b.endpoints.apiURL))
        #expect(a.environment.tokenTrust.allowsToken(for: a.endpoints.apiURL.appendingPathComponent("rest/v1.0/me")))
        #expect(!ProcoreEnvironment.production.tokenTrust.allowsToken(for: URL(string: "https://s3.amazonaws.com/x")!))
        #expect(!ProcoreEnvironment.production.tokenTrust.allowsToken(for: URL(string: "http://api.procore.com/x")!))
        #expect(!ProcoreEnvironment.production.tokenTrust.allowsToken(for: URL(string: "https://procore.com.evil.io/x")!))
        #expect(ProcoreEnvironment.production.tokenTrust.allowsToken(for: URL(string: "https://us02.procore.com/fas/api/v5/x")!))
        _ = try await clientA.getJSON(APIRequest(path: "/rest/v1.0/companies"))
        let bSawAuthorization = b.server.requestLog.entries().contains { $0.headerNames.contains("authorization") }
        #expect(!bSawAuthorization, "environment B never saw a bearer token")
        await a.stop()
        await b.stop()
    }

    @Test func tokenFilesAre0600InA0700DirectoryAndBadOnesAreRefused() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        chmod(temp.url.path, 0o777)
        let store = TokenStore(directory: temp.url.appendingPathComponent("tokens"))
        let tokens = TokenSet(accessToken: "a", expiresIn: 5400, refreshToken: "r", createdAt: 1_800_000_000, grant: "authorization_code")
        try store.save(tokens, environment: "sandbox")
        var info = stat()
        stat(store.directory.path, &info)
        #expect(info.st_mode & 0o777 == 0o700)
        stat(store.file(for: "sandbox").path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(try store.load(environment: "sandbox") == tokens)

        chmod(store.file(for: "sandbox").path, 0o644)
        #expect(throws: TokenStore.Problem.self) { try store.load(environment: "sandbox") }
        chmod(store.file(for: "sandbox").path, 0o600)
        try Data("not json".utf8).write(to: store.file(for: "sandbox"))
        chmod(store.file(for: "sandbox").path, 0o600)
        do {
            _ = try store.load(environment: "sandbox")
            Issue.record("a corrupt token file must be reported")
        } catch {
            #expect("\(error)".contains("corrupt"))
            #expect("\(error)".contains("sandbox.json"))
        }
    }
}
