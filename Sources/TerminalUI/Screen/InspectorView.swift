import Foundation
import ProcoreAPI
import Workspace

/// Draws the selected record: a key/value view of its fields, or its raw JSON, syntax-coloured.
public enum InspectorView {
    /// One styled line of the inspector.
    public struct Line: Sendable, Equatable {
        /// Segments of text with their styles.
        public var segments: [(String, Style)]

        /// Compares segment texts and styles.
        public static func == (lhs: Line, rhs: Line) -> Bool {
            lhs.segments.map(\.0) == rhs.segments.map(\.0) && lhs.segments.map(\.1) == rhs.segments.map(\.1)
        }
    }

    /// Draws the inspector for `record` (nil: a hint) into `rect`.
    public static func render(_ record: PaneRow?, title: String, headline: String? = nil, inspector: InspectorState,
                              in rect: Rect, focused: Bool, state: BrowserUIState, canvas: inout Canvas) {
        guard rect.width >= 4, rect.height >= 3 else { return }
        let borderStyle = focused ? Style(fg: .accent, [.bold]) : Style(fg: .border)
        let modeName = inspector.mode == .fields ? "fields" : "json"
        canvas.box(rect, style: borderStyle, borders: state.borders, title: " \(title) · \(modeName) ",
                   titleStyle: focused ? Style(fg: .accent, [.bold]) : Style(fg: .muted, [.bold]))
        let inner = rect.inset(by: 1)
        guard inner.width > 0, inner.height > 0 else { return }
        guard let record else {
            canvas.put(" select a record", x: inner.x, y: inner.y, style: Style(fg: .muted), maxWidth: inner.width)
            return
        }
        var lines = inspector.mode == .fields ? fieldLines(record.json, width: inner.width) : jsonLines(record.json)
        if inspector.mode == .fields, let headline, !headline.isEmpty {
            let heading = TextWrap.wrap(TextSanitizer.sanitize(headline), width: inner.width).prefix(3)
                .map { Line(segments: [($0, Style(fg: .fg, [.bold]))]) }
            lines = heading + [Line(segments: [])] + lines
        }
        let maxScroll = max(0, lines.count - inner.height)
        let top = min(inspector.scroll, maxScroll)
        for (i, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            var x = inner.x
            for (text, style) in line.segments {
                let remaining = inner.maxX - x
                guard remaining > 0 else { break }
                x += canvas.put(text, x: x, y: inner.y + i, style: style, maxWidth: remaining)
            }
        }
        if lines.count > inner.height {
            let label = " \(top + 1)-\(min(lines.count, top + inner.height))/\(lines.count) "
            let w = DisplayWidth.of(label)
            if w < rect.width - 2 { canvas.put(label, x: rect.maxX - 1 - w, y: rect.maxY - 1, style: Style(fg: .muted)) }
        }
    }

    /// The key/value lines of a record: nested objects indented, arrays listed, long text wrapped.
    public static func fieldLines(_ json: JSONValue, width: Int) -> [Line] {
        var lines: [Line] = []
        appendFields(json, indent: 0, width: width, into: &lines, depth: 0)
        return lines
    }

    private static func appendFields(_ json: JSONValue, indent: Int, width: Int, into lines: inout [Line], depth: Int) {
        let pad = String(repeating: "  ", count: indent)
        let entries: [(String, JSONValue)]
        switch json {
        case .object(let object): entries = object.entries.map { ($0.key, $0.value) }
        case .array(let items): entries = items.enumerated().map { ("[\($0.offset)]", $0.element) }
        default:
            lines.append(Line(segments: [(pad + json.displayText, Style(fg: .fg))]))
            return
        }
        let keyWidth = min(max(8, width / 3), 22, entries.map { DisplayWidth.of($0.0) }.max() ?? 0)
        for (key, value) in entries {
            let keyText = pad + DisplayWidth.pad(key, to: keyWidth) + "  "
            let keyStyle = Style(fg: .accent)
            switch value {
            case .object(let object) where depth < 6:
                lines.append(Line(segments: [(pad + key, keyStyle), (object.count == 0 ? "  {}" : "", Style(fg: .muted))]))
                if object.count > 0 { appendFields(value, indent: indent + 1, width: width, into: &lines, depth: depth + 1) }
            case .array(let items) where depth < 6:
                if items.isEmpty {
                    lines.append(Line(segments: [(keyText, keyStyle), ("[]", Style(fg: .muted))]))
                } else if items.allSatisfy({ if case .object = $0 { return false }; if case .array = $0 { return false }; return true }) {
                    let text = items.map(\.displayText).joined(separator: ", ")
                    appendWrapped(keyText, text, style: Style(fg: .fg), width: width, into: &lines)
                } else {
                    lines.append(Line(segments: [(pad + key, keyStyle), ("  [\(items.count)]", Style(fg: .muted))]))
                    appendFields(value, indent: indent + 1, width: width, into: &lines, depth: depth + 1)
                }
            case .null:
                lines.append(Line(segments: [(keyText, keyStyle), ("null", Style(fg: .muted))]))
            case .string(let s):
                appendWrapped(keyText, s, style: Style(fg: .fg), width: width, into: &lines)
            default:
                lines.append(Line(segments: [(keyText, keyStyle), (value.displayText, Style(fg: valueRole(value)))]))
            }
        }
    }

    private static func appendWrapped(_ keyText: String, _ text: String, style: Style, width: Int, into lines: inout [Line]) {
        let keyWidth = DisplayWidth.of(keyText)
        let available = max(8, width - keyWidth)
        let wrapped = TextWrap.wrap(TextSanitizer.sanitize(text), width: available)
        for (i, part) in wrapped.prefix(200).enumerated() {
            let lead = i == 0 ? keyText : String(repeating: " ", count: keyWidth)
            lines.append(Line(segments: [(lead, Style(fg: .accent)), (part, style)]))
        }
        if wrapped.isEmpty { lines.append(Line(segments: [(keyText, Style(fg: .accent)), ("\"\"", Style(fg: .muted))])) }
    }

    private static func valueRole(_ value: JSONValue) -> ColorRole {
        switch value {
        case .number: return .warning
        case .bool: return .ok
        case .null: return .muted
        default: return .fg
        }
    }

    /// The pretty-printed JSON of a record, one styled line per line.
    public static func jsonLines(_ json: JSONValue) -> [Line] {
        let text = JSONWriter.write(json, pretty: true)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { colorize(String($0)) }
    }

    /// Colours one line of pretty JSON: keys accent, strings ok, numbers warning, literals muted.
    static func colorize(_ line: String) -> Line {
        var segments: [(String, Style)] = []
        let indentEnd = line.firstIndex(where: { $0 != " " }) ?? line.endIndex
        if indentEnd > line.startIndex { segments.append((String(line[..<indentEnd]), Style(fg: .fg))) }
        var rest = line[indentEnd...]
        if rest.hasPrefix("\""), let keyEnd = closingQuote(in: rest), rest[keyEnd...].hasPrefix("\": ") {
            let key = rest[...keyEnd]
            segments.append((String(key), Style(fg: .accent)))
            segments.append((": ", Style(fg: .muted)))
            rest = rest[rest.index(keyEnd, offsetBy: 3)...]
        }
        let value = String(rest)
        let trimmed = value.hasSuffix(",") ? String(value.dropLast()) : value
        let role: ColorRole
        if trimmed.hasPrefix("\"") { role = .ok } else if trimmed == "null" { role = .muted } else if trimmed == "true" || trimmed == "false" { role = .envMonthly } else if let first = trimmed.first, first == "-" || first.isNumber { role = .warning } else { role = .fg }
        if !trimmed.isEmpty { segments.append((trimmed, Style(fg: role))) }
        if value.hasSuffix(",") { segments.append((",", Style(fg: .muted))) }
        return Line(segments: segments)
    }

    private static func closingQuote(in text: Substring) -> Substring.Index? {
        var index = text.index(after: text.startIndex)
        var escaped = false
        while index < text.endIndex {
            let c = text[index]
            if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { return index }
            index = text.index(after: index)
        }
        return nil
    }
}
