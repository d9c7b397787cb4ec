import Foundation
import Testing
@testable import SandboxServer

/// The token ledger the CI leak audit (`.ci/token-audit`) reads: every access and refresh token the
/// simulator issues, one per line, in a 0600 file named by the configuration.
@Suite("Token ledger") struct TokenLedgerTests {
    static func temporaryLedger() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("tokens.ledger")
    }

    @Test func everyIssuedAccessAndRefreshTokenIsAppendedToTheLedger() async throws {
        let ledger = try Self.temporaryLedger()
        defer { try? FileManager.default.removeItem(at: ledger.deletingLastPathComponent()) }
        try await Harness.run({ $0.tokenLedger = ledger }) { h in
            let clientToken = try await h.token()
            let user = try await OAuthTests.codeGrant(h)
            let refresh = try #require(user["refresh_token"] as? String)
            let rotated = try await h.form("/oauth/token", ["grant_type": "refresh_token", "refresh_token": refresh,
                                                            "client_id": SandboxConfiguration.demoClientID,
                                                            "client_secret": SandboxConfiguration.demoClientSecret])
            #expect(rotated.status == 200)
            let lines = try String(contentsOf: ledger, encoding: .utf8).split(separator: "\n").map(String.init)
            let issued = h.server.requestLog.issuedAccessTokens()
            #expect(issued.count == 5, "client credentials: 1, code grant: 2, refresh: 2")
            #expect(lines == issued)
            #expect(lines.contains(clientToken))
            #expect(lines.contains(refresh))
            #expect(lines.contains(rotated.object["access_token"] as? String ?? "missing"))
            #expect(lines.contains(rotated.object["refresh_token"] as? String ?? "missing"))
        }
        var info = stat()
        #expect(stat(ledger.path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600, "the ledger holds secrets: owner-only")
    }

    @Test func withoutALedgerNothingIsWritten() async throws {
        let ledger = try Self.temporaryLedger()
        defer { try? FileManager.default.removeItem(at: ledger.deletingLastPathComponent()) }
        try await Harness.run({ $0.tokenLedger = nil }) { h in
            let token = try await h.token()
            #expect(!token.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: ledger.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: ledger.deletingLastPathComponent().path).isEmpty)
    }
}
