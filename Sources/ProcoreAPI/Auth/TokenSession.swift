import Foundation
import Logging

/// Holds one environment's token and renews it — exactly once at a time (single flight).
///
/// Any number of concurrent callers at expiry cause one refresh; all of them get the new token. A
/// rotated pair is written to the token store before the new access token is handed out. A refused
/// refresh moves the session to signed out and never loops.
actor TokenSession {
    let environment: ProcoreEnvironment
    let oauth: OAuthClient
    let store: TokenStore?
    private(set) var credentials: ClientCredentials?
    let status: LockedBox<TokenStatus>
    let logger: Logger
    /// Renew this many seconds before expiry.
    let refreshMargin: TimeInterval

    private var current: TokenSet?
    private var renewal: Task<TokenSet, Error>?
    private var signedOutReason: String?

    init(environment: ProcoreEnvironment, oauth: OAuthClient, store: TokenStore?, credentials: ClientCredentials?,
         status: LockedBox<TokenStatus>, logger: Logger, refreshMargin: TimeInterval) {
        self.environment = environment
        self.oauth = oauth
        self.store = store
        self.credentials = credentials
        self.status = status
        self.logger = logger
        self.refreshMargin = refreshMargin
    }

    /// Loads stored tokens (when there is a store); a problem with the file is thrown, not ignored.
    func loadStored() throws {
        guard let store, current == nil else { return }
        if let tokens = try store.load(environment: environment.name) {
            current = tokens
            if credentials == nil { credentials = tokens.storedCredentials }
            publish(.valid)
        }
    }

    /// Adopts a freshly issued token set (after a code exchange), saving it first.
    func adopt(_ tokens: TokenSet, credentials given: ClientCredentials?) throws {
        if credentials == nil { credentials = given }
        let tokens = tokens.remembering(given ?? credentials)
        try store?.save(tokens, environment: environment.name)
        current = tokens
        signedOutReason = nil
        publish(.valid)
    }

    /// The current token set, if any (for logout and status).
    func tokens() -> TokenSet? { current }

    /// Forgets the tokens in memory.
    func forget(reason: String) {
        current = nil
        signedOutReason = reason
        publish(.signedOut(reason: reason))
    }

    /// A usable access token, renewing first when it is missing or about to expire.
    func accessToken() async throws -> String {
        if let current, !current.expires(within: refreshMargin) { return current.accessToken }
        return try await renew(rejected: nil).accessToken
    }

    /// Renews the token. When `rejected` is given and the current token already differs from it,
    /// someone else renewed meanwhile and that token is returned without another refresh.
    func renew(rejected: String?) async throws -> TokenSet {
        if let rejected, let current, current.accessToken != rejected, !current.expires(within: refreshMargin) {
            return current
        }
        if let renewal { return try await renewal.value }
        let task = Task { try await self.performRenewal() }
        renewal = task
        defer { renewal = nil }
        return try await task.value
    }

    private func performRenewal() async throws -> TokenSet {
        let method = "POST", path = "/oauth/token"
        if current?.refreshToken != nil {
            // Another Sitewalk may have refreshed already: take the lock, then re-read the file.
            let unlock = try store?.lock(environment: environment.name)
            defer { unlock?() }
            if let store, let stored = try? store.load(environment: environment.name),
               stored.refreshToken != nil, stored.refreshToken != current?.refreshToken {
                current = stored
                if !stored.expires(within: refreshMargin) {
                    publish(.valid)
                    return stored
                }
            }
        }
        if let refreshToken = current?.refreshToken {
            guard let credentials else {
                forget(reason: "cannot refresh without the app's client id and secret — sign in again")
                throw ProcoreError(.signedOut, method: method, path: path, message: signedOutReason)
            }
            publish(.refreshing)
            do {
                let fresh = try await oauth.refresh(refreshToken, credentials: credentials).remembering(credentials)
                // The old refresh token is burned now: persist the new pair before anyone uses it.
                try store?.save(fresh, environment: environment.name)
                current = fresh
                publish(.valid)
                logger.info("token refreshed", metadata: ["environment": "\(environment.name)"])
                return fresh
            } catch let error as ProcoreError where error.kind == .signedOut {
                try? store?.delete(environment: environment.name)
                forget(reason: "the refresh token was refused (\(error.message ?? "invalid_grant")) — sign in again")
                throw ProcoreError(.signedOut, method: method, path: path, status: error.status, message: signedOutReason)
            } catch {
                publish(current == nil ? .signedOut(reason: "refresh failed") : .valid)
                throw error
            }
        }
        if let credentials, current?.grant != "authorization_code" {
            publish(current == nil ? .signingIn : .refreshing)
            do {
                let fresh = try await oauth.clientCredentials(credentials).remembering(credentials)
                try store?.save(fresh, environment: environment.name)
                current = fresh
                signedOutReason = nil
                publish(.valid)
                return fresh
            } catch let error as ProcoreError {
                if error.kind == .signedOut {
                    forget(reason: "the client id or secret was refused (\(error.message ?? "invalid_client"))")
                } else {
                    publish(.signedOut(reason: error.explanation))
                }
                throw error
            }
        }
        let reason = signedOutReason ?? (current == nil ? "not signed in — run `sitewalk login --env \(environment.name)`"
                                                        : "the token expired and cannot be refreshed — sign in again")
        forget(reason: reason)
        throw ProcoreError(.signedOut, method: method, path: path, message: reason)
    }

    private func publish(_ phase: TokenStatus.Phase) {
        let tokens = current
        status.set(TokenStatus(phase: phase, expiresAt: tokens?.expiresAt,
                               canRefresh: tokens?.refreshToken != nil, grant: tokens?.grant))
    }
}
