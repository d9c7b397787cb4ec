import Foundation
import Testing
@testable import SandboxServer

@Suite("Seed dataset") struct SeedContentsTests {
    @Test func clientCredentialsTokenHasNoRefreshToken() async throws {
        try await Harness.run { h in
            let reply = try await h.form("/oauth/token", ["grant_type": "client_credentials",
                                                          "client_id": SandboxConfiguration.demoClientID,
                                                          "client_secret": SandboxConfiguration.demoClientSecret])
            #expect(reply.status == 200)
            #expect(reply.object["token_type"] as? String == "bearer")
            #expect(reply.object["expires_in"] as? Int == 5400)
            #expect(reply.object["created_at"] is Int)
            #expect(reply.object["refresh_token"] == nil)
            #expect((reply.object["access_token"] as? String)?.count == 64)
            try FixtureShape.expectSameShape(reply.json, fixture: "oauth_token_client_credentials.json")
        }
    }

    @Test func basicAuthIsAcceptedAndWrongSecretRefused() async throws {
        try await Harness.run { h in
            let basic = Data("\(SandboxConfiguration.demoClientID):\(SandboxConfiguration.demoClientSecret)".utf8).base64EncodedString()
            let ok = try await h.form("/oauth/token", ["grant_type": "client_credentials"], headers: [("Authorization", "Basic \(basic)")])
            #expect(ok.status == 200)
            let bad = try await h.form("/oauth/token", ["grant_type": "client_credentials", "client_id": "x", "client_secret": "y"])
            #expect(bad.status == 401)
            #expect(bad.object["error"] as? String == "invalid_client")
        }
    }

    @Test func meCompaniesAndProjects() async throws {
        try await Harness.run { h in
            let token = try await h.token()
            let me = try await h.api("/rest/v1.0/me", token: token)
            #expect(me.status == 200)
            #expect(me.object["name"] as? String == "API Support")
            let companies = try await h.api("/rest/v1.0/companies", token: token)
            #expect(companies.array.count == 1)
            #expect(companies.array.first?["name"] as? String == "Sandbox Demo Company")
            #expect(Set(companies.array.first?.keys.map { $0 } ?? []) == ["id", "is_active", "name", "pcn_business_experience"])
            let projects = try await h.api("/rest/v1.1/projects?company_id=\(h.facts.companyID)", token: token, company: h.facts.companyID)
            #expect(projects.status == 200)
            #expect(projects.array.first?["display_name"] as? String == "1234 - Sandbox Test Project")
            #expect(projects.header("Total") == "1")
        }
    }

    @Test func theOneRFIHasTheFixtureShape() async throws {
        try await Harness.run { h in
            let token = try await h.token()
            let list = try await h.api("/rest/v1.0/projects/\(h.facts.projectID)/rfis", token: token, company: h.facts.companyID)
            #expect(list.array.count == 1)
            let show = try await h.api("/rest/v1.0/projects/\(h.facts.projectID)/rfis/\(h.facts.rfiID)", token: token, company: h.facts.companyID)
            #expect(show.object["subject"] as? String == "Thermostat Conflict with Wall Finish at Conference Room")
            try FixtureShape.expectSameShape(show.json, fixture: "rfi_show_v1_0_sandbox.json")
        }
    }

    @Test func missingOrExpiredTokenIs401() async throws {
        try await Harness.run({ $0.tokenLifetime = 0 }) { h in
            let none = try await h.api("/rest/v1.0/me", token: nil)
            #expect(none.status == 401)
            #expect(none.object["message"] as? String == "The access token is invalid")
            let expired = try await h.api("/rest/v1.0/me", token: try await h.token())
            #expect(expired.status == 401)
            #expect(expired.object["message"] as? String == "The access token expired")
        }
    }

    @Test func companyHeaderRequiredExceptMeAndCompanies() async throws {
        try await Harness.run { h in
            let token = try await h.token()
            let missing = try await h.api("/rest/v1.0/projects/\(h.facts.projectID)/rfis", token: token)
            #expect(missing.status == 400)
            #expect(missing.object["message"] as? String == "Missing Procore-Company-Id header!")
            let stranger = try await h.api("/rest/v1.0/projects/\(h.facts.projectID)/rfis", token: token, company: 1)
            #expect(stranger.status == 403)
            #expect(try await h.api("/rest/v1.0/me", token: token).status == 200)
            #expect(try await h.api("/rest/v1.0/companies", token: token).status == 200)
        }
    }

    @Test func companyHeaderCanBeSwitchedOff() async throws {
        try await Harness.run({ $0.requireCompanyHeader = false }) { h in
            let token = try await h.token()
            #expect(try await h.api("/rest/v1.0/projects/\(h.facts.projectID)/rfis", token: token).status == 200)
        }
    }
}
