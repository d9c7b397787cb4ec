/// Reading the canvas back: text and style snapshots for tests, changed rows for the backend.
extension Canvas {
    /// The text of each row: one entry per cell, except that a wide character appears once (its
    /// continuation cell is skipped). Trailing spaces are kept so snapshots show the geometry.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            line.reserveCapacity(width)
            for cell in cells[(y * width)..<((y + 1) * width)] where cell.width != 0 {
                cell.glyph.forEachScalar { value in
                    if let scalar = Unicode.Scalar(value) { line.unicodeScalars.append(scalar) }
                }
            }
            return line
        }
    }

    /// A "style layer" parallel to the canvas: one character per cell (continuation cells repeat their
    /// wide character's), chosen by `legend`, so tests can assert where styles were drawn.
    ///
    /// With the default legend (`defaultLegend`):
    /// ```
    /// canvas.lines()      == ["┌ RFIs ────┐", ...]
    /// canvas.styleLines() == ["bAAAAAAbbbbb", ...]    // border, then the bold accent title " RFIs "
    /// ```
    public func styleLines(legend: (Style) -> Character = Canvas.defaultLegend) -> [String] {
        (0..<height).map { y in
            var line = ""
            line.reserveCapacity(width)
            for cell in cells[(y * width)..<((y + 1) * width)] {
                line.append(legend(cell.style))
            }
            return line
        }
    }

    /// The default legend for `styleLines`: one letter per colour role, uppercase when bold.
    ///
    /// The background decides when it is a colour (a selected row: `s`), otherwise the foreground does:
    ///
    /// | role | letter | | role | letter |
    /// |---|---|---|---|---|
    /// | `normal`, `fg`, `bg` | `.` (bold: `*`) | | `selectionFG`, `selectionBG` | `s` |
    /// | `accent` | `a` | | `border` | `b` |
    /// | `muted` | `m` | | `envProduction` | `p` |
    /// | `error` | `e` | | `envSandbox` | `x` |
    /// | `warning` | `w` | | `envMonthly` | `y` |
    /// | `ok` | `o` | | `envOther` | `z` |
    ///
    /// A plain-coloured cell in reverse video is `r` (`R` when bold). Dim, underline and italic are not
    /// shown; pass your own legend to see them.
    public static func defaultLegend(_ style: Style) -> Character {
        let role = (style.bg == .normal || style.bg == .bg) ? style.fg : style.bg
        var letter: Character
        switch role {
        case .normal, .fg, .bg:
            if style.attributes.contains(.reverse) {
                letter = "r"
            } else {
                return style.attributes.contains(.bold) ? "*" : "."
            }
        case .accent: letter = "a"
        case .muted: letter = "m"
        case .error: letter = "e"
        case .warning: letter = "w"
        case .ok: letter = "o"
        case .selectionFG, .selectionBG: letter = "s"
        case .border: letter = "b"
        case .envProduction: letter = "p"
        case .envSandbox: letter = "x"
        case .envMonthly: letter = "y"
        case .envOther: letter = "z"
        }
        return style.attributes.contains(.bold) ? Character(letter.uppercased()) : letter
    }

    /// The rows whose cells differ from `previous`, in order; every row when the sizes differ.
    /// The backend redraws only these.
    public func diff(from previous: Canvas) -> [Int] {
        guard previous.width == width, previous.height == height else { return Array(0..<height) }
        return (0..<height).filter { y in
            let range = (y * width)..<((y + 1) * width)
            return cells[range] != previous.cells[range]
        }
    }
}
