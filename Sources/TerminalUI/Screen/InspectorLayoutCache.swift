import Foundation
import Workspace

/// The inspector's last layout, kept so that frames showing the same record the same way do not
/// parse and lay it out again: the event loop settles the scroll and then draws (two layouts per
/// frame), and the spinner, the clock and keys handled elsewhere redraw a record that did not change.
///
/// Used from the UI thread; the lock only makes sharing it through `BrowserUIState` honest.
public final class InspectorLayoutCache: @unchecked Sendable {
    /// Everything a layout depends on.
    struct Key: Equatable {
        let record: PaneRow.Content
        let headline: String?
        let mode: InspectorState.Mode
        let folds: InspectorFolds
        let search: InspectorSearch?
        /// The cursor matters only to the current search match.
        let cursor: Int
        let width: Int
        let borders: BorderSet
    }

    private let lock = NSLock()
    private var key: Key?
    private var layout: InspectorView.Layout?
    /// Layouts made (not found in the cache); tests read it.
    private(set) var builds = 0

    /// An empty cache.
    public init() {}

    /// The layout for `key`, made with `make` unless it is the last one made.
    func layout(for key: Key, make: () -> InspectorView.Layout) -> InspectorView.Layout {
        lock.lock()
        defer { lock.unlock() }
        if let layout, self.key == key { return layout }
        let made = make()
        self.key = key
        layout = made
        builds += 1
        return made
    }
}
