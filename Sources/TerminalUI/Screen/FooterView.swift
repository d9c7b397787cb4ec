import Workspace

/// The footer: the keys that matter in the focused pane, from the keymap.
public enum FooterView {
    /// The actions worth a hint, by focus.
    static func actions(for focus: Focus) -> [ActionID] {
        switch focus {
        case .companies, .projects, .tools: return [.moveDown, .open, .back, .filter, .reload, .copy, .environments, .help, .quit]
        case .records: return [.moveDown, .open, .back, .filter, .sort, .toggleInspector, .download, .copy, .reload, .help, .quit]
        case .inspector: return [.moveDown, .back, .toggleInspector, .download, .copy, .help, .quit]
        }
    }

    /// Draws the hints, or the filter/command prompt while typing.
    public static func render(keymap: Keymap, focus: Focus, state: BrowserUIState, in rect: Rect, canvas: inout Canvas) {
        guard rect.width > 0, rect.height > 0 else { return }
        switch state.mode {
        case .filtering(let text):
            let used = canvas.put("/", x: rect.x, y: rect.y, style: Style(fg: .accent, [.bold]))
            let typed = canvas.put(text, x: rect.x + used, y: rect.y, style: Style(fg: .fg), maxWidth: rect.width - used - 1)
            canvas.put("▏", x: rect.x + used + typed, y: rect.y, style: Style(fg: .accent))
            let hint = "  Enter keep · Esc clear"
            let hx = rect.x + used + typed + 2
            if hx + DisplayWidth.of(hint) <= rect.maxX { canvas.put(hint, x: hx, y: rect.y, style: Style(fg: .muted)) }
            return
        case .command(let text):
            let used = canvas.put(":", x: rect.x, y: rect.y, style: Style(fg: .accent, [.bold]))
            let typed = canvas.put(text, x: rect.x + used, y: rect.y, style: Style(fg: .fg), maxWidth: rect.width - used - 1)
            canvas.put("▏", x: rect.x + used + typed, y: rect.y, style: Style(fg: .accent))
            let hint = state.completions.isEmpty ? "  Tab completes · Enter runs · Esc cancels" : "  " + state.completions.joined(separator: "  ")
            let hx = rect.x + used + typed + 2
            if hx < rect.maxX { canvas.put(hint, x: hx, y: rect.y, style: Style(fg: .muted), maxWidth: rect.maxX - hx) }
            return
        case .picker(let picker):
            canvas.put(PickerView.hintText(picker), x: rect.x, y: rect.y, style: Style(fg: .muted), maxWidth: rect.width)
            return
        default: break
        }
        var x = rect.x
        for action in actions(for: focus) {
            guard let binding = keymap.binding(action), let key = binding.keys.first else { continue }
            let keyText = action == .moveDown ? "↑↓" : key.description
            let needed = DisplayWidth.of(keyText) + DisplayWidth.of(binding.label) + 3
            guard x + needed <= rect.maxX else { break }
            x += canvas.put(keyText, x: x, y: rect.y, style: Style(fg: .accent, [.bold]))
            x += canvas.put(" " + (action == .moveDown ? "move" : binding.label) + "  ", x: x, y: rect.y, style: Style(fg: .muted))
        }
    }
}
