/// The characters used to draw boxes and lines.
///
/// Sitewalk draws its own borders instead of using ncurses' ACS characters, which turn into `lqqk` when
/// `TERM` misdescribes the terminal: `unicode` (or `rounded`) on a UTF-8 locale, `ascii` otherwise.
public struct BorderSet: Sendable, Equatable {
    /// A horizontal line segment.
    public var horizontal: Character
    /// A vertical line segment.
    public var vertical: Character
    /// The top-left corner.
    public var topLeft: Character
    /// The top-right corner.
    public var topRight: Character
    /// The bottom-left corner.
    public var bottomLeft: Character
    /// The bottom-right corner.
    public var bottomRight: Character
    /// A horizontal line with a branch going down (`┬`).
    public var teeDown: Character
    /// A horizontal line with a branch going up (`┴`).
    public var teeUp: Character
    /// A vertical line with a branch going right (`├`).
    public var teeRight: Character
    /// A vertical line with a branch going left (`┤`).
    public var teeLeft: Character

    /// Creates a border set from its ten characters; each should be one cell wide.
    public init(horizontal: Character, vertical: Character,
                topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
                teeDown: Character, teeUp: Character, teeRight: Character, teeLeft: Character) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.teeDown = teeDown
        self.teeUp = teeUp
        self.teeRight = teeRight
        self.teeLeft = teeLeft
    }

    /// Light box-drawing lines: `┌─┐│└┘┬┴├┤`.
    public static let unicode = BorderSet(horizontal: "─", vertical: "│",
                                          topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                          teeDown: "┬", teeUp: "┴", teeRight: "├", teeLeft: "┤")

    /// Plain ASCII for non-UTF-8 locales: `+-+|`.
    public static let ascii = BorderSet(horizontal: "-", vertical: "|",
                                        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                        teeDown: "+", teeUp: "+", teeRight: "+", teeLeft: "+")

    /// Light lines with rounded corners: `╭─╮│╰╯`.
    public static let rounded = BorderSet(horizontal: "─", vertical: "│",
                                          topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
                                          teeDown: "┬", teeUp: "┴", teeRight: "├", teeLeft: "┤")
}
