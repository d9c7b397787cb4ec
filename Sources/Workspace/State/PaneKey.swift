/// Names a pane, so that background answers find the pane that asked.
public enum PaneKey: Sendable, Hashable, CustomStringConvertible {
    /// The Companies pane.
    case companies
    /// The Projects pane.
    case projects
    /// The Tools pane.
    case tools
    /// A Records pane; depth 0 is a tool's list, deeper levels are opened from rows.
    case records(depth: Int)

    /// A short name for logs.
    public var description: String {
        switch self {
        case .companies: return "companies"
        case .projects: return "projects"
        case .tools: return "tools"
        case .records(let depth): return "records[\(depth)]"
        }
    }
}
