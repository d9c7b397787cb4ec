/// An in-memory grid of cells that widgets draw into; the terminal backend copies it to the screen.
///
/// Rendering is a pure function of state into a canvas, so tests can draw widgets here and assert on
/// `lines()` and `styleLines()` without a terminal (like ratatui's `TestBackend`).
///
/// Invariants the drawing methods keep:
/// - Every string drawn with `put` has gone through `TextSanitizer`: no control character or escape
///   sequence is ever stored in a cell.
/// - A wide character is a cell of `width == 2` followed by a continuation cell (`width == 0`, empty text).
///   Never half of one: overwriting either half blanks the other, and a wide character that would not
///   fit at the right edge becomes a space.
/// - Drawing is clipped to the canvas; coordinates outside it are ignored, never a crash.
public struct Canvas: Sendable {
    /// The number of columns.
    public private(set) var width: Int
    /// The number of rows.
    public private(set) var height: Int
    /// The cells, row by row: the cell at column `x`, row `y` is `cells[y * width + x]`.
    public private(set) var cells: [Cell]

    /// A canvas of `width` × `height` blank cells (negative sizes count as zero).
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole canvas as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`; both must be inside the canvas.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x), \(y)) outside \(width)×\(height) canvas")
        return cells[y * width + x]
    }

    /// Copies the cells of `rect` from `other` (a canvas of the same size) into the same place here.
    /// Wide characters cut by the rectangle's edges are copied as they are: use it for whole panes.
    public mutating func copy(_ rect: Rect, from other: Canvas) {
        guard other.width == width, other.height == height else { return }
        let x0 = max(0, rect.x), x1 = min(width, rect.x + rect.width)
        let y0 = max(0, rect.y), y1 = min(height, rect.y + rect.height)
        guard x0 < x1, y0 < y1 else { return }
        other.cells.withUnsafeBufferPointer { source in
            cells.withUnsafeMutableBufferPointer { target in
                for y in y0..<y1 {
                    let start = y * width + x0
                    _ = UnsafeMutableBufferPointer(rebasing: target[start..<(start + x1 - x0)])
                        .update(fromContentsOf: UnsafeBufferPointer(rebasing: source[start..<(start + x1 - x0)]))
                }
            }
        }
    }

    /// Sets every cell to a space in `style`.
    public mutating func clear(style: Style = .plain) {
        let blank = Cell(glyph: .space, width: 1, style: style)
        cells.withUnsafeMutableBufferPointer { $0.update(repeating: blank) }
    }

    /// Changes the size, keeping what fits at the top left; new cells are blank.
    ///
    /// A wide character cut in half by the new right edge becomes a space.
    public mutating func resize(width newWidth: Int, height newHeight: Int) {
        let newWidth = max(0, newWidth)
        let newHeight = max(0, newHeight)
        guard newWidth != width || newHeight != height else { return }
        var resized = Array(repeating: Cell.blank, count: newWidth * newHeight)
        let keepWidth = min(width, newWidth)
        for y in 0..<min(height, newHeight) {
            for x in 0..<keepWidth {
                resized[y * newWidth + x] = cells[y * width + x]
            }
            if keepWidth > 0, keepWidth < width, cells[y * width + keepWidth - 1].width == 2 {
                resized[y * newWidth + keepWidth - 1].glyph = .space
                resized[y * newWidth + keepWidth - 1].width = 1
            }
        }
        width = newWidth
        height = newHeight
        cells = resized
    }

    // MARK: - Text

    /// Draws `text` from column `x` of row `y` and returns the number of cells used.
    ///
    /// The text is sanitised first (`TextSanitizer`), then laid out one grapheme cluster at a time with
    /// `DisplayWidth`. It is clipped to the canvas and to `maxWidth` cells. When it does not fit and
    /// `truncation` is on, the last visible cell becomes `…`; clusters are never split, and a wide character
    /// that would straddle the limit becomes a space. A zero-width cluster (a combining mark with no base)
    /// is drawn on a dotted circle, `◌`, so it cannot combine with the cell before it.
    ///
    /// Only the clusters that can be visible are examined, so a 100,000-character string costs about as
    /// much as the row it is drawn into (plus one linear scan by the sanitiser).
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style,
                             maxWidth: Int? = nil, truncation: Bool = true) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        var limit = width
        if let maxWidth {
            guard maxWidth > 0 else { return 0 }
            limit = min(limit, x + maxWidth)
        }
        guard limit > max(x, 0) else { return 0 }
        var safe = TextSanitizer.sanitize(text)
        if let used = putPrintableASCII(&safe, x: x, y: y, style: style, limit: limit, truncation: truncation) {
            return used
        }
        // Lay out at most `limit - x` cells; stop at the first cluster that does not fit.
        var laidOut: [(glyph: Glyph, width: Int)] = []
        var column = x
        var overflowed = false
        for character in safe {
            var cluster = Glyph(character)
            var w = DisplayWidth.of(character)
            if w == 0 {
                cluster = Glyph(prefix: "\u{25CC}", character)
                w = 1
            }
            if column + w > limit {
                overflowed = true
                break
            }
            laidOut.append((cluster, w))
            column += w
        }
        if overflowed {
            if truncation {
                // Drop clusters until the ellipsis fits in the last cell, and never draw left of x.
                while column + 1 > limit, let last = laidOut.popLast() {
                    column -= last.width
                }
                if column + 1 <= limit {
                    laidOut.append((Self.ellipsis, 1))
                    column += 1
                }
            } else if column < limit {
                // A wide character straddles the limit: show a space instead of half of it.
                laidOut.append((.space, 1))
                column += 1
            }
        }
        // Write, clipping on the left.
        var cursor = x
        var used = 0
        for (cluster, w) in laidOut {
            defer { cursor += w }
            if cursor + w <= 0 { continue }
            if cursor < 0 {
                // A wide character cut by the left edge: its visible half becomes a space.
                for c in max(0, cursor)..<(cursor + w) {
                    write(Cell(glyph: .space, width: 1, style: style), x: c, y: y)
                    used += 1
                }
                continue
            }
            write(Cell(glyph: cluster, width: UInt8(w), style: style), x: cursor, y: y)
            used += w
        }
        return used
    }

    /// The glyph of `…`, which ends truncated text.
    static let ellipsis = Glyph(scalar: 0x2026)

    /// `put` for sanitised text whose visible part is printable ASCII (one byte, one cluster, one cell
    /// each): the same layout, truncation and clipping without grapheme breaking. Nil when any byte that
    /// could be laid out is not.
    private mutating func putPrintableASCII(_ text: inout String, x: Int, y: Int, style: Style,
                                            limit: Int, truncation: Bool) -> Int? {
        text.withUTF8 { bytes -> Int? in
            let available = limit - x
            // Only the bytes that can be laid out matter, plus one that tells whether the text overflows:
            // after an ASCII byte, another ASCII byte always starts a new cluster (CR LF is sanitised away).
            for byte in bytes.prefix(available + 1) where byte >= 0x80 || byte < 0x20 || byte == 0x7F { return nil }
            var shown = bytes.count
            var ellipsis = false
            if shown > available {
                shown = truncation ? available - 1 : available
                ellipsis = truncation
            }
            var used = 0
            var cursor = x
            for byte in bytes.prefix(shown) {
                if cursor >= 0 {
                    write(Cell(glyph: Glyph(scalar: UInt32(byte)), width: 1, style: style), x: cursor, y: y)
                    used += 1
                }
                cursor += 1
            }
            if ellipsis, cursor >= 0 {
                write(Cell(glyph: Self.ellipsis, width: 1, style: style), x: cursor, y: y)
                used += 1
            }
            return used
        }
    }

    // MARK: - Cell writes keeping wide characters whole

    /// Stores `cell` at (x, y) (and its continuation cell when it is wide), blanking the other half of
    /// any wide character it partly covers. The caller guarantees the cell fits inside the row.
    mutating func write(_ cell: Cell, x: Int, y: Int) {
        let w = max(1, Int(cell.width))
        guard y >= 0, y < height, x >= 0, x + w <= width else { return }
        let row = y * width
        // The left edge lands on the second half of a wide character: blank its first half.
        if cells[row + x].isContinuation, x > 0 {
            cells[row + x - 1].glyph = .space
            cells[row + x - 1].width = 1
        }
        // The right edge lands on the first half of a wide character: blank its second half.
        let last = x + w - 1
        if cells[row + last].width == 2, last + 1 < width {
            cells[row + last + 1].glyph = .space
            cells[row + last + 1].width = 1
        }
        cells[row + x] = cell
        if w == 2 {
            cells[row + x + 1] = Cell(glyph: .empty, width: 0, style: cell.style)
        }
    }

    /// Applies `transform` to the style of the cell at (x, y) only; no width changes.
    mutating func restyle(x: Int, y: Int, _ transform: (Style) -> Style) {
        let i = y * width + x
        cells[i].style = transform(cells[i].style)
    }
}
