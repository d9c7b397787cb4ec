/// Text attributes of a cell (bold, dim, reverse video, underline, italic), combinable as a set.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    /// The bit pattern of the set.
    public let rawValue: UInt8

    /// Creates a set from its bit pattern.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold (or bright) text.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Dim (faint) text.
    public static let dim = TextAttributes(rawValue: 1 << 1)
    /// Foreground and background swapped.
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    /// Underlined text.
    public static let underline = TextAttributes(rawValue: 1 << 3)
    /// Italic text (not every terminal shows it).
    public static let italic = TextAttributes(rawValue: 1 << 4)
}
