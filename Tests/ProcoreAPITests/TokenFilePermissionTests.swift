import Foundation
import ProcoreAPI
import Testing

/// Token files other users could read are refused with a message that names the file, the mode and
/// the fix, and never the token inside.
@Suite struct TokenFilePermissionTests {
    static let secretAccess = "access-9f86d081884c7d659a2feaa0c55ad015"
    static let secretRefresh = "refresh-a3bf4f1b2b0b822cd15d6c15b0f00a08"

    @Test(arguments: [0o644, 0o640, 0o604, 0o660, 0o606, 0o700, 0o777] as [mode_t])
    func aTokenFileOthersCanReadIsRefusedWithAMessageNamingItAndTheFix(mode: mode_t) throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let store = TokenStore(directory: temp.url.appendingPathComponent("tokens"))
        let tokens = TokenSet(accessToken: Self.secretAccess, expiresIn: 5400, refreshToken: Self.secretRefresh,
                              createdAt: 1_800_000_000, grant: "authorization_code")
        try store.save(tokens, environment: "sandbox")
        let file = store.file(for: "sandbox")
        #expect(chmod(file.path, mode) == 0)
        do {
            _ = try store.load(environment: "sandbox")
            if mode & 0o077 != 0 { Issue.record("mode \(String(mode, radix: 8)) must be refused") }
        } catch let problem as TokenStore.Problem {
            #expect(mode & 0o077 != 0, "mode \(String(mode, radix: 8)) is owner-only and must load")
            let message = problem.description
            #expect(message.contains(file.path), "names the file: \(message)")
            #expect(message.contains(String(mode & 0o777, radix: 8)), "gives the mode: \(message)")
            #expect(message.contains("0600") && message.contains("chmod 600"), "gives the fix: \(message)")
            #expect(!message.contains(Self.secretAccess) && !message.contains(Self.secretRefresh), "never the token")
        }
        // The refused file is left as it was: never silently used, rewritten or deleted.
        let bytes = try String(contentsOf: file, encoding: .utf8)
        #expect(bytes.contains(Self.secretAccess))
    }

    @Test func aSymlinkedTokenFileIsRefused() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let store = TokenStore(directory: temp.url.appendingPathComponent("tokens"))
        let tokens = TokenSet(accessToken: Self.secretAccess, expiresIn: 5400, refreshToken: nil,
                              createdAt: 1_800_000_000, grant: "client_credentials")
        try store.save(tokens, environment: "elsewhere")
        try FileManager.default.createSymbolicLink(atPath: store.file(for: "sandbox").path,
                                                   withDestinationPath: store.file(for: "elsewhere").path)
        #expect {
            _ = try store.load(environment: "sandbox")
        } throws: { error in
            "\(error)".contains("not a regular file") && !"\(error)".contains(Self.secretAccess)
        }
    }
}
