import Foundation
import Testing
@testable import SandboxServer

@Suite("OAuth") struct OAuthTests {
    /// Runs the out-of-band authorization-code flow with auto-approve and returns the token response.
    static func codeGrant(_ h: Harness) async throws -> [String: Any] {
        let authorize = try await h.send(h.endpoints.loginURL.absoluteString +
            "/oauth/authorize?response_type=code&client_id=\(SandboxConfiguration.demoClientID)&redirect_uri=urn:ietf:wg:oauth:2.0:oob&auto_approve=1")
        #expect(authorize.status == 302)
        let location = authorize.header("Location") ?? ""
        let code = String(location.split(separator: "code=").last ?? "")
        let page = try await h.send(location)
        #expect(page.text.contains(code))
        let reply = try await h.form("/oauth/token", ["grant_type": "authorization_code", "code": code,
                                                      "redirect_uri": "urn:ietf:wg:oauth:2.0:oob",
                                                      "client_id": SandboxConfiguration.demoClientID,
                                                      "client_secret": SandboxConfiguration.demoClientSecret])
        #expect(reply.status == 200)
        try FixtureShape.expectSameShape(reply.json, fixture: "oauth_token_authorization_code.json")
        return reply.object
    }

    func refresh(_ h: Harness, _ token: String) async throws -> Harness.Reply {
        try await h.form("/oauth/token", ["grant_type": "refresh_token", "refresh_token": token,
                                          "client_id": SandboxConfiguration.demoClientID,
                                          "client_secret": SandboxConfiguration.demoClientSecret])
    }

    @Test func authorizationCodeIsSingleUse() async throws {
        try await Harness.run { h in
            let tokens = try await Self.codeGrant(h)
            #expect(tokens["refresh_token"] is String)
            #expect(tokens["token_type"] as? String == "bearer")
        }
    }

    @Test func multipartAndJSONBodiesAreAccepted() async throws {
        try await Harness.run { h in
            let id = SandboxConfiguration.demoClientID, secret = SandboxConfiguration.demoClientSecret
            var multipart = ""
            for (k, v) in [("grant_type", "client_credentials"), ("client_id", id), ("client_secret", secret)] {
                multipart += "--XYZ\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n"
            }
            multipart += "--XYZ--\r\n"
            let a = try await h.send(h.endpoints.loginURL.absoluteString + "/oauth/token", method: .POST,
                                     headers: [("Content-Type", "multipart/form-data; boundary=XYZ")], body: multipart)
            #expect(a.status == 200)
            let json = #"{"grant_type":"client_credentials","client_id":"\#(id)","client_secret":"\#(secret)"}"#
            let b = try await h.send(h.endpoints.loginURL.absoluteString + "/oauth/token", method: .POST,
                                     headers: [("Content-Type", "application/json")], body: json)
            #expect(b.status == 200)
        }
    }

    @Test func interactiveAuthorizeShowsAConsentPage() async throws {
        try await Harness.run { h in
            let page = try await h.send(h.endpoints.loginURL.absoluteString +
                "/oauth/authorize?response_type=code&client_id=\(SandboxConfiguration.demoClientID)&redirect_uri=urn:ietf:wg:oauth:2.0:oob")
            #expect(page.status == 200)
            #expect(page.text.contains("<form method=\"post\" action=\"/oauth/authorize\">"))
        }
    }

    @Test func refreshTokensRotateAndWorkExactlyOnce() async throws {
        try await Harness.run { h in
            let first = try await Self.codeGrant(h)
            let oldRefresh = first["refresh_token"] as? String ?? ""
            let rotated = try await refresh(h, oldRefresh)
            #expect(rotated.status == 200)
            let newRefresh = rotated.object["refresh_token"] as? String ?? ""
            #expect(!newRefresh.isEmpty && newRefresh != oldRefresh)
            #expect(rotated.object["access_token"] as? String != first["access_token"] as? String)
            let reused = try await refresh(h, oldRefresh)
            #expect(reused.status == 400)
            #expect(reused.object["error"] as? String == "invalid_grant")
            #expect(reused.object["error_description"] as? String == "The refresh token is invalid")
            #expect(h.server.requestLog.refreshGrantCount == 1)
            #expect(h.server.requestLog.reusedRefreshTokenCount == 1)
            #expect(try await refresh(h, newRefresh).status == 200)
        }
    }

    @Test func tokenInfoAndRevoke() async throws {
        try await Harness.run({ $0.tokenLifetime = 120 }) { h in
            let tokens = try await Self.codeGrant(h)
            let access = tokens["access_token"] as? String ?? ""
            let info = try await h.send(h.endpoints.loginURL.absoluteString + "/oauth/token/info", headers: [("Authorization", "Bearer \(access)")])
            #expect(info.status == 200)
            try FixtureShape.expectSameShape(info.json, fixture: "oauth_token_info.json")
            #expect((info.object["resource_owner_id"] as? NSNumber)?.int64Value == h.facts.userID)
            #expect((info.object["expires_in_seconds"] as? Int ?? 0) > 100)
            #expect((info.object["application"] as? [String: Any])?["uid"] as? String == SandboxConfiguration.demoClientID)
            let revoke = try await h.form("/oauth/revoke", ["token": access, "client_id": SandboxConfiguration.demoClientID])
            #expect(revoke.status == 200)
            #expect(try await h.api("/rest/v1.0/me", token: access).status == 401)
            #expect(try await refresh(h, tokens["refresh_token"] as? String ?? "").status == 400)
            #expect(try await h.form("/oauth/revoke", ["token": "nonsense"]).status == 200)
        }
    }

    @Test func tokensExpireOnTheSimulatedClock() async throws {
        try await Harness.run({ $0.tokenLifetime = 60 }) { h in
            let token = try await h.token()
            #expect(try await h.api("/rest/v1.0/me", token: token).status == 200)
            h.server.advanceClock(by: 61)
            let expired = try await h.api("/rest/v1.0/me", token: token)
            #expect(expired.status == 401)
            #expect(expired.header("WWW-Authenticate")?.contains("invalid_token") == true)
        }
    }

    @Test func requestLogKeepsHeaderNamesNeverValues() async throws {
        try await Harness.run { h in
            let token = try await h.token()
            _ = try await h.api("/rest/v1.0/me", token: token)
            let entry = h.server.requestLog.entries().last
            #expect(entry?.headerNames.contains("authorization") == true)
            #expect(entry?.path == "/rest/v1.0/me")
            #expect(entry?.status == 200)
            #expect(h.server.requestLog.issuedAccessTokens().contains(token))
            for e in h.server.requestLog.entries() { #expect(!e.line.contains(token)) }
            #expect(h.server.requestLog.count { $0.origin == .login } == 1)
        }
    }
}
