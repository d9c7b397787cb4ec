import Foundation

/// A fault, which requests it applies to, and how often.
///
/// Text form (command line `--fault` and the control endpoint): comma-separated `key=value` pairs with
/// exactly one fault key —
/// `latency=MS` (or `latency=MIN-MAX`, random in the range, with optional `seed=N`, default 1), `status=CODE` (with optional `retry_after=S`), `drop`, `truncate=FRACTION`,
/// `html=CODE`, `drip=BYTES` (with optional `interval=MS`, default 50), `expire_token` —
/// and optional modifiers `class=any|oauth|api|file_link|storage` (default `any`), `rate=0..1`
/// (default 1), `limit=N` (fire at most N times), `path=PREFIX` (only paths starting with it),
/// `every=SECONDS` with optional `offset=SECONDS` (a ``SandboxFaultSchedule``: fire up to `limit`, default 1,
/// in each window of `every` seconds, the first opening `offset` seconds after installation).
/// Examples: `status=503,retry_after=2,class=api,rate=0.25`; `status=429,retry_after=1,class=api,limit=5,every=120`.
public struct SandboxFaultRule: Sendable, Equatable {
    /// What happens.
    public var fault: SandboxFault
    /// Which requests are eligible.
    public var requestClass: SandboxRequestClass
    /// Share of eligible requests hit, 0...1. Deterministic: 0.25 hits exactly every fourth request.
    public var rate: Double
    /// Fire at most this many times (in each window of ``schedule``, when there is one), then stay dormant;
    /// nil = no limit.
    public var limit: Int?
    /// Only requests whose path starts with this.
    public var pathPrefix: String?
    /// Repeating windows in which the rule is awake; nil = always awake.
    public var schedule: SandboxFaultSchedule?

    /// A rule; by default it hits every request of every class, always.
    public init(fault: SandboxFault, requestClass: SandboxRequestClass = .any, rate: Double = 1, limit: Int? = nil,
                pathPrefix: String? = nil, schedule: SandboxFaultSchedule? = nil) {
        self.fault = fault
        self.requestClass = requestClass
        self.rate = min(max(rate, 0), 1)
        self.limit = limit
        self.pathPrefix = pathPrefix
        self.schedule = schedule
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
        if let latency = dict["latency"] {
            let bounds = latency.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            if bounds.count == 2 {
                guard let low = Int(bounds[0].trimmingCharacters(in: .whitespaces)),
                      let high = Int(bounds[1].trimmingCharacters(in: .whitespaces)), 0 <= low, low <= high
                else { throw ParseError(description: "latency needs milliseconds, or a range MIN-MAX with 0 <= MIN <= MAX") }
                var seed: UInt64 = 1
                if let text = dict["seed"] {
                    guard let parsed = UInt64(text) else { throw ParseError(description: "seed needs a whole number of 0 or more") }
                    seed = parsed
                }
                faults.append(.randomLatency(minimum: low, maximum: high, seed: seed))
            } else {
                faults.append(.latency(milliseconds: try int("latency")))
            }
        }
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
        var limit = dict["limit"] != nil ? try int("limit") : nil
        var schedule: SandboxFaultSchedule?
        if let every = dict["every"] {
            guard let seconds = Double(every), seconds > 0, seconds.isFinite else { throw ParseError(description: "every needs a number of seconds above 0") }
            var offset = 0.0
            if let text = dict["offset"] {
                guard let parsed = Double(text), parsed >= 0, parsed.isFinite else { throw ParseError(description: "offset needs a number of seconds of 0 or more") }
                offset = parsed
            }
            schedule = SandboxFaultSchedule(every: seconds, offset: offset)
            limit = limit ?? 1
        } else if dict["offset"] != nil {
            throw ParseError(description: "offset needs every=SECONDS")
        }
        self.init(fault: fault, requestClass: requestClass, rate: rate, limit: limit, pathPrefix: dict["path"], schedule: schedule)
    }
}
