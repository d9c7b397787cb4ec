/// Which part of the screen has the keyboard.
public enum Focus: Int, Sendable, CaseIterable, Comparable {
    /// The Companies pane.
    case companies
    /// The Projects pane.
    case projects
    /// The Tools pane.
    case tools
    /// The Records pane (the deepest open level).
    case records
    /// The inspector of the selected record.
    case inspector

    /// Orders left to right.
    public static func < (lhs: Focus, rhs: Focus) -> Bool { lhs.rawValue < rhs.rawValue }
}
