import Foundation
import ProcoreAPI
import Workspace

/// Draws the selected record: a key/value view of its fields (a tree: containers fold, long text
/// wraps, a cursor when focused), or its raw JSON, syntax-coloured; matches of the record search
/// are highlighted in both.
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

    /// The lines of one record for one width, and where each node (key/value view) or match (raw
    /// JSON view) sits among them.
    public struct Layout: Sendable {
        /// Every line, top to bottom.
        public var lines: [Line]
        /// Key/value view: the lines of each visible node, by node index.
        public var nodeLines: [Range<Int>]
        /// The lines of the current search match (nil when there is none).
        public var currentMatchLines: Range<Int>?
        /// How many places match the search (fields or JSON lines).
        public var matchCount: Int
        /// Raw JSON view: the first row of each line of the JSON, then the row count (long lines wrap);
        /// empty in the key/value view.
        public var jsonLineRows: [Int] = []

        /// The line of the JSON shown on `row` of the raw JSON view.
        func jsonLine(atRow row: Int) -> Int {
            var low = 0, high = max(0, jsonLineRows.count - 2)
            while low < high {
                let middle = (low + high + 1) / 2
                if jsonLineRows[middle] <= row { low = middle } else { high = middle - 1 }
            }
            return low
        }
    }

    /// The style of a search match, and of the current one (bold and underlined, so it stands out on
    /// the cursor's selection colours too).
    static let matchStyle = Style(fg: .warning, [.reverse])
    static let currentMatchStyle = Style(fg: .warning, [.reverse, .bold, .underline])

    /// Lays out `record` for an inner width: the key/value tree (folds applied) with the headline on
    /// top, or the raw JSON; search matches highlighted.
    /// With a `cache`, the last layout is reused when nothing it depends on changed.
    public static func layout(_ record: PaneRow, headline: String?, inspector: InspectorState, width: Int,
                              borders: BorderSet = .unicode, cache: InspectorLayoutCache? = nil) -> Layout {
        guard let cache else { return makeLayout(record, headline: headline, inspector: inspector, width: width, borders: borders) }
        let key = InspectorLayoutCache.Key(record: record.content, headline: headline, mode: inspector.mode, folds: inspector.folds,
                                           search: inspector.search, cursor: inspector.search == nil ? 0 : inspector.cursor,
                                           width: width, borders: borders)
        return cache.layout(for: key) {
            makeLayout(record, headline: headline, inspector: inspector, width: width, borders: borders)
        }
    }

    private static func makeLayout(_ record: PaneRow, headline: String?, inspector: InspectorState, width: Int,
                                   borders: BorderSet) -> Layout {
        let search = inspector.search.flatMap { $0.query.isEmpty ? nil : $0 }
        switch inspector.mode {
        case .fields:
            var lines: [Line] = []
            if let headline, !headline.isEmpty {
                lines = TextWrap.wrap(TextSanitizer.sanitize(headline), width: width).prefix(3)
                    .map { Line(segments: [($0, Style(fg: .fg, [.bold]))]) }
                lines.append(Line(segments: []))
            }
            let nodes = InspectorOutline.nodes(of: record.json, folds: inspector.folds)
            let body = fieldLines(nodes, width: width, borders: borders)
            let offset = lines.count
            let nodeLines = body.ranges.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
            lines += body.lines
            var matchCount = 0
            var current: Range<Int>?
            if let search {
                matchCount = InspectorOutline.matchingPaths(of: record.json, search: search).count
                if search.current != nil, nodes.indices.contains(inspector.cursor) { current = nodeLines[inspector.cursor] }
                lines = lines.enumerated().map { i, line in
                    highlight(line, search: search, current: current?.contains(i) ?? false)
                }
            }
            return Layout(lines: lines, nodeLines: nodeLines, currentMatchLines: current, matchCount: matchCount)
        case .json:
            // Long lines wrap; `rows[i]` is the first row of JSON line i (and `rows.last` the end).
            var lines: [Line] = []
            var rows: [Int] = []
            for line in jsonLines(record.json) {
                rows.append(lines.count)
                lines += wrappedJSONLine(line, width: width)
            }
            rows.append(lines.count)
            var matchCount = 0
            var current: Range<Int>?
            if let search {
                let matches = InspectorOutline.matchingJSONLines(of: record.json, search: search)
                matchCount = matches.count
                if let index = search.current, matches.indices.contains(index) { current = rows[matches[index]]..<rows[matches[index] + 1] }
                lines = lines.enumerated().map { i, line in highlight(line, search: search, current: current?.contains(i) ?? false) }
            }
            return Layout(lines: lines, nodeLines: [], currentMatchLines: current, matchCount: matchCount, jsonLineRows: rows)
        }
    }

    /// The first line to show: the requested scroll, clamped, moved just enough to keep the key/value
    /// view's cursor (or, after a jump in the raw JSON view, the current match) visible.
    public static func settledScroll(_ layout: Layout, inspector: InspectorState, height: Int) -> Int {
        guard height > 0 else { return 0 }
        let maxScroll = max(0, layout.lines.count - height)
        var top = max(0, min(inspector.scroll, maxScroll))
        var target: Range<Int>?
        if inspector.mode == .fields {
            target = layout.nodeLines.indices.contains(inspector.cursor) ? layout.nodeLines[inspector.cursor] : nil
            // On the first field, the headline above it stays in view.
            if let first = target, inspector.cursor == 0, top <= first.lowerBound, first.upperBound <= height { return 0 }
        } else if inspector.revealMatch {
            target = layout.currentMatchLines
            if let line = target?.lowerBound, line < top || line >= top + height {
                return max(0, min(maxScroll, line - height / 3))
            }
        }
        // The target must at least be partly visible: a node taller than the view is read by
        // scrolling through it (the event loop scrolls before it moves the cursor on).
        if let target {
            if target.lowerBound >= top + height { top = min(target.lowerBound, target.upperBound - height) }
            if target.upperBound <= top { top = target.lowerBound }
        }
        return max(0, min(top, maxScroll))
    }

    /// Brings the workspace's inspector scroll in line with what a frame of this inner size shows
    /// (called by the event loop before drawing, like `Workspace.layoutPane`), and clamps the cursor.
    public static func settle(_ inspector: inout InspectorState, record: PaneRow?, headline: String?, innerWidth: Int, innerHeight: Int,
                              borders: BorderSet = .unicode, cache: InspectorLayoutCache? = nil) {
        guard let record, innerWidth > 0, innerHeight > 0 else { return }
        let layout = Self.layout(record, headline: headline, inspector: inspector, width: innerWidth, borders: borders, cache: cache)
        if inspector.mode == .fields, !layout.nodeLines.isEmpty {
            inspector.cursor = max(0, min(inspector.cursor, layout.nodeLines.count - 1))
        }
        inspector.scroll = settledScroll(layout, inspector: inspector, height: innerHeight)
        inspector.revealMatch = false
        if inspector.mode == .json { inspector.jsonTopLine = layout.jsonLine(atRow: inspector.scroll) }
    }

    /// Draws the inspector for `record` (nil: a hint) into `rect`. Returns how many places match the
    /// inspector's search in the layout drawn (nil when no record was laid out), for the footer.
    @discardableResult
    public static func render(_ record: PaneRow?, title: String, headline: String? = nil, inspector: InspectorState,
                              in rect: Rect, focused: Bool, state: BrowserUIState, canvas: inout Canvas) -> Int? {
        guard rect.width >= 4, rect.height >= 3 else { return nil }
        let borderStyle = focused ? Style(fg: .accent, [.bold]) : Style(fg: .border)
        let modeName = inspector.mode == .fields ? "fields" : "json"
        canvas.box(rect, style: borderStyle, borders: state.borders, title: " \(title) · \(modeName) ",
                   titleStyle: focused ? Style(fg: .accent, [.bold]) : Style(fg: .muted, [.bold]))
        let inner = rect.inset(by: 1)
        guard inner.width > 0, inner.height > 0 else { return nil }
        guard let record else {
            canvas.put(" select a record", x: inner.x, y: inner.y, style: Style(fg: .muted), maxWidth: inner.width)
            return nil
        }
        let layout = Self.layout(record, headline: headline, inspector: inspector, width: inner.width, borders: state.borders,
                                 cache: state.inspectorLayouts)
        let lines = layout.lines
        let top = settledScroll(layout, inspector: inspector, height: inner.height)
        let cursorLines: Range<Int>? = focused && inspector.mode == .fields && layout.nodeLines.indices.contains(inspector.cursor)
            ? layout.nodeLines[inspector.cursor] : nil
        let selection = Style(fg: .selectionFG, bg: .selectionBG, [.bold])
        for (i, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            let selected = cursorLines?.contains(top + i) ?? false
            if selected { canvas.fill(Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), style: selection) }
            var x = inner.x
            for (text, style) in line.segments {
                let remaining = inner.maxX - x
                guard remaining > 0 else { break }
                let shown = selected && !style.attributes.contains(.reverse) ? selection : style
                x += canvas.put(text, x: x, y: inner.y + i, style: shown, maxWidth: remaining)
            }
        }
        if lines.count > inner.height {
            let label = " \(top + 1)-\(min(lines.count, top + inner.height))/\(lines.count) "
            let w = DisplayWidth.of(label)
            if w < rect.width - 2 { canvas.put(label, x: rect.maxX - 1 - w, y: rect.maxY - 1, style: Style(fg: .muted)) }
        }
        if let search = inspector.search, !search.query.isEmpty {
            let label = " " + searchStatus(search, count: layout.matchCount) + " "
            let room = rect.width - 4 - (lines.count > inner.height ? 14 : 0)
            if room > 6 {
                canvas.put(label, x: rect.x + 2, y: rect.maxY - 1, style: layout.matchCount == 0 ? Style(fg: .error, [.bold]) : Style(fg: .accent, [.bold]),
                           maxWidth: room)
            }
        }
        return layout.matchCount
    }

    /// `/text 2/7`, `/text 7 matches` (before the first jump) or `/text no match`.
    public static func searchStatus(_ search: InspectorSearch, count: Int) -> String {
        let where_ = count == 0 ? "no match" : search.current.map { "\($0 + 1)/\(count)" } ?? "\(count) match\(count == 1 ? "" : "es")"
        return "/\(search.query) \(where_)"
    }

    /// The key/value lines of a record, everything unfolded: nested objects indented, arrays listed,
    /// long text wrapped.
    public static func fieldLines(_ json: JSONValue, width: Int) -> [Line] {
        fieldLines(InspectorOutline.nodes(of: json, folds: nil), width: width, borders: .unicode).lines
    }

    /// The lines of the visible nodes, and each node's range of lines.
    static func fieldLines(_ nodes: [InspectorNode], width: Int, borders: BorderSet) -> (lines: [Line], ranges: [Range<Int>]) {
        var lines: [Line] = []
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(nodes.count)
        // The key column is as wide as the longest label among siblings (within limits).
        var labelWidths: [Int?: Int] = [:]
        for node in nodes where !node.isContainer {
            labelWidths[node.parent] = max(labelWidths[node.parent] ?? 0, DisplayWidth.of(node.label))
        }
        let unicode = borders.horizontal != "-"
        for node in nodes {
            let start = lines.count
            let pad = String(repeating: "  ", count: node.depth)
            let keyStyle = Style(fg: .accent)
            if case .container(let count) = node.kind {
                let marker = node.isFolded ? (unicode ? "▸ " : "+ ") : (unicode ? "▾ " : "- ")
                var segments: [(String, Style)] = [(pad + marker, Style(fg: .muted)), (node.label, keyStyle.bold())]
                if node.isFolded {
                    segments.append(("  " + TextSanitizer.sanitize(node.valueText), Style(fg: .muted)))
                } else if case .array = node.value {
                    segments.append(("  [\(count)]", Style(fg: .muted)))
                }
                lines.append(Line(segments: segments))
            } else if node.label.isEmpty {
                appendWrapped("", TextSanitizer.sanitize(node.valueText), style: Style(fg: valueRole(node.value)), width: width, into: &lines)
            } else {
                // The key column: as wide as the longest sibling key, up to half the width (and 32), and
                // leaving the values at least 20 cells (an ISO timestamp) where the pane is wide enough.
                let keyWidth = min(labelWidths[node.parent] ?? 0, 32, max(8, min(width / 2, width - 22)))
                let value = TextSanitizer.sanitize(node.valueText)
                let style = Style(fg: valueRole(node.value))
                let column = pad.count + keyWidth + 2
                // One word (a timestamp, a URL, an id) is never broken where it would fit whole.
                let word = !value.contains(" ") && !value.contains("\n")
                let wordWidth = word ? DisplayWidth.of(value) : 0
                let fitsColumn = !word || wordWidth <= width - column
                let labelWidth = DisplayWidth.of(node.label)
                if labelWidth <= keyWidth, fitsColumn {
                    appendWrapped(pad + DisplayWidth.pad(node.label, to: keyWidth) + "  ", value, style: style, width: width, into: &lines)
                } else if word, labelWidth > keyWidth, pad.count + labelWidth + 2 + wordWidth <= width {
                    // A long key with a short value (`project_stage  null`): one line, the value pushed right.
                    lines.append(Line(segments: [(pad + node.label + "  ", keyStyle), (value, style)]))
                } else {
                    // A key longer than the key column, or a word too long for the value column: the key
                    // on its own line and the value under it, in the value column when it fits there,
                    // else from just inside the key.
                    lines.append(Line(segments: [(DisplayWidth.truncate(pad + node.label, to: width), keyStyle)]))
                    let lead = String(repeating: " ", count: fitsColumn ? column : pad.count + 2)
                    appendWrapped(lead, value, style: style, width: width, into: &lines)
                }
            }
            ranges.append(start..<lines.count)
        }
        return (lines, ranges)
    }

    /// Appends `text` (already sanitised) wrapped beside `keyText`, continuation lines indented to match.
    private static func appendWrapped(_ keyText: String, _ text: String, style: Style, width: Int, into lines: inout [Line]) {
        let keyWidth = DisplayWidth.of(keyText)
        let available = max(8, width - keyWidth)
        let wrapped = TextWrap.wrap(text, width: available)
        for (i, part) in wrapped.prefix(200).enumerated() {
            let lead = i == 0 ? keyText : String(repeating: " ", count: keyWidth)
            lines.append(Line(segments: [(lead, Style(fg: .accent)), (part, style)]))
        }
        if wrapped.count > 200 {
            lines.append(Line(segments: [(String(repeating: " ", count: keyWidth), Style(fg: .accent)),
                                         ("… \(wrapped.count - 200) more lines (raw JSON: Space)", Style(fg: .muted))]))
        }
        if wrapped.isEmpty || (wrapped.count == 1 && wrapped[0].isEmpty) {
            if !lines.isEmpty, wrapped.count == 1 { lines.removeLast() }
            lines.append(Line(segments: [(keyText, Style(fg: .accent)), ("\"\"", Style(fg: .muted))]))
        }
    }

    private static func valueRole(_ value: JSONValue) -> ColorRole {
        switch value {
        case .number: return .warning
        case .bool: return .ok
        case .null: return .muted
        case .array(let items) where items.isEmpty: return .muted
        case .object(let object) where object.isEmpty: return .muted
        default: return .fg
        }
    }

    /// Splits a line's segments so every occurrence of the search shows in the match style
    /// (the current match's lines in the current-match style).
    static func highlight(_ line: Line, search: InspectorSearch, current: Bool) -> Line {
        var segments: [(String, Style)] = []
        for (text, style) in line.segments {
            let ranges = search.ranges(in: text)
            guard !ranges.isEmpty else {
                segments.append((text, style))
                continue
            }
            var position = text.startIndex
            for range in ranges {
                if position < range.lowerBound { segments.append((String(text[position..<range.lowerBound]), style)) }
                segments.append((String(text[range]), current ? currentMatchStyle : matchStyle))
                position = range.upperBound
            }
            if position < text.endIndex { segments.append((String(text[position...]), style)) }
        }
        return Line(segments: segments)
    }
}
