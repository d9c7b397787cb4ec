/// One key press (or mouse event, or resize) as the front end understands it, independent of ncurses.
public enum KeyEvent: Sendable, Hashable, CustomStringConvertible {
    /// A printable character.
    case char(Character)
    /// A control key, e.g. `.ctrl("c")`.
    case ctrl(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Enter / Return.
    case enter
    /// Escape.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Backspace.
    case backspace
    /// Delete.
    case delete
    /// A function key F1...F12.
    case function(Int)
    /// A mouse click at a cell.
    case click(x: Int, y: Int)
    /// The wheel, up (negative) or down (positive).
    case wheel(Int)
    /// The terminal was resized.
    case resize

    /// The key's name as the keymap and help overlay write it.
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(c.uppercased())"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .function(let n): return "F\(n)"
        case .click: return "Click"
        case .wheel: return "Wheel"
        case .resize: return "Resize"
        }
    }

    /// Parses a key name as written in the config file (`j`, `Down`, `Ctrl-D`, `PgDn`, `F1`, `Space`).
    public init?(name: String) {
        let lower = name.lowercased()
        switch lower {
        case "up", "↑": self = .up
        case "down", "↓": self = .down
        case "left", "←": self = .left
        case "right", "→": self = .right
        case "enter", "return": self = .enter
        case "esc", "escape": self = .escape
        case "tab": self = .tab
        case "shift-tab", "backtab": self = .backTab
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        case "backspace": self = .backspace
        case "delete", "del": self = .delete
        case "space": self = .char(" ")
        default:
            if lower.hasPrefix("ctrl-"), name.count == 6, let c = lower.last { self = .ctrl(c); return }
            if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { self = .function(n); return }
            guard name.count == 1, let c = name.first else { return nil }
            self = .char(c)
        }
    }
}
