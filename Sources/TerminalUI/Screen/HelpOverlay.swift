/// The `?` overlay: every binding of the keymap, generated from it.
public enum HelpOverlay {
    /// The overlay's lines (key column, help column).
    public static func lines(keymap: Keymap) -> [(String, String)] {
        keymap.bindings.map { binding in
            (binding.keys.map(\.description).joined(separator: " "), binding.help)
        }
    }

    /// Draws the overlay centred in `area`.
    public static func render(keymap: Keymap, scroll: Int, in area: Rect, state: BrowserUIState, canvas: inout Canvas) {
        let entries = lines(keymap: keymap)
        let keyWidth = min(22, entries.map { DisplayWidth.of($0.0) }.max() ?? 10)
        let helpWidth = entries.map { DisplayWidth.of($0.1) }.max() ?? 20
        let width = min(area.width, keyWidth + helpWidth + 6)
        let height = min(area.height, entries.count + 4)
        guard width >= 10, height >= 4 else { return }
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        canvas.fill(rect, style: Style(fg: .fg))
        canvas.box(rect, style: Style(fg: .accent, [.bold]), borders: state.borders, title: " Keys — Esc or ? to close ",
                   titleStyle: Style(fg: .accent, [.bold]))
        let inner = rect.inset(by: 1)
        let visible = max(0, inner.height - 1)
        let top = max(0, min(scroll, entries.count - visible))
        for (i, entry) in entries.dropFirst(top).prefix(visible).enumerated() {
            let y = inner.y + 1 + i
            canvas.put(" " + entry.0, x: inner.x, y: y, style: Style(fg: .accent, [.bold]), maxWidth: keyWidth + 1)
            canvas.put(entry.1, x: inner.x + keyWidth + 3, y: y, style: Style(fg: .fg), maxWidth: max(0, inner.width - keyWidth - 3))
        }
        // When the list does not fit, say so on the bottom border, and how to see the rest.
        if entries.count > visible {
            let hint = top + visible < entries.count ? " ↓ \(entries.count - top - visible) more — j/k scroll " : " ↑ j/k scroll "
            let hintWidth = DisplayWidth.of(hint)
            if hintWidth < rect.width - 2 {
                canvas.put(hint, x: rect.maxX - 1 - hintWidth, y: rect.maxY - 1, style: Style(fg: .accent, [.bold]))
            }
        }
    }
}
