/// Rectangles, lines and boxes.
extension Canvas {
    /// Fills `rect` (clipped to the canvas) with `char` in `style`.
    ///
    /// The character is sanitised like any text. A wide character fills pairs of cells; an odd cell left
    /// at the right edge becomes a space.
    public mutating func fill(_ rect: Rect, style: Style, char: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let cell = Canvas.cell(for: char, style: style)
        let w = Int(cell.width)
        let space = Cell(glyph: .space, width: 1, style: style)
        for y in area.y..<area.maxY {
            var x = area.x
            while x < area.maxX {
                if x + w <= area.maxX {
                    write(cell, x: x, y: y)
                    x += w
                } else {
                    write(space, x: x, y: y)
                    x += 1
                }
            }
        }
    }

    /// Replaces the style of every cell in `rect` (clipped) with `transform(style)`, keeping the text;
    /// e.g. `canvas.style(row) { $0.reversed() }` highlights a selected row.
    ///
    /// A wide character is restyled as a whole when either half is inside the rectangle, so its two
    /// cells always share a style.
    public mutating func style(_ rect: Rect, _ transform: (Style) -> Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            var start = area.x
            var end = area.maxX
            if self[start, y].width == 0, start > 0 { start -= 1 }
            if self[end - 1, y].width == 2, end < width { end += 1 }
            for x in start..<end { restyle(x: x, y: y, transform) }
        }
    }

    /// Draws a horizontal line of `borders.horizontal`, `width` cells long from (x, y), clipped.
    public mutating func hline(x: Int, y: Int, width: Int, style: Style, borders: BorderSet = .unicode) {
        fill(Rect(x: x, y: y, width: width, height: 1), style: style, char: borders.horizontal)
    }

    /// Draws a vertical line of `borders.vertical`, `height` cells long from (x, y), clipped.
    public mutating func vline(x: Int, y: Int, height: Int, style: Style, borders: BorderSet = .unicode) {
        fill(Rect(x: x, y: y, width: 1, height: height), style: style, char: borders.vertical)
    }

    /// Draws a border around the edge of `rect` (the inside is left alone; it is `rect.inset(by: 1)`),
    /// with an optional title on the top edge: `┌ Title ───┐`. The title gets a space on each side;
    /// `" Title "` and `"Title"` look the same.
    ///
    /// The title is sanitised, starts after the corner and is truncated with `…` so the top-right
    /// corner always shows. Rectangles smaller than 2×2 draw nothing.
    public mutating func box(_ rect: Rect, style: Style, borders: BorderSet = .unicode,
                             title: String? = nil, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        hline(x: rect.x + 1, y: rect.y, width: rect.width - 2, style: style, borders: borders)
        hline(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, style: style, borders: borders)
        vline(x: rect.x, y: rect.y + 1, height: rect.height - 2, style: style, borders: borders)
        vline(x: rect.maxX - 1, y: rect.y + 1, height: rect.height - 2, style: style, borders: borders)
        fill(Rect(x: rect.x, y: rect.y, width: 1, height: 1), style: style, char: borders.topLeft)
        fill(Rect(x: rect.maxX - 1, y: rect.y, width: 1, height: 1), style: style, char: borders.topRight)
        fill(Rect(x: rect.x, y: rect.maxY - 1, width: 1, height: 1), style: style, char: borders.bottomLeft)
        fill(Rect(x: rect.maxX - 1, y: rect.maxY - 1, width: 1, height: 1), style: style, char: borders.bottomRight)
        if let title, !title.isEmpty, rect.width > 2 {
            let inner = rect.width - 2
            // A space each side of the title (unless the caller already put one there), when there is room
            // for at least one title character too.
            let padded = inner >= 3
                ? (title.first == " " ? "" : " ") + title + (title.last == " " ? "" : " ")
                : title
            put(padded, x: rect.x + 1, y: rect.y, style: titleStyle ?? style, maxWidth: inner)
        }
    }

    /// The cell that draws `char`, sanitised; a zero-width character is drawn on `◌`.
    static func cell(for char: Character, style: Style) -> Cell {
        let safe = TextSanitizer.sanitize(String(char))
        guard let first = safe.first else { return Cell(glyph: .space, width: 1, style: style) }
        let w = DisplayWidth.of(first)
        if w == 0 { return Cell(glyph: Glyph(prefix: "\u{25CC}", first), width: 1, style: style) }
        return Cell(glyph: Glyph(first), width: UInt8(min(w, 2)), style: style)
    }
}
