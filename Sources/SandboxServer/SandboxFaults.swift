/// The fault-injection switchboard of one server. Thread-safe; changes apply to the next request.
///
/// Tests in-process call ``add(_:)`` directly; other processes use the control endpoint on the API
/// origin (`POST /_sandbox/faults` with the text form of ``SandboxFaultRule`` as a JSON object).
public final class SandboxFaults: Sendable {
    private struct Slot {
        let id: Int
        var rule: SandboxFaultRule
        var credit: Double = 0
        var fired = 0
    }

    private struct State {
        var slots: [Slot] = []
        var nextID = 1
    }

    private let state = Locked(State())

    init() {}

    /// Installs a rule and returns its id (for ``remove(id:)``).
    @discardableResult
    public func add(_ rule: SandboxFaultRule) -> Int {
        state.withLock { s in
            let id = s.nextID
            s.nextID += 1
            s.slots.append(Slot(id: id, rule: rule))
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

    /// Makes the next authenticated API request find its access token expired (a 401, once).
    public func expireTokenOnNextRequest() {
        add(SandboxFaultRule(fault: .expireToken, requestClass: .api, limit: 1))
    }

    /// The faults that fire for one request. Advances each matching rule's deterministic rate counter.
    func draw(requestClass: SandboxRequestClass, path: String) -> [SandboxFault] {
        state.withLock { s in
            var fired: [SandboxFault] = []
            var shaped = false
            for i in s.slots.indices {
                let rule = s.slots[i].rule
                guard rule.requestClass == .any || rule.requestClass == requestClass else { continue }
                if let prefix = rule.pathPrefix, !path.hasPrefix(prefix) { continue }
                if let limit = rule.limit, s.slots[i].fired >= limit { continue }
                s.slots[i].credit += rule.rate
                guard s.slots[i].credit >= 1 - 1e-9 else { continue }
                if rule.fault.shapesResponse && shaped { continue }
                s.slots[i].credit -= 1
                s.slots[i].fired += 1
                shaped = shaped || rule.fault.shapesResponse
                fired.append(rule.fault)
            }
            return fired
        }
    }
}
