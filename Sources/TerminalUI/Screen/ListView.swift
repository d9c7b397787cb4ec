import Foundation
import ProcoreAPI
import Workspace

/// Draws a list pane (Companies, Projects, Tools) or a records table inside a bordered box.
public enum ListView {
    /// Draws `pane` into `rect`; `focused` decides the border and selection colours.
    public static func render(_ pane: ListPane, in rect: Rect, focused: Bool, state: BrowserUIState, canvas: inout Canvas) {
        guard rect.width >= 4, rect.height >= 3 else { return }
        let borderStyle = focused ? Style(fg: .accent, [.bold]) : Style(fg: .border)
        let titleStyle = focused ? Style(fg: .accent, [.bold]) : Style(fg: .muted, [.bold])
        canvas.box(rect, style: borderStyle, borders: state.borders, title: " \(pane.title) ", titleStyle: titleStyle)
        var inner = rect.inset(by: 1)
        guard inner.height > 0, inner.width > 0 else { return }
        let columns = pane.level?.columns
        if let columns, inner.height > 1 {
            drawHeader(columns, widths: columnWidths(columns, total: inner.width), pane: pane, x: inner.x, y: inner.y, canvas: &canvas)
            inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        }
        if pane.visible.isEmpty {
            drawStatus(pane, in: inner, state: state, canvas: &canvas)
        } else {
            drawRows(pane, columns: columns, in: inner, focused: focused, canvas: &canvas)
        }
        drawCounter(pane, rect: rect, focused: focused, state: state, canvas: &canvas)
    }

    /// The first visible row that keeps the cursor on screen.
    public static func scrollOffset(cursor: Int, current: Int, height: Int, count: Int) -> Int {
        guard height > 0 else { return 0 }
        var top = current
        if cursor < top { top = cursor }
        if cursor >= top + height { top = cursor - height + 1 }
        return max(0, min(top, max(0, count - height)))
    }

    static func drawRows(_ pane: ListPane, columns: [ToolColumn]?, in rect: Rect, focused: Bool, canvas: inout Canvas) {
        let top = scrollOffset(cursor: pane.cursor, current: pane.scroll, height: rect.height, count: pane.visible.count)
        let widths = columns.map { columnWidths($0, total: rect.width) }
        for line in 0..<rect.height {
            let index = top + line
            guard let row = pane.row(atVisible: index) else { break }
            let y = rect.y + line
            let selected = index == pane.cursor
            let base: Style = selected ? (focused ? Style(fg: .selectionFG, bg: .selectionBG, [.bold]) : Style(fg: .fg, [.bold, .underline])) : Style(fg: .fg)
            if selected { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: base) }
            if let columns, let widths {
                var x = rect.x
                for (index, width) in zip(columns.indices, widths) where width > 0 {
                    let column = columns[index]
                    let text = row.text(ofColumn: index, in: columns)
                    let style = selected ? base : cellStyle(column, text: text)
                    let shown = column.kind == .number ? DisplayWidth.pad(text, to: width, alignRight: true) : text
                    canvas.put(shown, x: x, y: y, style: style, maxWidth: width)
                    x += width + 1
                }
            } else {
                let marker = row.isFolder ? "▸ " : ""
                canvas.put(" " + marker + row.title, x: rect.x, y: y, style: base, maxWidth: rect.width)
            }
        }
        if pane.visible.count > rect.height, rect.height >= 3 {
            let trackX = rect.maxX
            let thumb = max(1, rect.height * rect.height / pane.visible.count)
            let maxTop = max(1, pane.visible.count - rect.height)
            let thumbY = (rect.height - thumb) * min(top, maxTop) / maxTop
            for i in 0..<thumb {
                canvas.put("┃", x: trackX, y: rect.y + thumbY + i, style: Style(fg: focused ? .accent : .muted))
            }
        }
    }

    static func drawHeader(_ columns: [ToolColumn], widths: [Int], pane: ListPane, x: Int, y: Int, canvas: inout Canvas) {
        var cx = x
        for (index, (column, width)) in zip(columns, widths).enumerated() where width > 0 {
            var title = column.header
            if let sort = pane.sort, sort.column == index { title += sort.ascending ? " ▲" : " ▼" }
            let text = column.kind == .number ? DisplayWidth.pad(title, to: width, alignRight: true) : title
            canvas.put(text, x: cx, y: y, style: Style(fg: .muted, [.bold, .underline]), maxWidth: width)
            cx += width + 1
        }
    }

    /// Column widths that fill `total` cells: every column gets at least its minimum (trailing columns
    /// are dropped — width 0 — when even the minimums do not fit), the rest is shared in proportion to
    /// the catalog's width hints, and any slack goes to the widest text column.
    public static func columnWidths(_ columns: [ToolColumn], total: Int) -> [Int] {
        guard !columns.isEmpty, total > 0 else { return columns.map { _ in 0 } }
        let minimums = columns.map(minimumWidth)
        var count = columns.count
        while count > 1, minimums.prefix(count).reduce(0, +) + (count - 1) > total { count -= 1 }
        var widths = Array(repeating: 0, count: columns.count)
        let available = total - (count - 1)
        let hints = (0..<count).map { max(minimums[$0], columns[$0].width) }
        if hints.reduce(0, +) <= available {
            for i in 0..<count { widths[i] = hints[i] }
            let slack = available - hints.reduce(0, +)
            let target = (0..<count).filter { columns[$0].kind == .text }.max { hints[$0] < hints[$1] } ?? 0
            widths[target] += slack
            return widths
        }
        let spare = max(0, available - minimums.prefix(count).reduce(0, +))
        let stretch = (0..<count).map { hints[$0] - minimums[$0] }
        let totalStretch = max(1, stretch.reduce(0, +))
        var used = 0
        for i in 0..<count {
            widths[i] = min(hints[i], minimums[i] + spare * stretch[i] / totalStretch)
            used += widths[i]
        }
        var leftover = available - used
        var i = 0
        while leftover > 0, i < count * 4 {
            let index = i % count
            if widths[index] < hints[index] { widths[index] += 1; leftover -= 1 }
            i += 1
        }
        if count == 1 { widths[0] = min(total, max(widths[0], available)) }
        return widths
    }

    /// The narrowest a column may be drawn.
    static func minimumWidth(_ column: ToolColumn) -> Int {
        let header = DisplayWidth.of(column.header)
        switch column.kind {
        case .number: return max(header, min(column.width, 5))
        case .date: return min(column.width, 10)
        case .boolean: return max(header, 3)
        case .status: return max(header, min(column.width, 6))
        case .person: return max(header, min(column.width, 10))
        case .text: return max(header, min(column.width, 12))
        }
    }

    static func cellStyle(_ column: ToolColumn, text: String) -> Style {
        switch column.kind {
        case .status: return Style(fg: statusRole(text))
        case .date, .number: return Style(fg: .fg)
        case .boolean: return Style(fg: text == "✓" ? .ok : .muted)
        case .person: return Style(fg: .fg)
        case .text: return Style(fg: .fg)
        }
    }

    /// The colour of a status text: closed/approved green, open/pending yellow, rejected/overdue red.
    public static func statusRole(_ text: String) -> ColorRole {
        if let known = StatusRoleCache.shared.role(for: text) { return known }
        let role = classifyStatus(text)
        StatusRoleCache.shared.remember(role, for: text)
        return role
    }

    private static func classifyStatus(_ text: String) -> ColorRole {
        let t = text.lowercased()
        if ["closed", "approved", "complete", "completed", "resolved", "done", "ready for review", "initiated"].contains(where: t.contains) && !t.contains("not") { return .ok }
        if ["rejected", "overdue", "void", "failed", "revise"].contains(where: t.contains) { return .error }
        if ["open", "pending", "draft", "in progress", "requested", "submitted"].contains(where: t.contains) { return .warning }
        return .fg
    }

    static func drawStatus(_ pane: ListPane, in rect: Rect, state: BrowserUIState, canvas: inout Canvas) {
        guard rect.height > 0 else { return }
        switch pane.status {
        case .waiting(let hint):
            canvas.put(" " + hint, x: rect.x, y: rect.y, style: Style(fg: .muted), maxWidth: rect.width)
        case .loading, .partial:
            let frame = Spinner.frame(state.spinnerFrame)
            canvas.put(" \(frame) loading…", x: rect.x, y: rect.y, style: Style(fg: .accent), maxWidth: rect.width)
        case .complete:
            let text = pane.filter.isEmpty ? " (nothing here)" : " no match for “\(pane.filter)”"
            canvas.put(text, x: rect.x, y: rect.y, style: Style(fg: .muted), maxWidth: rect.width)
        case .failed(let error):
            var lines = TextWrap.wrap(error.explanation, width: max(1, rect.width - 2))
            if let message = error.message, error.explanation.range(of: message, options: .caseInsensitive) == nil {
                lines += TextWrap.wrap("Procore says: \(message)", width: max(1, rect.width - 2))
            }
            lines += TextWrap.wrap("\(error.method) \(error.path)\(error.status.map { " → \($0)" } ?? "")", width: max(1, rect.width - 2))
            lines.append("r to retry")
            for (i, line) in lines.prefix(rect.height).enumerated() {
                let style = i == 0 ? Style(fg: .error, [.bold]) : Style(fg: .muted)
                canvas.put(" " + line, x: rect.x, y: rect.y + i, style: style, maxWidth: rect.width)
            }
        }
    }

    static func drawCounter(_ pane: ListPane, rect: Rect, focused: Bool, state: BrowserUIState, canvas: inout Canvas) {
        guard rect.width > 12 else { return }
        var text: String
        if pane.visible.isEmpty {
            text = ""
        } else {
            text = "\(NumberText.grouped(pane.cursor + 1)) of \(NumberText.grouped(pane.visible.count))"
            if !pane.filter.isEmpty { text += " (\(NumberText.grouped(pane.rows.count)) loaded)" }
            if let total = pane.total, total > pane.rows.count { text += " · \(NumberText.grouped(total)) total" }
        }
        if !pane.filter.isEmpty, case .filtering = state.mode {} else if !pane.filter.isEmpty { text = "/\(pane.filter)  " + text }
        guard !text.isEmpty else { return }
        let label = " \(text) "
        let width = DisplayWidth.of(label)
        guard width < rect.width - 2 else { return }
        canvas.put(label, x: rect.maxX - 1 - width, y: rect.maxY - 1, style: Style(fg: focused ? .accent : .muted))
    }
}
