/// The `?` overlay: every binding of the keymap, generated from it.
public enum HelpOverlay {
    /// The overlay's lines (key column, help column).
    public static func lines(keymap: Keymap) -> [(String, String)] {
        keymap.bindings.map { binding in
            (binding.keys.map(\.description).joined(separator: " "), binding.help)
        }
    }

    /// Where the overlay goes in an area and what it shows there.
    struct Layout {
        /// The overlay's box, centred in the area.
        let rect: Rect
        /// The key column's width.
        let keyWidth: Int
        /// The rows: a help text too long for the overlay wraps over several rows, the keys on its first.
        let rows: [(keys: String, help: String)]
        /// How many rows show at once.
        let visible: Int

        /// The largest useful scroll: the last row at the bottom.
        var maxScroll: Int { max(0, rows.count - visible) }
    }

    /// The overlay's layout in `area` (nil when the area is too small to draw it).
    static func layout(keymap: Keymap, in area: Rect) -> Layout? {
        let entries = lines(keymap: keymap)
        let keyWidth = min(22, entries.map { DisplayWidth.of($0.0) }.max() ?? 10)
        let helpWidth = entries.map { DisplayWidth.of($0.1) }.max() ?? 20
        let width = min(area.width, keyWidth + helpWidth + 6)
        // Inside the borders, after the key column and its gap, and a space before the right border.
        let helpColumn = width - 2 - keyWidth - 3 - 1
        guard width >= 10, helpColumn >= 8 else { return nil }
        var rows: [(keys: String, help: String)] = []
        for (keys, help) in entries {
            for (i, part) in TextWrap.wrap(help, width: helpColumn).enumerated() {
                rows.append((i == 0 ? keys : "", part))
            }
        }
        let height = min(area.height, rows.count + 4)
        guard height >= 4 else { return nil }
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        return Layout(rect: rect, keyWidth: keyWidth, rows: rows, visible: max(0, height - 3))
    }

    /// `scroll` kept within the rows (j past the end does not pile up presses k must undo).
    public static func settledScroll(_ scroll: Int, keymap: Keymap, in area: Rect) -> Int {
        max(0, min(scroll, layout(keymap: keymap, in: area)?.maxScroll ?? 0))
    }

    /// Draws the overlay centred in `area`.
    public static func render(keymap: Keymap, scroll: Int, in area: Rect, state: BrowserUIState, canvas: inout Canvas) {
        guard let layout = layout(keymap: keymap, in: area) else { return }
        let rect = layout.rect
        canvas.fill(rect, style: Style(fg: .fg))
        canvas.box(rect, style: Style(fg: .accent, [.bold]), borders: state.borders, title: " Keys — Esc or ? to close ",
                   titleStyle: Style(fg: .accent, [.bold]))
        let inner = rect.inset(by: 1)
        let top = max(0, min(scroll, layout.maxScroll))
        for (i, row) in layout.rows.dropFirst(top).prefix(layout.visible).enumerated() {
            let y = inner.y + 1 + i
            canvas.put(" " + row.keys, x: inner.x, y: y, style: Style(fg: .accent, [.bold]), maxWidth: layout.keyWidth + 1)
            canvas.put(row.help, x: inner.x + layout.keyWidth + 3, y: y, style: Style(fg: .fg),
                       maxWidth: max(0, inner.width - layout.keyWidth - 3))
        }
        // When the list does not fit, say so on the bottom border, and how to see the rest.
        if layout.rows.count > layout.visible {
            let below = layout.rows.count - top - layout.visible
            let hint = below > 0 ? " ↓ \(below) more — j/k scroll " : " ↑ j/k scroll "
            let hintWidth = DisplayWidth.of(hint)
            if hintWidth < rect.width - 2 {
                canvas.put(hint, x: rect.maxX - 1 - hintWidth, y: rect.maxY - 1, style: Style(fg: .accent, [.bold]))
            }
        }
    }
}
