import Foundation
import ProcoreAPI
import SandboxServer
import Testing

/// Sign-in flows, refresh single flight and rotation, against the real simulator.
@Suite struct OAuthFlowTests {
    /// Approves the app on the simulator's consent page (auto-approve, as a person would click) and
    /// reads the code from the out-of-band page's redirect.
    static func authorizationCode(_ harness: SimulatorHarness, client: ProcoreClient) async throws -> String {
        var url = client.oauth.authorizeURL(clientID: SandboxConfiguration.demoClientID)
        url = URL(string: url.absoluteString + "&auto_approve=1")!
        let response = try await harness.transport.send(method: "GET", url: url, headers: [])
        let location = try #require(response.header("Location"), "authorize answers with a redirect to the code page")
        let components = URLComponents(string: location)
        return try #require(components?.queryItems?.first { $0.name == "code" }?.value)
    }

    /// Signs a client in through the out-of-band code flow, as a person would.
    static func signInWithCode(_ harness: SimulatorHarness, client: ProcoreClient) async throws {
        let code = try await authorizationCode(harness, client: client)
        try await client.signIn(code: code, credentials: SimulatorHarness.credentials)
    }

    @Test func outOfBandCodeFlowStoresARefreshableTokenPair() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let store = TokenStore(directory: temp.url.appendingPathComponent("tokens"))
        let client = harness.client(store: store, credentials: nil)
        try await Self.signInWithCode(harness, client: client)
        let stored = try #require(try store.load(environment: "local"))
        #expect(stored.grant == "authorization_code")
        #expect(stored.refreshToken != nil)
        #expect(client.tokenStatus.canRefresh)
        // A second client (a later session) uses the stored pair and the stored app credentials.
        let later = harness.client(store: store, credentials: nil)
        try await later.signIn()
        _ = try await later.getJSON(APIRequest(path: "/rest/v1.0/me"))
        #expect(harness.server.requestLog.refreshGrantCount == 0, "a valid stored token needs no refresh")
        await harness.stop()
    }

    @Test func fiftyConcurrentRequestsAtExpiryCauseExactlyOneRefresh() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let store = TokenStore(directory: temp.url.appendingPathComponent("tokens"))
        let client = harness.client(store: store)
        try await Self.signInWithCode(harness, client: client)
        let before = try #require(try store.load(environment: "local"))
        harness.server.advanceClock(by: 5400 + 60)   // every token the simulator issued is now expired
        let facts = harness.server.seedFacts
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    _ = try await client.getJSON(APIRequest(path: "/rest/v1.0/projects/\(facts.projectID)/rfis", companyID: facts.companyID))
                }
            }
            try await group.waitForAll()
        }
        #expect(harness.server.requestLog.refreshGrantCount == 1)
        #expect(harness.server.requestLog.reusedRefreshTokenCount == 0)
        let after = try #require(try store.load(environment: "local"))
        #expect(after.refreshToken != before.refreshToken, "the rotated pair is on disk")
        #expect(after.accessToken != before.accessToken)
        await harness.stop()
    }

    @Test func aReusedRefreshTokenNeverReachesTheSimulatorAcrossTwoClients() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let store = TokenStore(directory: temp.url.appendingPathComponent("tokens"))
        let first = harness.client(store: store)
        try await Self.signInWithCode(harness, client: first)
        // A second Sitewalk (same token directory) loads the same pair.
        let second = harness.client(store: store)
        try await second.signIn()
        harness.server.advanceClock(by: 5400 + 60)
        _ = try await first.getJSON(APIRequest(path: "/rest/v1.0/me"))    // refreshes and rotates
        _ = try await second.getJSON(APIRequest(path: "/rest/v1.0/me"))   // must adopt the rotated pair, not spend the old one
        #expect(harness.server.requestLog.refreshGrantCount == 1)
        #expect(harness.server.requestLog.reusedRefreshTokenCount == 0)
        await harness.stop()
    }

    @Test func aRefusedRefreshSignsOutWithAClearMessageAndNeverLoops() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let store = TokenStore(directory: temp.url.appendingPathComponent("tokens"))
        let client = harness.client(store: store)
        try await Self.signInWithCode(harness, client: client)
        // Burn the refresh token behind the client's back (as a lost response would).
        let stored = try #require(try store.load(environment: "local"))
        try await client.oauth.revoke(token: try #require(stored.refreshToken), credentials: SimulatorHarness.credentials)
        harness.server.advanceClock(by: 5400 + 60)
        do {
            _ = try await client.getJSON(APIRequest(path: "/rest/v1.0/me"))
            Issue.record("a refused refresh must fail the request")
        } catch let error as ProcoreError {
            #expect(error.kind == .signedOut)
            #expect(error.explanation.contains("signed out"))
        }
        guard case .signedOut(let reason) = client.tokenStatus.phase else {
            Issue.record("status must be signed out, is \(client.tokenStatus.phase)")
            return
        }
        #expect(reason.contains("sign in again"))
        let refreshesBefore = harness.server.requestLog.refreshGrantCount
        _ = try? await client.getJSON(APIRequest(path: "/rest/v1.0/me"))
        #expect(harness.server.requestLog.refreshGrantCount == refreshesBefore, "no second refresh attempt")
        await harness.stop()
    }

    @Test func clientCredentialsSessionsRequestANewTokenInsteadOfRefreshing() async throws {
        let harness = try await SimulatorHarness.start()
        let client = harness.client()
        try await client.signIn()
        harness.server.advanceClock(by: 5400 + 60)
        let tokensBefore = harness.server.requestLog.issuedAccessTokens().count
        _ = try await client.getJSON(APIRequest(path: "/rest/v1.0/me"))
        #expect(harness.server.requestLog.refreshGrantCount == 0)
        #expect(harness.server.requestLog.issuedAccessTokens().count == tokensBefore + 1)
        await harness.stop()
    }
}
