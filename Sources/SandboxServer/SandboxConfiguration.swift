import Foundation

/// Everything a ``SandboxServer`` needs to know before it starts.
///
/// The defaults serve the seed dataset on three free loopback ports with the demo credentials.
public struct SandboxConfiguration: Sendable {
    /// Address all three origins bind to.
    public var host: String = "127.0.0.1"
    /// Port of the login origin (`/oauth/...`); 0 picks a free port.
    public var loginPort: Int = 0
    /// Port of the API origin (`/rest/...`, `/fas/...`, `/_sandbox/...`); 0 picks a free port.
    public var apiPort: Int = 0
    /// Port of the storage origin that file links redirect to; 0 picks a free port.
    public var storagePort: Int = 0
    /// The data served.
    public var dataset: SandboxDataset = .seed
    /// Access-token lifetime in seconds (Procore: 5400). Reported as `expires_in`.
    public var tokenLifetime: Int = 5400
    /// The one OAuth client the simulator knows.
    public var clientID: String = SandboxConfiguration.demoClientID
    /// The secret of that client.
    public var clientSecret: String = SandboxConfiguration.demoClientSecret
    /// Whether `Procore-Company-Id` is required on company-scoped calls (false only for peer benchmarks).
    public var requireCompanyHeader: Bool = true
    /// Hourly and spike rate limits.
    public var rateLimit: SandboxRateLimit = .standard
    /// Where request log lines go as text; nil keeps them in memory only.
    public var logFile: URL?
    /// How long a signed storage URL stays valid, in seconds.
    public var signedURLLifetime: Int = 600
    /// Where every issued access and refresh token is appended, one per line (mode 0600), for the CI
    /// leak audit `.ci/token-audit`; nil records nothing. Defaults to the file that
    /// `SITEWALK_SANDBOX_TOKEN_LEDGER` names, so the test runner and every `sitewalk` it starts share one.
    public var tokenLedger: URL? = SandboxConfiguration.tokenLedgerFromEnvironment()

    /// The environment variable naming the token ledger.
    public static let tokenLedgerVariable = "SITEWALK_SANDBOX_TOKEN_LEDGER"

    /// The ledger file `SITEWALK_SANDBOX_TOKEN_LEDGER` names, or nil when it is unset or empty.
    public static func tokenLedgerFromEnvironment() -> URL? {
        guard let path = ProcessInfo.processInfo.environment[tokenLedgerVariable], !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path)
    }

    /// The demo client id (obviously fake; printed by `sitewalk sandbox`).
    public static let demoClientID = "sitewalk-demo-client"
    /// The demo client secret (obviously fake; printed by `sitewalk sandbox`).
    public static let demoClientSecret = "sitewalk-demo-secret"

    /// A configuration with every default.
    public init() {}
}
