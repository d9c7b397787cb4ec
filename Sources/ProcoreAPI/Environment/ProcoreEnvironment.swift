import Foundation

/// One Procore environment: where to sign in, where the API lives, and which hosts may see its token.
///
/// Tokens belong to exactly one environment and are never presented to another environment's hosts.
public struct ProcoreEnvironment: Sendable, Equatable, Hashable {
    /// What kind of environment this is; decides the colour of its badge and its token-trust rules.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Procore production (`api.procore.com`).
        case production
        /// The Development Sandbox of a registered app (`sandbox.procore.com`).
        case sandbox
        /// The customer's Monthly Sandbox (`api-monthly.procore.com`).
        case monthly
        /// The embedded simulator started by `--demo`.
        case demo
        /// A custom environment from `config.toml`.
        case custom
    }

    /// The environment's name as the user types it (`production`, `sandbox`, `monthly`, `demo`, or a custom name).
    public var name: String
    /// The kind of environment.
    public var kind: Kind
    /// The API origin, e.g. `https://api.procore.com`.
    public var apiURL: URL
    /// The OAuth (login) origin, e.g. `https://login.procore.com`.
    public var loginURL: URL
    /// Extra origins (`host:port`) that may receive the bearer token (custom environments only).
    public var tokenHosts: [String]
    /// The company to use for `Procore-Company-Id` when nothing else names one.
    public var defaultCompanyID: Int64?
    /// A theme to use while in this environment, if the config names one.
    public var theme: String?
    /// Whether a person signs in here with the out-of-band authorization code (config `sign_in = "code"`)
    /// when there is no stored token, instead of the client-credentials grant.
    public var signsInWithCode = false

    /// Creates an environment.
    public init(name: String, kind: Kind, apiURL: URL, loginURL: URL, tokenHosts: [String] = [],
                defaultCompanyID: Int64? = nil, theme: String? = nil) {
        self.name = name
        self.kind = kind
        self.apiURL = apiURL
        self.loginURL = loginURL
        self.tokenHosts = tokenHosts
        self.defaultCompanyID = defaultCompanyID
        self.theme = theme
    }

    /// Whether this is one of Procore's own environments (production or a sandbox).
    public var isBuiltIn: Bool { kind == .production || kind == .sandbox || kind == .monthly }

    /// Procore production.
    public static let production = ProcoreEnvironment(
        name: "production", kind: .production,
        apiURL: URL(string: "https://api.procore.com")!, loginURL: URL(string: "https://login.procore.com")!)
    /// The Development Sandbox.
    public static let sandbox = ProcoreEnvironment(
        name: "sandbox", kind: .sandbox,
        apiURL: URL(string: "https://sandbox.procore.com")!, loginURL: URL(string: "https://login-sandbox.procore.com")!)
    /// The Monthly Sandbox.
    public static let monthly = ProcoreEnvironment(
        name: "monthly", kind: .monthly,
        apiURL: URL(string: "https://api-monthly.procore.com")!,
        loginURL: URL(string: "https://login-sandbox-monthly.procore.com")!)
    /// The three built-in Procore environments, in the order they are listed.
    public static let builtIns: [ProcoreEnvironment] = [.production, .sandbox, .monthly]

    /// The embedded simulator at the given origins.
    public static func demo(apiURL: URL, loginURL: URL, storageURL: URL? = nil) -> ProcoreEnvironment {
        ProcoreEnvironment(name: "demo", kind: .demo, apiURL: apiURL, loginURL: loginURL)
    }

    /// The trust policy that decides which hosts may receive this environment's bearer token.
    public var tokenTrust: TokenTrustPolicy { TokenTrustPolicy(environment: self) }
}
