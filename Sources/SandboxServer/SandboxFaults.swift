import Foundation

/// The fault-injection switchboard of one server. Thread-safe; changes apply to the next request.
///
/// Tests in-process call ``add(_:)`` directly; other processes use the control endpoint on the API
/// origin (`POST /_sandbox/faults` with the text form of ``SandboxFaultRule`` as a JSON object).
public final class SandboxFaults: Sendable {
    private struct Slot {
        let id: Int
        var rule: SandboxFaultRule
        /// When the rule was installed (seconds on the server's clock), for its schedule.
        let installedAt: Double
        var credit: Double = 0
        /// Times fired in the current window (or ever, without a schedule), against the limit.
        var fired = 0
        /// Times fired ever.
        var totalFired = 0
        /// The schedule window `fired` counts in.
        var window = 0
        /// State of the seeded generator of a random latency.
        var random: UInt64 = 0

        /// The next number of a SplitMix64 generator.
        mutating func nextRandom() -> UInt64 {
            random &+= 0x9E37_79B9_7F4A_7C15
            var z = random
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private struct State {
        var slots: [Slot] = []
        var nextID = 1
    }

    private let state = Locked(State())
    private let now: @Sendable () -> Double

    /// A switchboard whose schedules read `now` (seconds; the server passes its simulated clock).
    init(now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.now = now
    }

    /// Installs a rule and returns its id (for ``remove(id:)``).
    @discardableResult
    public func add(_ rule: SandboxFaultRule) -> Int {
        let installedAt = now()
        return state.withLock { s in
            let id = s.nextID
            s.nextID += 1
            var slot = Slot(id: id, rule: rule, installedAt: installedAt)
            if case let .randomLatency(_, _, seed) = rule.fault { slot.random = seed }
            s.slots.append(slot)
            return id
        }
    }

    /// Removes one rule.
    public func remove(id: Int) { state.withLock { $0.slots.removeAll { $0.id == id } } }

    /// Removes every rule.
    public func removeAll() { state.withLock { $0.slots.removeAll() } }

    /// The installed rules with their ids, in the order they were added.
    public func rules() -> [(id: Int, rule: SandboxFaultRule)] {
        state.withLock { $0.slots.map { (id: $0.id, rule: $0.rule) } }
    }

    /// How many times each installed rule has fired so far (over all its windows), by id.
    public func firedCounts() -> [Int: Int] {
        state.withLock { Dictionary(uniqueKeysWithValues: $0.slots.map { ($0.id, $0.totalFired) }) }
    }

    /// Makes the next authenticated API request find its access token expired (a 401, once).
    public func expireTokenOnNextRequest() {
        add(SandboxFaultRule(fault: .expireToken, requestClass: .api, limit: 1))
    }

    /// The faults that fire for one request. Advances each matching rule's deterministic rate counter.
    /// A random latency comes back as a plain `latency` with the drawn wait.
    func draw(requestClass: SandboxRequestClass, path: String) -> [SandboxFault] {
        let time = now()
        return state.withLock { s in
            var fired: [SandboxFault] = []
            var shaped = false
            for i in s.slots.indices {
                let rule = s.slots[i].rule
                guard rule.requestClass == .any || rule.requestClass == requestClass else { continue }
                if let prefix = rule.pathPrefix, !path.hasPrefix(prefix) { continue }
                if let schedule = rule.schedule {
                    guard let window = schedule.window(elapsed: time - s.slots[i].installedAt) else { continue }
                    if window != s.slots[i].window {
                        s.slots[i].window = window
                        s.slots[i].fired = 0
                        s.slots[i].credit = 0
                    }
                }
                if let limit = rule.limit, s.slots[i].fired >= limit { continue }
                s.slots[i].credit += rule.rate
                guard s.slots[i].credit >= 1 - 1e-9 else { continue }
                if rule.fault.shapesResponse && shaped { continue }
                s.slots[i].credit -= 1
                s.slots[i].fired += 1
                s.slots[i].totalFired += 1
                shaped = shaped || rule.fault.shapesResponse
                if case let .randomLatency(low, high, _) = rule.fault {
                    let span = UInt64(high - low + 1)
                    fired.append(.latency(milliseconds: low + Int(s.slots[i].nextRandom() % span)))
                } else {
                    fired.append(rule.fault)
                }
            }
            return fired
        }
    }
}
