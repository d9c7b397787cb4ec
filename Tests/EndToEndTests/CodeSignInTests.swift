import Foundation
import ProcoreAPI
import Testing

/// The environment switcher's out-of-band code sign-in, against a `sitewalk sandbox` in its own tmux.
struct CodeSignInTests {
    /// The simulator's endpoints and app credentials, from the first line of `sitewalk sandbox --json`.
    struct Sandbox {
        let tmux: TmuxSession
        let apiURL: String, loginURL: String, storageURL: String, clientID: String, clientSecret: String

        init() async throws {
            let tmux = try TmuxSession(width: 400, height: 10)
            self.tmux = tmux
            do {
                try await tmux.waitFor(text: "e2e$")
                try tmux.run("'\(BuiltBinary.sitewalk.path)' sandbox --json")
                let screen = try await tmux.waitFor(text: "\"storage_url\"")
                let line = try #require(screen.split(separator: "\n").first { $0.hasPrefix("{") })
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
                apiURL = try #require(object["api_url"])
                loginURL = try #require(object["login_url"])
                storageURL = try #require(object["storage_url"])
                clientID = try #require(object["client_id"])
                clientSecret = try #require(object["client_secret"])
            } catch {
                tmux.close()
                throw error
            }
        }
    }

    /// The URL the modal shows, rejoined from its wrapped lines (between "1. Open" and "2. Approve").
    static func authorizeURL(in screen: String) throws -> URL {
        let lines = screen.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.contains("1. Open this URL") })
        let end = try #require(lines.firstIndex { $0.contains("2. Approve Sitewalk") })
        let text = lines[(start + 1)..<end].map { line in
            line.replacingOccurrences(of: "│", with: "").trimmingCharacters(in: .whitespaces)
        }.joined()
        return try #require(URL(string: text))
    }

    /// What a person does in the browser: approve (the simulator's auto-approve, as the API tests'
    /// code-flow helper does) and read the code from the out-of-band page's address.
    static func approve(_ url: URL) async throws -> String {
        let approved = try #require(URL(string: url.absoluteString + "&auto_approve=1"))
        let response = try await HTTPTransport().send(method: "GET", url: approved, headers: [])
        let location = try #require(response.header("Location"), "authorize answers with a redirect to the code page")
        return try #require(URLComponents(string: location)?.queryItems?.first { $0.name == "code" }?.value)
    }

    @Test func switcherSignsInWithAPastedCodeAndShowsTheCompanies() async throws {
        let sandbox = try await Sandbox()
        defer { sandbox.tmux.close() }
        let browser = try await BrowserSession(width: 120, height: 32,
                                         environment: ["SITEWALK_CLIENT_ID": sandbox.clientID, "SITEWALK_CLIENT_SECRET": sandbox.clientSecret]) { home in
            let directory = home.appendingPathComponent(".config/sitewalk")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try """
            [environments.local]
            api_url = "\(sandbox.apiURL)"
            login_url = "\(sandbox.loginURL)"
            sign_in = "code"
            """.write(to: directory.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        }
        defer { browser.close() }
        let tmux = browser.tmux
        try tmux.send("e", literal: true)
        try await tmux.waitFor(text: "sign in here with a code")
        try tmux.send("G", literal: true)
        try tmux.send("Enter")
        var screen = try await tmux.waitFor(text: "2. Approve Sitewalk")
        let url = try Self.authorizeURL(in: screen)
        #expect(url.path == "/oauth/authorize")
        #expect(URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "client_id" }?.value == sandbox.clientID)

        // A wrong code is refused inside the modal, which stays open.
        try tmux.send("not-a-code", literal: true)
        try tmux.send("Enter")
        screen = try await tmux.waitFor(text: "not accepted")
        #expect(screen.contains("code: not-a-code"))
        try tmux.send("C-u")

        let code = try await Self.approve(url)
        try tmux.send(code, literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "signed in to local")
        screen = try await tmux.waitFor(text: "Sandbox Demo Comp")
        #expect(screen.contains("Sitewalk local"), "the breadcrumb names the new environment")
        #expect(!screen.contains("2. Approve Sitewalk"), "the modal closed")
        let tokens = tmux.home.appendingPathComponent(".config/sitewalk/tokens/local.json")
        #expect(FileManager.default.fileExists(atPath: tokens.path), "the pair is stored for the next start")
        try await browser.quit()
    }
}
