import Foundation
import Logging

/// The shared Procore client of the browser and the command line.
///
/// It signs in, keeps the token alive (single-flight renewal), sends `Procore-Company-Id` on
/// company-scoped calls, pages explicitly, waits out rate limits, retries what is safe to retry, and
/// turns every failure into a typed `ProcoreError`. It only ever reads: see `ReadOnlyGuard`.
public final class ProcoreClient: Sendable {
    /// The environment this client talks to; its token never leaves it.
    public let environment: ProcoreEnvironment
    /// Paging, retry and wait settings.
    public let configuration: ClientConfiguration
    /// The OAuth client of the environment's login origin.
    public let oauth: OAuthClient
    let transport: HTTPTransport
    let session: TokenSession
    let logger: Logger
    private let tokenStatusBox = LockedBox(TokenStatus())
    private let rateLimitBox = LockedBox<RateLimitState?>(nil)
    private let requestCounter = LockedBox(0)

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - credentials: the app's client id and secret (client credentials, and refreshing code-flow tokens).
    ///   - tokenStore: where tokens persist; nil keeps them in memory only (the demo).
    public init(environment: ProcoreEnvironment, transport: HTTPTransport, credentials: ClientCredentials?,
                tokenStore: TokenStore?, configuration: ClientConfiguration = ClientConfiguration(),
                logger: Logger = Logger(label: "sitewalk.api", factory: { _ in SwiftLogNoOpLogHandler() })) {
        self.environment = environment
        self.transport = transport
        self.configuration = configuration
        self.logger = logger
        self.oauth = OAuthClient(environment: environment, transport: transport)
        self.session = TokenSession(environment: environment, oauth: oauth, store: tokenStore, credentials: credentials,
                                    status: tokenStatusBox, logger: logger, refreshMargin: configuration.refreshMargin)
    }

    /// The token's status, safe to read from any thread.
    public var tokenStatus: TokenStatus { tokenStatusBox.get() }
    /// The rate limit as the last response described it.
    public var rateLimit: RateLimitState? { rateLimitBox.get() }
    /// How many API requests this client has sent (for tests and the status bar).
    public var requestCount: Int { requestCounter.get() }

    /// Makes sure a token is in hand: loads a stored one, or signs in with client credentials.
    public func signIn() async throws {
        try await session.loadStored()
        _ = try await session.accessToken()
    }

    /// Signs in with the out-of-band code a person pasted, storing the new pair.
    public func signIn(code: String, credentials: ClientCredentials) async throws {
        let tokens = try await oauth.exchange(code: code, credentials: credentials)
        try await session.adopt(tokens, credentials: credentials)
    }

    /// Revokes the stored tokens (best effort) and forgets them.
    public func signOut(store: TokenStore?, credentials: ClientCredentials?) async throws {
        try? await session.loadStored()
        if let tokens = await session.tokens() {
            try? await oauth.revoke(token: tokens.refreshToken ?? tokens.accessToken, credentials: credentials)
            if tokens.refreshToken != nil { try? await oauth.revoke(token: tokens.accessToken, credentials: credentials) }
        }
        try store?.delete(environment: environment.name)
        await session.forget(reason: "signed out")
    }

    /// The stored token set, for status displays that need the grant and expiry (never printed).
    public func currentTokens() async throws -> TokenSet? {
        try await session.loadStored()
        return await session.tokens()
    }

    /// One GET, returning the raw response after retries, or throwing a typed error.
    public func get(_ request: APIRequest) async throws -> RawResponse {
        let url = request.url(base: environment.apiURL)
        let method = "GET", path = request.path
        var rejectedOnce = false
        var transientFailures = 0
        var rateLimitWaits = 0
        while true {
            try Task.checkCancellation()
            let token: String
            do { token = try await session.accessToken() } catch let error as ProcoreError {
                throw ProcoreError(error.kind, method: method, path: path, status: error.status, message: error.message)
            }
            guard environment.tokenTrust.allowsToken(for: url) else {
                throw ProcoreError(.untrustedHost(url.host ?? "?"), method: method, path: path)
            }
            var headers: [(String, String)] = [("Authorization", "Bearer \(token)"), ("Accept", "application/json")]
            if let company = request.companyID { headers.append(("Procore-Company-Id", String(company))) }
            requestCounter.withValue { $0 += 1 }
            let response: RawResponse
            do {
                response = try await transport.send(method: method, url: url, headers: headers)
            } catch let error as ProcoreError {
                if case .transport = error.kind, transientFailures < configuration.maxRetries {
                    transientFailures += 1
                    logger.notice("retrying after transport error", metadata: ["path": "\(path)", "error": "\(error.explanation)"])
                    try await backoff(transientFailures)
                    continue
                }
                throw ProcoreError(error.kind, method: method, path: path, status: error.status, message: error.message)
            }
            if let limit = RateLimitState(headers: response) { rateLimitBox.set(limit) }
            switch response.status {
            case 200..<300:
                return response
            case 401 where !rejectedOnce:
                rejectedOnce = true
                _ = try await session.renew(rejected: token)
                continue
            case 429, 503:
                if rateLimitWaits < configuration.maxRateLimitRetries, let wait = rateLimitWait(response) {
                    rateLimitWaits += 1
                    logger.notice("rate limited; waiting", metadata: ["path": "\(path)", "seconds": "\(wait)"])
                    try await Task.sleep(for: wait)
                    continue
                }
                if response.status == 503, transientFailures < configuration.maxRetries {
                    transientFailures += 1
                    try await backoff(transientFailures)
                    continue
                }
                throw ResponseDecoding.error(for: response, method: method, path: path)
            case 500..<600:
                if transientFailures < configuration.maxRetries {
                    transientFailures += 1
                    try await backoff(transientFailures)
                    continue
                }
                throw ResponseDecoding.error(for: response, method: method, path: path)
            default:
                throw ResponseDecoding.error(for: response, method: method, path: path)
            }
        }
    }

    /// One GET decoded as JSON.
    public func getJSON(_ request: APIRequest) async throws -> JSONValue {
        let response = try await get(request)
        if ResponseDecoding.isHTML(response) {
            throw ProcoreError(.undecodable(prefix: ResponseDecoding.prefix(of: response.body)), method: "GET",
                               path: request.path, status: response.status)
        }
        return try ResponseDecoding.json(response, method: "GET", path: request.path)
    }

    /// One page of a list, with `page` and `per_page` sent explicitly. With `keepingBytes`, an array
    /// body is validated and kept as its bytes (`Page.document`) instead of parsed into a tree.
    public func page(_ request: APIRequest, number: Int, perPage: Int? = nil, keepingBytes: Bool = false) async throws -> Page {
        let size = perPage ?? configuration.perPage
        let paged = request.paged(page: number, perPage: size)
        let response = try await get(paged)
        if ResponseDecoding.isHTML(response) {
            throw ProcoreError(.undecodable(prefix: ResponseDecoding.prefix(of: response.body)), method: "GET",
                               path: request.path, status: response.status)
        }
        let total = response.header("Total").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let reported = response.header("Per-Page").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let links = response.header("Link").map { LinkHeader.parse($0) } ?? [:]
        if keepingBytes {
            let document = JSONDocument(bytes: response.body)
            let ranges: [Range<Int>]?
            do {
                ranges = try document.elementRanges()
            } catch {
                throw ProcoreError(.undecodable(prefix: ResponseDecoding.prefix(of: response.body)), method: "GET",
                                   path: request.path, status: response.status)
            }
            if let ranges {
                return Page(number: number, perPage: size, document: document, elementRanges: ranges, total: total,
                            reportedPerPage: reported, links: links)
            }
        }
        let body = try ResponseDecoding.json(response, method: "GET", path: request.path)
        return Page(number: number, perPage: size, body: body, total: total, reportedPerPage: reported,
                    links: links, byteCount: response.body.count)
    }

    /// The pages of a list, one after another, as an async sequence.
    public func pages(_ request: APIRequest, perPage: Int? = nil) -> AsyncThrowingStream<Page, Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                var number = 1
                do {
                    while true {
                        let page = try await self.page(request, number: number, perPage: perPage)
                        continuation.yield(page)
                        guard page.hasNext else { break }
                        number += 1
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Every item of a list: the first page, then the remaining pages concurrently (bounded) once
    /// `Total` is known, returned in order.
    public func allItems(_ request: APIRequest, perPage: Int? = nil,
                         progress: (@Sendable (Int, Int?) -> Void)? = nil) async throws -> [JSONValue] {
        try await allPages(request, perPage: perPage, progress: progress).flatMap(\.items)
    }

    /// Every page of a list, in order: the first, then the rest `pageConcurrency` at a time once its
    /// headers give the page count (one after another when they do not). With `keepingBytes`, array
    /// pages keep their raw bytes instead of being parsed (`sitewalk get --all` copies them out).
    public func allPages(_ request: APIRequest, perPage: Int? = nil, keepingBytes: Bool = false,
                         progress: (@Sendable (Int, Int?) -> Void)? = nil) async throws -> [Page] {
        let first = try await page(request, number: 1, perPage: perPage, keepingBytes: keepingBytes)
        var pages = [first]
        var count = first.itemCount
        progress?(count, first.total)
        guard first.hasNext else { return pages }
        guard let pageCount = first.pageCount else {
            var number = 2
            while true {
                let next = try await page(request, number: number, perPage: perPage, keepingBytes: keepingBytes)
                pages.append(next)
                count += next.itemCount
                progress?(count, nil)
                if !next.hasNext || next.itemCount == 0 { return pages }
                number += 1
            }
        }
        let firstCount = count
        pages += try await remainingPages(request, from: 2, through: pageCount, perPage: perPage, keepingBytes: keepingBytes) { count in
            progress?(firstCount + count, first.total)
        }
        return pages
    }

    /// Pages `from...through`, fetched `pageConcurrency` at a time, in order (`keepingBytes` as in `page`).
    public func remainingPages(_ request: APIRequest, from: Int, through: Int, perPage: Int? = nil, keepingBytes: Bool = false,
                               progress: (@Sendable (Int) -> Void)? = nil) async throws -> [Page] {
        guard from <= through else { return [] }
        let limit = max(1, configuration.pageConcurrency)
        return try await withThrowingTaskGroup(of: Page.self) { group in
            var results: [Int: Page] = [:]
            var next = from
            var received = 0
            while next <= through && next < from + limit {
                let n = next
                group.addTask { try await self.page(request, number: n, perPage: perPage, keepingBytes: keepingBytes) }
                next += 1
            }
            while let page = try await group.next() {
                results[page.number] = page
                received += page.itemCount
                progress?(received)
                if next <= through {
                    let n = next
                    group.addTask { try await self.page(request, number: n, perPage: perPage, keepingBytes: keepingBytes) }
                    next += 1
                }
            }
            return (from...through).compactMap { results[$0] }
        }
    }

    /// Closes connections.
    public func shutdown() async {
        await transport.shutdown()
    }

    private func backoff(_ attempt: Int) async throws {
        let base = Double(configuration.backoffBase.components.seconds) + Double(configuration.backoffBase.components.attoseconds) / 1e18
        let delay = base * pow(2, Double(attempt - 1)) * Double.random(in: 0.5...1.5)
        try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
    }

    /// How long to wait before retrying a 429/503: `Retry-After`, else the reset time; nil beyond the ceiling.
    private func rateLimitWait(_ response: RawResponse) -> Duration? {
        var seconds: Double?
        if let retryAfter = response.header("Retry-After")?.trimmingCharacters(in: .whitespaces), let value = Double(retryAfter) {
            seconds = value
        } else if let state = RateLimitState(headers: response), response.header("X-Rate-Limit-Reset") != nil {
            seconds = state.reset.timeIntervalSinceNow
        }
        guard var wait = seconds else { return response.status == 429 ? .seconds(1) : nil }
        wait = max(0, wait) + Double.random(in: 0...0.1)
        let ceiling = Double(configuration.maxRateLimitWait.components.seconds)
        guard wait <= ceiling else { return nil }
        return .milliseconds(Int(wait * 1000))
    }
}
