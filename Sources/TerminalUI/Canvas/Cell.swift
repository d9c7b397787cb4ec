/// One cell of a `Canvas`: a grapheme cluster, its display width and its style.
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds the text with `width == 2`, the
/// second is a continuation cell with empty text and `width == 0`. The canvas keeps these pairs intact.
///
/// The text is stored as a `Glyph` (eight bytes, no reference counting), so a cell is plain data.
public struct Cell: Sendable, Hashable {
    /// The grapheme cluster, compactly.
    public var glyph: Glyph
    /// 1 or 2 for a cell that starts a character; 0 for a continuation cell.
    public var width: UInt8
    /// How the cell is drawn.
    public var style: Style

    /// One grapheme cluster, or `""` for the continuation cell of a wide character.
    public var text: String {
        get { glyph.text }
        set { glyph = Glyph(newValue) }
    }

    /// Creates a cell. Callers outside the canvas rarely need this; `Canvas.put` builds cells.
    public init(text: String, width: UInt8, style: Style) {
        self.init(glyph: Glyph(text), width: width, style: style)
    }

    /// Creates a cell from a glyph.
    public init(glyph: Glyph, width: UInt8, style: Style) {
        self.glyph = glyph
        self.width = width
        self.style = style
    }

    /// A plain space.
    public static let blank = Cell(glyph: .space, width: 1, style: .plain)

    /// Whether this is the second half of a wide character.
    var isContinuation: Bool { width == 0 }
}
