import ProcoreAPI
import Workspace

/// The inspector's raw JSON view: the record pretty-printed, coloured, and long lines wrapped.
extension InspectorView {
    /// The pretty-printed JSON of a record, one styled line per line.
    public static func jsonLines(_ json: JSONValue) -> [Line] {
        InspectorOutline.jsonLines(of: json).map { colorize($0) }
    }

    /// The most rows one line of raw JSON wraps over; the rest is summed up in a last row.
    static let maxJSONRows = 200

    /// One line of raw JSON as rows that fit `width` cells: the first as it starts, the others indented
    /// two cells past the line's own indentation, cut anywhere (JSON has no words to keep whole).
    static func wrappedJSONLine(_ line: Line, width fullWidth: Int) -> [Line] {
        let segments = line.segments.map { (TextSanitizer.sanitize($0.0), $0.1) }
        // Whether it is too wide, without measuring all of a megabyte-long string.
        var measured = 0
        fits: for (text, _) in segments {
            for character in text {
                measured += DisplayWidth.of(character)
                if measured > fullWidth { break fits }
            }
        }
        guard measured > fullWidth, fullWidth >= 8 else { return [Line(segments: segments)] }
        let width = fullWidth - 1  // a wrapped line keeps a cell free before the border
        let indent = min(width / 2, (segments.first?.0.prefix { $0 == " " }.count ?? 0) + 2)
        let lead = (String(repeating: " ", count: indent), Style(fg: .fg))
        var rows: [Line] = []
        var row: [(String, Style)] = []
        var used = 0
        var shownBytes = 0
        func endRow() {
            rows.append(Line(segments: row))
            row = [lead]
            used = indent
        }
        rowLoop: for (index, (text, style)) in segments.enumerated() {
            var piece = ""
            // The line's closing comma may take the margin cell rather than a row of its own.
            let closingComma = index == segments.count - 1 && text == ","
            for character in text {
                let w = DisplayWidth.of(character)
                if used + w > (closingComma ? fullWidth : width) {
                    if !piece.isEmpty { row.append((piece, style)) }
                    piece = ""
                    endRow()
                    if rows.count == maxJSONRows { break rowLoop }
                }
                piece.append(character)
                used += w
                shownBytes += character.utf8.count
            }
            if !piece.isEmpty { row.append((piece, style)) }
        }
        if rows.count < maxJSONRows {
            rows.append(Line(segments: row))
        } else {
            let left = segments.reduce(0) { $0 + $1.0.utf8.count } - shownBytes
            rows.append(Line(segments: [lead, ("… \(NumberText.grouped(left)) more bytes (y: copy)", Style(fg: .muted))]))
        }
        return rows
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
