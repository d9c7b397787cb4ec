/// One cell of a `Canvas`: a grapheme cluster, its display width and its style.
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds the text with `width == 2`, the
/// second is a continuation cell with empty text and `width == 0`. The canvas keeps these pairs intact.
public struct Cell: Sendable, Hashable {
    /// One grapheme cluster, or `""` for the continuation cell of a wide character.
    public var text: String
    /// 1 or 2 for a cell that starts a character; 0 for a continuation cell.
    public var width: UInt8
    /// How the cell is drawn.
    public var style: Style

    /// Creates a cell. Callers outside the canvas rarely need this; `Canvas.put` builds cells.
    public init(text: String, width: UInt8, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A plain space.
    public static let blank = Cell(text: " ", width: 1, style: .plain)

    /// Whether this is the second half of a wide character.
    var isContinuation: Bool { width == 0 }
}
