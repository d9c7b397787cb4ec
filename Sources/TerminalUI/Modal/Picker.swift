import Workspace

/// A small modal list: the files of a record (`d`), what to copy (`y`), the environments (`e`).
///
/// Pure state: `PickerView` draws it and `BrowserApp` moves its cursor and acts on Enter.
public struct Picker: Sendable, Equatable {
    /// One line of the list.
    public struct Item: Sendable, Equatable {
        /// The main text (a file name, "record id", an environment name).
        public var label: String
        /// Secondary text drawn muted after the label (a path, a value, a sign-in state).
        public var detail: String
        /// The role the label is drawn in (environment kinds get their badge colour).
        public var role: ColorRole

        /// Creates an item.
        public init(label: String, detail: String = "", role: ColorRole = .fg) {
            self.label = label
            self.detail = detail
            self.role = role
        }
    }

    /// What choosing an item does.
    public enum Purpose: Sendable, Equatable {
        /// Download one of these links.
        case download([FileLink])
        /// Copy one of these to the clipboard.
        case copy([CopyChoice])
        /// Switch to one of these environments.
        case environment([EnvironmentChoice])
    }

    /// What the modal is showing.
    public enum Stage: Sendable, Equatable {
        /// The list, waiting for ↑↓ Enter.
        case choosing
        /// Asking "switch to production? y/N" about the item at this index.
        case confirming(Int)
        /// A note about the item at this index (what to do to sign in); any key returns to the list.
        case notice(Int, [String])
        /// Signing in to the item at this index with the out-of-band code: the URL, the pasted code.
        case code(Int, CodeSignInEntry)
    }

    /// The modal's title.
    public var title: String
    /// The lines of the list.
    public var items: [Item]
    /// The selected line.
    public var cursor: Int = 0
    /// What choosing does.
    public var purpose: Purpose
    /// What is shown.
    public var stage: Stage = .choosing

    /// Creates a picker.
    public init(title: String, items: [Item], purpose: Purpose, cursor: Int = 0) {
        self.title = title
        self.items = items
        self.purpose = purpose
        self.cursor = max(0, min(cursor, items.count - 1))
    }

    /// Moves the cursor, staying on the list.
    public mutating func move(_ delta: Int) {
        guard !items.isEmpty else { return }
        cursor = max(0, min(items.count - 1, cursor + delta))
    }

    /// A picker over a record's file links.
    public static func downloads(_ links: [FileLink]) -> Picker {
        let items = links.map { link in
            let last = link.url.lastPathComponent
            let label = link.name ?? last
            // A name without the file's extension (a drawing's number) gains the URL's file name, when it has one.
            let shown = last.contains(".") && !label.contains(".") ? "\(label) · \(last)" : label
            return Item(label: shown, detail: link.path)
        }
        return Picker(title: "Download which file?", items: items, purpose: .download(links))
    }

    /// A picker over what can be copied.
    public static func copy(_ choices: [CopyChoice]) -> Picker {
        let items = choices.map { Item(label: $0.label, detail: $0.preview) }
        return Picker(title: "Copy to the clipboard", items: items, purpose: .copy(choices))
    }

    /// A picker over environments, the cursor on the current one.
    public static func environments(_ choices: [EnvironmentChoice], current: String) -> Picker {
        let items = choices.map { choice in
            Item(label: choice.name + (choice.name == current ? " (current)" : ""), detail: choice.stateText,
                 role: choice.badgeRole)
        }
        let cursor = choices.firstIndex { $0.name == current } ?? 0
        return Picker(title: "Switch environment", items: items, purpose: .environment(choices), cursor: cursor)
    }
}
