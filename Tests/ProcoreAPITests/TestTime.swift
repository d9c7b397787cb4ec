import Foundation

/// How much longer than usual a timing in a test may take: `SITEWALK_TEST_TIME_SCALE` (`.ci/test` sets 6
/// for the ThreadSanitizer run, which slows everything several times over); 1 otherwise. Deadlines and
/// "this was quick" limits multiply by it, so a sanitizer run proves the same behaviour, more slowly.
enum TestTime {
    static let scale: Double = ProcessInfo.processInfo.environment["SITEWALK_TEST_TIME_SCALE"].flatMap(Double.init).map { max(1, $0) } ?? 1
}
