/// OAuth state: access tokens, single-use rotating refresh tokens and authorization codes.
///
/// Tokens are random 64-hex-digit strings. Nothing here is ever logged.
final class TokenStore: Sendable {
    struct AccessToken: Sendable {
        let createdAt: Double
        var expiresAt: Double
        let userID: Int64
        let isClientCredentials: Bool
        var refreshToken: String?
    }

    private struct RefreshToken {
        let userID: Int64
        var used: Bool
        let accessToken: String
    }

    private struct Code {
        let expiresAt: Double
        let redirectURI: String
        let userID: Int64
        var used: Bool
    }

    /// The outcome of checking a bearer token.
    enum Check: Sendable {
        case valid(AccessToken)
        case expired
        case invalid
    }

    /// The outcome of presenting a refresh token.
    enum RefreshOutcome: Sendable {
        case issued(Issued)
        case reused
        case unknown
    }

    /// What `/oauth/token` hands back.
    struct Issued: Sendable {
        let accessToken: String
        let refreshToken: String?
        let createdAt: Int
        let expiresIn: Int
    }

    private struct State {
        var access: [String: AccessToken] = [:]
        var refresh: [String: RefreshToken] = [:]
        var codes: [String: Code] = [:]
    }

    private let state = Locked(State())
    private let clock: SimulatedClock
    private let lifetime: Int
    private let log: SandboxRequestLog

    init(clock: SimulatedClock, lifetime: Int, log: SandboxRequestLog) {
        self.clock = clock
        self.lifetime = lifetime
        self.log = log
    }

    static func randomToken() -> String {
        var rng = SystemRandomNumberGenerator()
        var out = ""
        out.reserveCapacity(64)
        for _ in 0..<4 { out += String(format64(rng.next())) }
        return out
    }

    private static func format64(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Issues an access token (and a refresh token for user grants).
    func issue(userID: Int64, clientCredentials: Bool) -> Issued {
        let now = clock.now()
        let access = Self.randomToken()
        let refresh = clientCredentials ? nil : Self.randomToken()
        state.withLock { s in
            s.access[access] = AccessToken(createdAt: now, expiresAt: now + Double(lifetime), userID: userID,
                                           isClientCredentials: clientCredentials, refreshToken: refresh)
            if let refresh { s.refresh[refresh] = RefreshToken(userID: userID, used: false, accessToken: access) }
        }
        log.noteIssued(access)
        if let refresh { log.noteIssued(refresh) }
        return Issued(accessToken: access, refreshToken: refresh, createdAt: Int(now), expiresIn: lifetime)
    }

    /// Checks a bearer token against the clock.
    func check(_ token: String) -> Check {
        let now = clock.now()
        return state.withLock { s in
            guard let record = s.access[token] else { return .invalid }
            return record.expiresAt > now ? .valid(record) : .expired
        }
    }

    /// Expires one access token now (the expire-token fault).
    func expire(_ token: String) {
        let now = clock.now()
        state.withLock { s in s.access[token]?.expiresAt = now - 1 }
    }

    /// Redeems a refresh token exactly once; the old one is burned even if the answer is lost.
    func refresh(_ token: String) -> RefreshOutcome {
        enum Found { case none, used, user(Int64) }
        let found: Found = state.withLock { s in
            guard var record = s.refresh[token] else { return .none }
            if record.used { return .used }
            record.used = true
            s.refresh[token] = record
            return .user(record.userID)
        }
        switch found {
        case .none: return .unknown
        case .used:
            log.noteReusedRefreshToken()
            return .reused
        case let .user(id):
            log.noteRefreshGrant()
            return .issued(issue(userID: id, clientCredentials: false))
        }
    }

    /// A new single-use authorization code valid for 10 minutes.
    func makeCode(redirectURI: String, userID: Int64) -> String {
        let code = String(Self.randomToken().prefix(40))
        let expiry = clock.now() + 600
        state.withLock { $0.codes[code] = Code(expiresAt: expiry, redirectURI: redirectURI, userID: userID, used: false) }
        return code
    }

    /// Redeems a code once, if the redirect URI matches and it has not expired.
    func redeem(code: String, redirectURI: String?) -> Int64? {
        let now = clock.now()
        return state.withLock { s in
            guard var record = s.codes[code], !record.used, record.expiresAt > now else { return nil }
            if let redirectURI, redirectURI != record.redirectURI { return nil }
            record.used = true
            s.codes[code] = record
            return record.userID
        }
    }

    /// Revokes a token: an access token takes its refresh token with it, and vice versa.
    func revoke(_ token: String) {
        let now = clock.now()
        state.withLock { s in
            if let record = s.access.removeValue(forKey: token) {
                if let r = record.refreshToken { s.refresh[r]?.used = true }
            }
            if let record = s.refresh[token] {
                s.refresh[token]?.used = true
                s.access[record.accessToken]?.expiresAt = now - 1
            }
        }
    }
}
