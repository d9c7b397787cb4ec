import Foundation

/// Every failure of a Procore request, one case per class, each with a one-line human explanation.
///
/// The error always names the request (method and path, never the query's secrets or the token).
public struct ProcoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class of failure.
    public enum Kind: Sendable, Equatable {
        /// No usable credentials: the environment is signed out.
        case signedOut
        /// 401: the token was rejected (missing, expired or revoked).
        case tokenRejected
        /// 403: insufficient permission, app not connected to the company, or the tool is disabled.
        case forbidden
        /// 404: missing or not accessible.
        case notFound
        /// 429 (or a 503 that kept answering): the rate limit, with the time it resets when known.
        case rateLimited(reset: Date?)
        /// Another 4xx (400, 406, 408, 409, 422...).
        case clientError
        /// 5xx after the retries ran out.
        case serverError
        /// The network failed: timeout, refused, reset, DNS.
        case transport(String)
        /// The body was not the JSON it should be (an HTML error page from a proxy, say).
        case undecodable(prefix: String)
        /// Sitewalk refused to send the request: it would write to Procore.
        case refusedWrite
        /// Sitewalk refused to send the token to a host outside the environment.
        case untrustedHost(String)
        /// The request was cancelled because nobody needs its answer any more.
        case cancelled
    }

    /// The class of failure.
    public var kind: Kind
    /// The HTTP method of the request.
    public var method: String
    /// The path of the request (no query string, so no secret can ride along).
    public var path: String
    /// The HTTP status, when a response arrived.
    public var status: Int?
    /// Procore's own message from the body (`message`, `errors`, `error_description`...), when there was one.
    public var message: String?

    /// Creates an error.
    public init(_ kind: Kind, method: String, path: String, status: Int? = nil, message: String? = nil) {
        self.kind = kind
        self.method = method
        self.path = path
        self.status = status
        self.message = message
    }

    /// A one-line explanation for a person, without the request.
    public var explanation: String {
        switch kind {
        case .signedOut: return "signed out — sign in to this environment first"
        case .tokenRejected: return "the access token was rejected (expired or revoked) — sign in again"
        case .forbidden:
            if let message, message.localizedCaseInsensitiveContains("not connected") {
                return "forbidden: the app is not connected to this company"
            }
            return "forbidden: tool disabled or no permission"
        case .notFound: return "not found, or not visible to this account"
        case .rateLimited(let reset):
            if let reset {
                let seconds = max(0, Int(reset.timeIntervalSinceNow.rounded(.up)))
                return "rate limited — the limit resets in \(seconds)s"
            }
            return "rate limited — try again shortly"
        case .clientError: return "the request was refused"
        case .serverError: return "Procore had a server error (retried, still failing)"
        case .transport(let what): return "network error: \(what)"
        case .undecodable(let prefix): return "the response was not JSON (starts with: \(prefix))"
        case .refusedWrite: return "refused: Sitewalk is read-only and never writes to Procore"
        case .untrustedHost(let host): return "refused to send the token to \(host), which is outside this environment"
        case .cancelled: return "cancelled"
        }
    }

    /// One line naming the method, path, status, Procore's message and the explanation.
    public var description: String {
        var parts = ["\(method) \(path)"]
        if let status { parts.append(String(status)) }
        var line = parts.joined(separator: " ") + ": " + explanation
        if let message, !message.isEmpty, explanation.range(of: message, options: .caseInsensitive) == nil {
            line += " (\(Self.oneLine(message, limit: 200)))"
        }
        return line
    }

    /// Collapses whitespace and control characters and trims to `limit` characters.
    static func oneLine(_ text: String, limit: Int) -> String {
        var out = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                if !lastWasSpace && !out.isEmpty { out.append(" ") }
                lastWasSpace = true
            } else {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
            if out.count >= limit { return String(out.prefix(limit)) + "…" }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
