import Foundation
import ProcoreAPI

/// A per-environment cache of pages keyed by request, with a short time-to-live.
///
/// Revisiting a pane within the TTL costs no request; `r` bypasses it.
public final class PageCache: @unchecked Sendable {
    private struct Entry { let page: Page; let stored: Date }
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    /// How long a page stays fresh.
    public let timeToLive: TimeInterval

    /// A cached page's key: the request and the page number and size.
    public struct Key: Hashable, Sendable {
        let request: APIRequest
        let page: Int
        let perPage: Int
    }

    /// Creates a cache.
    public init(timeToLive: TimeInterval = 60) { self.timeToLive = timeToLive }

    /// A fresh page, if cached.
    public func page(for request: APIRequest, page: Int, perPage: Int, now: Date = Date()) -> Page? {
        lock.lock(); defer { lock.unlock() }
        guard let entry = entries[Key(request: request, page: page, perPage: perPage)] else { return nil }
        guard now.timeIntervalSince(entry.stored) < timeToLive else { return nil }
        return entry.page
    }

    /// Stores a page.
    public func store(_ value: Page, for request: APIRequest, perPage: Int, now: Date = Date()) {
        lock.lock(); defer { lock.unlock() }
        if entries.count > 2_000 { entries = entries.filter { now.timeIntervalSince($0.value.stored) < timeToLive } }
        entries[Key(request: request, page: value.number, perPage: perPage)] = Entry(page: value, stored: now)
    }

    /// Forgets every page of a request (a reload).
    public func invalidate(_ request: APIRequest) {
        lock.lock(); defer { lock.unlock() }
        entries = entries.filter { $0.key.request != request }
    }

    /// Forgets everything.
    public func removeAll() {
        lock.lock(); defer { lock.unlock() }
        entries.removeAll()
    }
}
