import Foundation

/// A fault, which requests it applies to, and how often.
///
/// Text form (command line `--fault` and the control endpoint): comma-separated `key=value` pairs with
/// exactly one fault key —
/// `latency=MS`, `status=CODE` (with optional `retry_after=S`), `drop`, `truncate=FRACTION`,
/// `html=CODE`, `drip=BYTES` (with optional `interval=MS`, default 50), `expire_token` —
/// and optional modifiers `class=any|oauth|api|file_link|storage` (default `any`), `rate=0..1`
/// (default 1), `limit=N` (fire at most N times), `path=PREFIX` (only paths starting with it).
/// Example: `status=503,retry_after=2,class=api,rate=0.25`.
public struct SandboxFaultRule: Sendable, Equatable {
    /// What happens.
    public var fault: SandboxFault
    /// Which requests are eligible.
    public var requestClass: SandboxRequestClass
    /// Share of eligible requests hit, 0...1. Deterministic: 0.25 hits exactly every fourth request.
    public var rate: Double
    /// Fire at most this many times, then stay dormant; nil = no limit.
    public var limit: Int?
    /// Only requests whose path starts with this.
    public var pathPrefix: String?

    /// A rule; by default it hits every request of every class.
    public init(fault: SandboxFault, requestClass: SandboxRequestClass = .any, rate: Double = 1, limit: Int? = nil, pathPrefix: String? = nil) {
        self.fault = fault
        self.requestClass = requestClass
        self.rate = min(max(rate, 0), 1)
        self.limit = limit
        self.pathPrefix = pathPrefix
    }

    /// Why a fault spec could not be read.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        /// What was wrong, for the user.
        public let description: String
    }

    /// Reads the text form, e.g. `status=503,retry_after=2,class=api,rate=0.5`.
    public init(parsing spec: String) throws {
        var pairs: [(String, String)] = []
        for part in spec.split(separator: ",") {
            let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            pairs.append((kv[0].lowercased(), kv.count > 1 ? kv[1] : ""))
        }
        try self.init(pairs: pairs)
    }

    /// Reads key/value pairs (the control endpoint's JSON object, flattened to strings).
    init(pairs: [(String, String)]) throws {
        let dict = Dictionary(pairs, uniquingKeysWith: { _, last in last })
        func int(_ key: String) throws -> Int {
            guard let text = dict[key], let value = Int(text) else { throw ParseError(description: "\(key) needs a whole number") }
            return value
        }
        var faults: [SandboxFault] = []
        if dict["latency"] != nil { faults.append(.latency(milliseconds: try int("latency"))) }
        if dict["status"] != nil {
            let retry = dict["retry_after"].flatMap { Int($0) }
            faults.append(.serverError(status: try int("status"), retryAfter: retry))
        }
        if dict["drop"] != nil { faults.append(.dropConnection) }
        if let t = dict["truncate"] {
            guard let f = Double(t.isEmpty ? "0.5" : t), f >= 0, f < 1 else { throw ParseError(description: "truncate needs a fraction in 0..<1") }
            faults.append(.truncatedBody(fraction: f))
        }
        if let h = dict["html"] { faults.append(.htmlErrorPage(status: h.isEmpty ? 502 : try int("html"))) }
        if dict["drip"] != nil {
            let interval = dict["interval"].flatMap { Int($0) } ?? 50
            faults.append(.slowDrip(bytesPerChunk: max(1, try int("drip")), intervalMilliseconds: interval))
        }
        if dict["expire_token"] != nil { faults.append(.expireToken) }
        guard faults.count == 1, let fault = faults.first else {
            throw ParseError(description: "give exactly one of latency=, status=, drop, truncate=, html=, drip=, expire_token")
        }
        var requestClass = SandboxRequestClass.any
        if let c = dict["class"] {
            guard let parsed = SandboxRequestClass(rawValue: c) else { throw ParseError(description: "class must be any, oauth, api, file_link or storage") }
            requestClass = parsed
        }
        var rate = 1.0
        if let r = dict["rate"] {
            guard let parsed = Double(r), (0...1).contains(parsed) else { throw ParseError(description: "rate must be between 0 and 1") }
            rate = parsed
        }
        let limit = dict["limit"] != nil ? try int("limit") : nil
        self.init(fault: fault, requestClass: requestClass, rate: rate, limit: limit, pathPrefix: dict["path"])
    }
}
