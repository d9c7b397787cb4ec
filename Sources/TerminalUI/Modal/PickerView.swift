/// Draws a `Picker` as a bordered modal centred over the panes (the code sign-in stage wider, for its URL).
public enum PickerView {
    /// Draws `picker` centred in `area`.
    public static func render(_ picker: Picker, in area: Rect, state: BrowserUIState, canvas: inout Canvas) {
        if case .code(_, let entry) = picker.stage {
            renderCode(picker, entry, in: area, state: state, canvas: &canvas)
            return
        }
        let body = bodyLines(picker)
        let hint = hintText(picker)
        let contentWidth = max(DisplayWidth.of(picker.title) + 4, DisplayWidth.of(hint),
                               (body.map { DisplayWidth.of($0.text) }.max() ?? 0) + (body.map { DisplayWidth.of($0.detail) }.max() ?? 0) + 4)
        let width = min(area.width, max(30, contentWidth + 4))
        let height = min(area.height, body.count + 4)
        guard width >= 10, height >= 3 else {
            // No room for a box: the selected line alone, across the top of the area.
            guard let line = body.first(where: { $0.selected }) ?? body.first, area.height > 0 else { return }
            let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
            canvas.fill(row, style: Style(fg: .selectionFG, bg: .selectionBG, [.bold]))
            canvas.put(line.text, x: area.x, y: area.y, style: Style(fg: .selectionFG, bg: .selectionBG, [.bold]), maxWidth: area.width)
            return
        }
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        canvas.fill(rect, style: Style(fg: .fg))
        canvas.box(rect, style: Style(fg: .accent, [.bold]), borders: state.borders, title: picker.title,
                   titleStyle: Style(fg: .accent, [.bold]))
        let inner = rect.inset(by: 1)
        guard inner.height > 0 else { return }
        // The hint needs a blank line above it; in a tiny window the list gets every row (the footer has the hint too).
        let showHint = inner.height >= 3
        let listHeight = showHint ? inner.height - 2 : inner.height
        let selectedLine = body.firstIndex { $0.selected } ?? 0
        let top = max(0, min(selectedLine - listHeight + 1, body.count - listHeight))
        let labelColumn = min(inner.width / 2, (body.map { DisplayWidth.of($0.text) }.max() ?? 0) + 1)
        for (i, line) in body.dropFirst(max(0, top)).prefix(listHeight).enumerated() {
            let y = inner.y + i
            let style = line.selected ? Style(fg: .selectionFG, bg: .selectionBG, [.bold]) : Style(fg: line.role, line.bold ? [.bold] : [])
            if line.selected { canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            var x = inner.x + 1
            x += canvas.put(line.text, x: x, y: y, style: style, maxWidth: max(0, inner.maxX - x - 1))
            x = max(x, inner.x + 1 + labelColumn)
            if !line.detail.isEmpty, x + 3 < inner.maxX {
                let detailStyle = line.selected ? style : Style(fg: .muted)
                canvas.put(" " + line.detail, x: x, y: y, style: detailStyle, maxWidth: inner.maxX - x - 1)
            }
        }
        if showHint {
            canvas.put(hint, x: inner.x + 1, y: inner.maxY - 1, style: Style(fg: .muted), maxWidth: max(0, inner.width - 2))
        }
    }

    /// One line of the modal body.
    struct BodyLine {
        var text: String
        var detail: String = ""
        var role: ColorRole = .fg
        var selected = false
        var bold = false
    }

    static func bodyLines(_ picker: Picker) -> [BodyLine] {
        switch picker.stage {
        case .choosing:
            return picker.items.enumerated().map { index, item in
                BodyLine(text: item.label, detail: item.detail, role: item.role, selected: index == picker.cursor)
            }
        case .confirming(let index):
            let name = index < picker.items.count ? picker.items[index].label : "?"
            return [
                BodyLine(text: "⚠ Switch to \(name.uppercased())?", role: .envProduction, bold: true),
                BodyLine(text: "This is Procore production: real companies and projects."),
                BodyLine(text: "Sitewalk only reads, but every request counts."),
            ]
        case .notice(_, let lines):
            return lines.map { BodyLine(text: $0) }
        case .code(_, let entry):
            return codeLines(entry, width: 76)
        }
    }

    /// The code sign-in's lines for an inner width: what to do, the URL wrapped, the code field, how it went.
    static func codeLines(_ entry: CodeSignInEntry, width: Int) -> [BodyLine] {
        var lines = [BodyLine(text: "Sign in to \(entry.environment) as a person (out-of-band code)", bold: true), BodyLine(text: "")]
        lines.append(BodyLine(text: "1. Open this URL in a browser" + (entry.copied ? " (copied)" : " (y copies it)") + ":"))
        lines += TextWrap.wrap(entry.url, width: max(10, width - 3)).map { BodyLine(text: "   " + $0, role: .accent) }
        lines.append(BodyLine(text: "2. Approve Sitewalk, then paste the code the page shows:"))
        lines.append(BodyLine(text: ""))
        lines.append(BodyLine(text: "   code: " + entry.code + (entry.busy ? "" : "▏"), role: .fg, bold: true))
        lines.append(BodyLine(text: ""))
        if entry.busy {
            lines.append(BodyLine(text: "signing in…", role: .muted))
        } else if let error = entry.error {
            lines += TextWrap.wrap(TextSanitizer.sanitize(error), width: max(10, width)).prefix(4).map { BodyLine(text: $0, role: .error, bold: true) }
        } else {
            lines.append(BodyLine(text: "Enter signs in; the code works once and expires in minutes.", role: .muted))
        }
        return lines
    }

    /// Draws the code sign-in stage: wide enough for the URL (wrapped when it is not).
    static func renderCode(_ picker: Picker, _ entry: CodeSignInEntry, in area: Rect, state: BrowserUIState, canvas: inout Canvas) {
        let width = min(area.width, max(min(area.width, 44), min(area.width - 4, 100)))
        let inner = max(1, width - 4)
        let body = codeLines(entry, width: inner)
        let height = min(area.height, body.count + 4)
        guard width >= 10, height >= 3 else { return }
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        canvas.fill(rect, style: Style(fg: .fg))
        canvas.box(rect, style: Style(fg: .accent, [.bold]), borders: state.borders, title: picker.title,
                   titleStyle: Style(fg: .accent, [.bold]))
        let content = rect.inset(by: 1)
        let showHint = content.height >= body.count + 2
        let listHeight = showHint ? content.height - 2 : content.height
        // When rows are short, keep the code field and what follows it in view.
        let fieldLine = body.firstIndex { $0.text.hasPrefix("   code: ") } ?? 0
        let top = max(0, min(fieldLine + 3 - listHeight, body.count - listHeight))
        for (i, line) in body.dropFirst(top).prefix(listHeight).enumerated() {
            canvas.put(line.text, x: content.x + 1, y: content.y + i, style: Style(fg: line.role, line.bold ? [.bold] : []),
                       maxWidth: max(0, content.width - 2))
        }
        if showHint {
            canvas.put(hintText(picker), x: content.x + 1, y: content.maxY - 1, style: Style(fg: .muted), maxWidth: max(0, content.width - 2))
        }
    }

    /// The key hints at the bottom of the modal.
    public static func hintText(_ picker: Picker) -> String {
        switch picker.stage {
        case .choosing: return "↑↓ choose · Enter ok · Esc cancel"
        case .confirming: return "y switch · n / Esc stay"
        case .notice: return "Esc or Enter: back to the list"
        case .code(_, let entry):
            if entry.busy { return "Esc cancel" }
            return (entry.code.isEmpty ? "y" : "Ctrl-Y") + " copy URL · paste the code · Enter sign in · Esc cancel"
        }
    }
}
