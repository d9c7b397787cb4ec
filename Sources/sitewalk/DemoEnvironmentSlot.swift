import Foundation
import ProcoreAPI

/// The embedded simulator's environment, filled in once the simulator has bound its ports (the browser
/// draws its first frame before that). Read and written under a lock; nil until then.
final class DemoEnvironmentSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var value: ProcoreEnvironment?

    /// The simulator's environment, once known.
    var environment: ProcoreEnvironment? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
