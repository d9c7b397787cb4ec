/// A rectangle of cells on a `Canvas`, in column/row coordinates.
///
/// `x` and `y` are the top-left cell; `maxX` and `maxY` are exclusive. Sizes are never made negative by the
/// helpers below: splitting or insetting past the edge yields an empty rectangle, so layout code can chain
/// them without checks and drawing into an empty rectangle does nothing.
public struct Rect: Sendable, Equatable {
    /// The leftmost column.
    public var x: Int
    /// The top row.
    public var y: Int
    /// The number of columns.
    public var width: Int
    /// The number of rows.
    public var height: Int

    /// Creates a rectangle; a negative width or height is stored as zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Whether the rectangle covers no cell.
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// The column just right of the rectangle (exclusive).
    public var maxX: Int { x + width }

    /// The row just below the rectangle (exclusive).
    public var maxY: Int { y + height }

    /// The rectangle shrunk by `n` cells on every side (for the inside of a box, `inset(by: 1)`).
    public func inset(by n: Int) -> Rect {
        Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
    }

    /// The cells covered by both rectangles; empty (zero size) when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Splits into a left part `w` columns wide (clamped to the width) and the rest on the right.
    public func splitLeft(_ w: Int) -> (Rect, Rect) {
        let left = min(max(0, w), width)
        return (Rect(x: x, y: y, width: left, height: height),
                Rect(x: x + left, y: y, width: width - left, height: height))
    }

    /// Splits into a top part `h` rows high (clamped to the height) and the rest below it.
    public func splitTop(_ h: Int) -> (Rect, Rect) {
        let top = min(max(0, h), height)
        return (Rect(x: x, y: y, width: width, height: top),
                Rect(x: x, y: y + top, width: width, height: height - top))
    }

    /// Splits into the rest above and a bottom part `h` rows high (clamped), in that (visual) order.
    ///
    /// `let (body, status) = screen.splitBottom(1)` reserves the last row for a status bar.
    public func splitBottom(_ h: Int) -> (Rect, Rect) {
        let bottom = min(max(0, h), height)
        return (Rect(x: x, y: y, width: width, height: height - bottom),
                Rect(x: x, y: maxY - bottom, width: width, height: bottom))
    }

    /// The one-row rectangle at relative row `i`; empty (height 0) when `i` is outside the rectangle.
    public func row(_ i: Int) -> Rect {
        guard i >= 0, i < height else { return Rect(x: x, y: y + i, width: width, height: 0) }
        return Rect(x: x, y: y + i, width: width, height: 1)
    }
}
