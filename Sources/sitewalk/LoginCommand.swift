import ArgumentParser
import Foundation
import ProcoreAPI
import TerminalUI

/// `sitewalk login`: client credentials (service accounts) or the out-of-band authorization code.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Sign in to an environment and store its tokens (0600, in the tokens directory).",
        discussion: """
        Client credentials come from SITEWALK_CLIENT_ID and SITEWALK_CLIENT_SECRET, or are asked for.
        With --code, Sitewalk prints the authorize URL; open it, approve, and paste the code shown.
        """)

    @Option(name: .long, help: "The environment (production, sandbox, monthly, or a custom one).")
    var env: String?

    @Flag(name: .long, help: "Use the client-credentials grant (a service account; the default).")
    var clientCredentials = false

    @Flag(name: .long, help: "Use the authorization-code grant with the out-of-band redirect (paste a code).")
    var code = false

    func validate() throws {
        if clientCredentials && code { throw ValidationError("choose one of --client-credentials and --code") }
        if env == "demo" { throw ValidationError("the demo signs in by itself; run `sitewalk --demo`") }
    }

    func run() async throws {
        try await runReportingOneLine {
            let credentials = try CommandContext.environmentCredentials ?? Prompt.credentials()
            try await CommandContext.with(environmentName: env, credentials: credentials) { context in
                if code {
                    let url = context.client.oauth.authorizeURL(clientID: credentials.clientID)
                    print("Open this URL, approve Sitewalk, then paste the code shown:\n\n  \(url.absoluteString)\n")
                    guard let pasted = Prompt.line("code: "), !pasted.isEmpty else { throw CommandFailure("no code was pasted") }
                    try await context.client.signIn(code: pasted, credentials: credentials)
                } else {
                    try context.store?.delete(environment: context.environment.name)
                    try await context.client.signIn()
                }
                let status = context.client.tokenStatus
                let left = status.expiresAt.map { NumberText.duration(Int($0.timeIntervalSinceNow)) } ?? "?"
                print("signed in to \(context.environment.name) (token expires in \(left); stored in \(context.paths.tokensDirectory.path))")
            }
        }
    }
}

/// `sitewalk logout`: revoke, then forget the stored tokens.
struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "logout", abstract: "Revoke and forget an environment's tokens.")

    @Option(name: .long, help: "The environment.")
    var env: String?

    func run() async throws {
        try await runReportingOneLine {
            try await CommandContext.with(environmentName: env) { context in
                try await context.client.signOut(store: context.store, credentials: context.credentials)
                print("signed out of \(context.environment.name)")
            }
        }
    }
}

/// `sitewalk token`: the token's state — never the token.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Show the token's state (never the token itself).")

    @Option(name: .long, help: "The environment.")
    var env: String?

    func run() async throws {
        try await runReportingOneLine {
            try await CommandContext.with(environmentName: env) { try await report($0) }
        }
    }

    private func report(_ context: CommandContext) async throws {
            print("environment  \(context.environment.name) (\(context.environment.apiURL.absoluteString))")
            guard let tokens = try await context.client.currentTokens() else {
                print("state        signed out — run `sitewalk login --env \(context.environment.name)`")
                return
            }
            let left = Int(tokens.expiresAt.timeIntervalSinceNow)
            print("state        \(left > 0 ? "valid" : "expired")")
            print("expires in   \(left > 0 ? NumberText.duration(left) : "expired \(NumberText.duration(-left)) ago")")
            print("grant        \(tokens.grant ?? "unknown")")
            print("refresh      \(tokens.refreshToken != nil ? "available" : (tokens.grant == "client_credentials" ? "not needed (client credentials renew)" : "none"))")
            print("stored in    \(context.store?.file(for: context.environment.name).path ?? "memory")")
    }
}

/// Reading from the terminal.
enum Prompt {
    /// One line from stdin after a prompt on stderr.
    static func line(_ prompt: String) -> String? {
        FileHandle.standardError.write(Data(prompt.utf8))
        return readLine()?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A secret read without echo.
    static func secret(_ prompt: String) -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return line(prompt) }
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return line(prompt)
    }

    /// The app's client id and secret, asked for.
    static func credentials() throws -> ClientCredentials {
        guard let id = line("client id: "), !id.isEmpty else { throw CommandFailure("no client id given (or set SITEWALK_CLIENT_ID)") }
        guard let secret = secret("client secret: "), !secret.isEmpty else {
            throw CommandFailure("no client secret given (or set SITEWALK_CLIENT_SECRET)")
        }
        return ClientCredentials(clientID: id, clientSecret: secret)
    }
}
