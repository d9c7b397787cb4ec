import Foundation

/// The simulator's notion of now: wall time plus an offset tests can advance.
///
/// Token expiry, signed-URL expiry, authorization codes and rate-limit windows all read this clock, so a
/// test can jump an hour ahead instead of sleeping.
final class SimulatedClock: Sendable {
    private let offset = Locked<Double>(0)

    /// Seconds since 1970, including the offset.
    func now() -> Double { Date().timeIntervalSince1970 + offset.withLock { $0 } }

    /// Moves the clock forward.
    func advance(by seconds: Double) { offset.withLock { $0 += seconds } }
}
