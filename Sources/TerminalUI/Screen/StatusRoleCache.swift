import Foundation

/// Remembers the colour of each status text seen (a list shows the same few statuses on every row of
/// every frame, and classifying one takes a dozen substring searches). Bounded: it forgets everything
/// when it holds more than `limit` texts.
final class StatusRoleCache: @unchecked Sendable {
    /// The cache the list view uses.
    static let shared = StatusRoleCache()

    private let limit = 4_096
    private let lock = NSLock()
    private var roles: [String: ColorRole] = [:]

    /// The colour remembered for `text`, if any.
    func role(for text: String) -> ColorRole? {
        lock.withLock { roles[text] }
    }

    /// Remembers the colour of `text`.
    func remember(_ role: ColorRole, for text: String) {
        lock.withLock {
            if roles.count >= limit { roles.removeAll(keepingCapacity: true) }
            roles[text] = role
        }
    }
}
