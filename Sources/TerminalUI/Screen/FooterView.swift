import Workspace

/// The footer: the keys that matter in the focused pane, from the keymap.
public enum FooterView {
    /// One hint: an action, the key to show (nil: the action's first key), the label (nil: the binding's).
    struct Hint {
        var actions: [ActionID]
        var keys: [KeyEvent]? = nil
        var label: String? = nil
    }

    /// The hints worth showing, by focus.
    static func hints(for focus: Focus) -> [Hint] {
        switch focus {
        case .companies, .projects, .tools:
            return [.moveDown, .open, .back, .filter, .reload, .copy, .environments, .help, .quit].map { Hint(actions: [$0]) }
        case .records:
            return [.moveDown, .open, .back, .filter, .sort, .toggleInspector, .download, .copy, .reload, .help, .quit].map { Hint(actions: [$0]) }
        case .inspector:
            return [Hint(actions: [.moveDown]),
                    Hint(actions: [.back, .open], keys: [.left, .right], label: "fold"),
                    Hint(actions: [.filter], label: "search"),
                    Hint(actions: [.searchNext, .searchPrevious], label: "next/prev"),
                    Hint(actions: [.toggleInspector]),
                    Hint(actions: [.foldAll, .unfoldAll], label: "fold/unfold all"),
                    Hint(actions: [.back], keys: [.escape], label: "back"),
                    Hint(actions: [.copy]), Hint(actions: [.download]), Hint(actions: [.help]), Hint(actions: [.quit])]
        }
    }

    /// The actions worth a hint, by focus.
    static func actions(for focus: Focus) -> [ActionID] { hints(for: focus).flatMap(\.actions) }

    /// The key text of a hint: its preferred keys when the keymap binds them to its actions, else each
    /// action's first key.
    static func keyText(_ hint: Hint, keymap: Keymap) -> String? {
        if hint.actions == [.moveDown] { return "↑↓" }
        var parts: [String] = []
        for (i, action) in hint.actions.enumerated() {
            guard let binding = keymap.binding(action), let first = binding.keys.first else { return nil }
            if let preferred = hint.keys, i < preferred.count, binding.keys.contains(preferred[i]) {
                parts.append(preferred[i].description)
            } else {
                parts.append(first.description)
            }
        }
        return parts.joined(separator: hint.actions.count > 1 && parts.allSatisfy({ ["←", "→", "↑", "↓"].contains($0) }) ? "" : "/")
    }

    /// Draws the hints, or the filter/search/command prompt while typing.
    /// `inspectorMode` drops the fold hints in the raw JSON view, which does not fold.
    public static func render(keymap: Keymap, focus: Focus, state: BrowserUIState, searchStatus: String? = nil,
                              inspectorMode: InspectorState.Mode = .fields, in rect: Rect, canvas: inout Canvas) {
        guard rect.width > 0, rect.height > 0 else { return }
        switch state.mode {
        case .filtering(let text):
            prompt("/", text, hint: "  Enter keep · Esc clear", in: rect, canvas: &canvas)
            return
        case .searching(let text):
            // The status is `/text 2/7`: show only its count after the typed text.
            let count = searchStatus.map { status in String(status.dropFirst(1 + text.count)).trimmingCharacters(in: .whitespaces) } ?? ""
            let hint = (count.isEmpty ? "" : "  " + count) + "  Enter keep · Esc clear · n/N next/prev"
            prompt("/", text, hint: hint, in: rect, canvas: &canvas, countLength: count.isEmpty ? 0 : count.count + 2,
                   countStyle: count == "no match" ? Style(fg: .error, [.bold]) : Style(fg: .accent, [.bold]))
            return
        case .command(let text):
            let hint = state.completions.isEmpty ? "  Tab completes · Enter runs · Esc cancels" : "  " + state.completions.joined(separator: "  ")
            prompt(":", text, hint: hint, in: rect, canvas: &canvas)
            return
        case .picker(let picker):
            canvas.put(PickerView.hintText(picker), x: rect.x, y: rect.y, style: Style(fg: .muted), maxWidth: rect.width)
            return
        default: break
        }
        var x = rect.x
        let foldActions: Set<ActionID> = [.foldAll, .unfoldAll, .open]
        for hint in hints(for: focus) where inspectorMode == .fields || focus != .inspector || foldActions.isDisjoint(with: hint.actions) {
            guard let keyText = keyText(hint, keymap: keymap), let binding = keymap.binding(hint.actions[0]) else { continue }
            let label = hint.actions == [.moveDown] ? "move" : hint.label ?? binding.label
            let needed = DisplayWidth.of(keyText) + DisplayWidth.of(label) + 3
            guard x + needed <= rect.maxX else { break }
            x += canvas.put(keyText, x: x, y: rect.y, style: Style(fg: .accent, [.bold]))
            x += canvas.put(" " + label + "  ", x: x, y: rect.y, style: Style(fg: .muted))
        }
    }

    /// A prompt: the sigil, the typed text, a caret, and a muted hint (its first `countLength` cells in `countStyle`).
    private static func prompt(_ sigil: String, _ text: String, hint: String, in rect: Rect, canvas: inout Canvas,
                               countLength: Int = 0, countStyle: Style = Style(fg: .accent, [.bold])) {
        let used = canvas.put(sigil, x: rect.x, y: rect.y, style: Style(fg: .accent, [.bold]))
        let typed = canvas.put(text, x: rect.x + used, y: rect.y, style: Style(fg: .fg), maxWidth: rect.width - used - 1)
        canvas.put("▏", x: rect.x + used + typed, y: rect.y, style: Style(fg: .accent))
        let hx = rect.x + used + typed + 1
        guard hx < rect.maxX else { return }
        let shown = canvas.put(hint, x: hx, y: rect.y, style: Style(fg: .muted), maxWidth: rect.maxX - hx)
        if countLength > 0 {
            canvas.put(String(hint.prefix(countLength)), x: hx, y: rect.y, style: countStyle, maxWidth: min(shown, rect.maxX - hx))
        }
    }
}
