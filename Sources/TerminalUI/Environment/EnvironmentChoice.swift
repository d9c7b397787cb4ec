import Foundation
import ProcoreAPI

/// One environment the switcher (`e`, `:env`) offers, with how signing in to it would go.
public struct EnvironmentChoice: Sendable, Equatable {
    /// How a switch to this environment signs in.
    public enum SignIn: Sendable, Equatable {
        /// A stored token (it may still need a refresh, which happens by itself).
        case stored
        /// No stored token, but `SITEWALK_CLIENT_ID`/`SECRET` are set: client credentials sign in.
        case clientCredentials
        /// No stored token; a person signs in inside the switcher with the out-of-band code flow
        /// (open the URL, approve, paste the code).
        case code
        /// The embedded simulator signs in by itself.
        case automatic
        /// Nothing to sign in with: the user must run `sitewalk login --env NAME` first.
        case needsLogin
    }

    /// The environment's name (`production`, `sandbox`, `monthly`, `demo`, or a custom one).
    public var name: String
    /// Its kind (the badge colour; production asks for confirmation).
    public var kind: ProcoreEnvironment.Kind
    /// How signing in would go.
    public var signIn: SignIn

    /// Creates a choice.
    public init(name: String, kind: ProcoreEnvironment.Kind, signIn: SignIn) {
        self.name = name
        self.kind = kind
        self.signIn = signIn
    }

    /// The sign-in state as the switcher shows it.
    public var stateText: String {
        switch signIn {
        case .stored: return "\(kind.rawValue) · signed in"
        case .clientCredentials: return "\(kind.rawValue) · client credentials from SITEWALK_CLIENT_ID"
        case .code: return "\(kind.rawValue) · not signed in — sign in here with a code"
        case .automatic: return "\(kind.rawValue) · signs in by itself"
        case .needsLogin: return "\(kind.rawValue) · not signed in"
        }
    }

    /// The colour of the environment's badge.
    public var badgeRole: ColorRole {
        switch kind {
        case .production: return .envProduction
        case .sandbox: return .envSandbox
        case .monthly: return .envMonthly
        case .demo, .custom: return .envOther
        }
    }

    /// What to do before this environment can be used, when signing in cannot happen here.
    public var instructions: [String] {
        guard signIn == .needsLogin else { return [] }
        return [
            "\(name) has no stored token, and SITEWALK_CLIENT_ID and",
            "SITEWALK_CLIENT_SECRET are not set.",
            "",
            "In another terminal run:",
            "  sitewalk login --env \(name)",
            "then press e again and choose \(name).",
        ]
    }
}
