/// How a cell is drawn: semantic foreground and background colours plus text attributes.
public struct Style: Sendable, Hashable {
    /// The foreground colour role.
    public var fg: ColorRole
    /// The background colour role.
    public var bg: ColorRole
    /// Bold, reverse and the other attributes.
    public var attributes: TextAttributes

    /// The terminal's default colours and no attributes.
    public static let plain = Style()

    /// Creates a style; every part defaults to "nothing special".
    public init(fg: ColorRole = .normal, bg: ColorRole = .normal, _ attributes: TextAttributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    /// This style with bold added.
    public func bold() -> Style {
        var copy = self
        copy.attributes.insert(.bold)
        return copy
    }

    /// This style with reverse video added (already-reversed styles stay reversed).
    public func reversed() -> Style {
        var copy = self
        copy.attributes.insert(.reverse)
        return copy
    }
}
