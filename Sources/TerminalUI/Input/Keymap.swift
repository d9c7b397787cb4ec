/// A stable action id: what a key does, independent of which key it is.
public enum ActionID: String, Sendable, CaseIterable {
    case moveUp = "move-up", moveDown = "move-down", pageUp = "page-up", pageDown = "page-down"
    case top, bottom, open, back
    case nextPane = "next-pane", previousPane = "previous-pane"
    case filter, sort, reload
    case toggleInspector = "toggle-inspector"
    case searchNext = "search-next", searchPrevious = "search-previous"
    case foldAll = "fold-all", unfoldAll = "unfold-all"
    case download, copy
    case environments, command, help, quit
}

/// One binding: an action, its keys, and the help text shown in the overlay and the footer.
public struct KeyBinding: Sendable, Equatable {
    /// The action.
    public var action: ActionID
    /// The keys that trigger it.
    public var keys: [KeyEvent]
    /// A short label for the footer (`open`).
    public var label: String
    /// A sentence for the help overlay.
    public var help: String
}

/// The keymap: data, with stable action ids, several keys per action, user overrides, no conflicts.
public struct Keymap: Sendable {
    /// Every binding, in help order.
    public private(set) var bindings: [KeyBinding]
    private var index: [KeyEvent: ActionID] = [:]

    /// A conflict or a bad key name in the user's overrides.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        /// The message.
        public let description: String
    }

    /// The defaults (design.md section 6).
    public static let defaults: Keymap = {
        let table: [(ActionID, [KeyEvent], String, String)] = [
            (.moveUp, [.up, .char("k")], "up", "move up"),
            (.moveDown, [.down, .char("j")], "down", "move down"),
            (.pageUp, [.pageUp, .ctrl("b")], "page up", "one page up"),
            (.pageDown, [.pageDown, .ctrl("f")], "page down", "one page down"),
            (.top, [.char("g"), .home], "top", "first row"),
            (.bottom, [.char("G"), .end], "bottom", "last row"),
            (.open, [.enter, .right, .char("l")], "open", "open the selected row (focus moves right); in the inspector: unfold, then step in"),
            (.back, [.escape, .left, .char("h")], "back", "go back (focus moves left); in the inspector: fold, then up a level (Esc leaves)"),
            (.nextPane, [.tab], "next pane", "focus the next pane"),
            (.previousPane, [.backTab], "prev pane", "focus the previous pane"),
            (.filter, [.char("/")], "filter", "filter the list: typing narrows it live, Enter keeps, Esc clears; in the inspector: search the record"),
            (.sort, [.char("s")], "sort", "cycle the sort column and direction"),
            (.reload, [.char("r")], "reload", "reload the list, bypassing the cache"),
            (.toggleInspector, [.char(" "), .char("i")], "fields/json", "inspector: fields or raw JSON"),
            (.searchNext, [.char("n")], "next match", "inspector: next match of the search"),
            (.searchPrevious, [.char("N")], "prev match", "inspector: previous match of the search"),
            (.foldAll, [.char("z")], "fold all", "inspector: fold every nested object and array"),
            (.unfoldAll, [.char("Z")], "unfold all", "inspector: unfold everything"),
            (.download, [.char("d")], "download", "download a file of the selected record (pick when it has several)"),
            (.copy, [.char("y")], "copy", "copy the record id, API path, web link or JSON (OSC 52 clipboard)"),
            (.environments, [.char("e")], "env", "switch environment (production asks first)"),
            (.command, [.char(":")], "command", "command line: :env NAME, :theme NAME, :filter TEXT, any action id; Tab completes"),
            (.help, [.char("?"), .function(1)], "help", "this help"),
            (.quit, [.char("q"), .ctrl("c")], "quit", "quit (Ctrl-C always quits)"),
        ]
        // The table above has no conflicts; a failure here is a programming error caught by tests.
        return try! Keymap(bindings: table.map { KeyBinding(action: $0.0, keys: $0.1, label: $0.2, help: $0.3) })
    }()

    /// Creates a keymap, rejecting a key bound to two actions.
    public init(bindings: [KeyBinding]) throws {
        self.bindings = bindings
        for binding in bindings {
            for key in binding.keys {
                if let other = index[key], other != binding.action {
                    throw Problem(description: "key \(key) is bound to both \(other.rawValue) and \(binding.action.rawValue)")
                }
                index[key] = binding.action
            }
        }
    }

    /// The action of a key.
    public func action(for key: KeyEvent) -> ActionID? { index[key] }

    /// The binding of an action.
    public func binding(_ action: ActionID) -> KeyBinding? { bindings.first { $0.action == action } }

    /// The keymap with user overrides (`action-id = ["key", ...]`) applied.
    public func overriding(_ overrides: [String: [String]]) throws -> Keymap {
        var updated = bindings
        for (name, keyNames) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let action = ActionID(rawValue: name) else {
                throw Problem(description: "keys: unknown action \(name) (known: \(ActionID.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            var keys: [KeyEvent] = []
            for keyName in keyNames {
                guard let key = KeyEvent(name: keyName) else { throw Problem(description: "keys.\(name): unknown key \(keyName)") }
                keys.append(key)
            }
            if action == .quit, !keys.contains(.ctrl("c")) { keys.append(.ctrl("c")) }
            if let i = updated.firstIndex(where: { $0.action == action }) { updated[i].keys = keys }
        }
        return try Keymap(bindings: updated)
    }
}
