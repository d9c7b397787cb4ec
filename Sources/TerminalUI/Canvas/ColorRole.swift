/// A semantic colour: what a cell's colour means, not which colour it is.
///
/// Widgets draw with roles; a theme maps each role to a real colour (a 256-colour index or `#rrggbb`) when
/// the canvas is copied to the terminal. The raw value is the role's key in a theme file (`normal` has none:
/// it means "set no colour"; `[env]` keys
/// are written `env.production` and so on).
public enum ColorRole: String, Sendable, CaseIterable {
    /// The terminal's own default colour (no colour is set).
    case normal
    /// The theme's foreground colour.
    case fg
    /// The theme's background colour.
    case bg
    /// Highlights: titles, the focused pane's border, key hints.
    case accent
    /// Secondary text: hints, disabled items, separators.
    case muted
    /// Errors and refused requests.
    case error
    /// Warnings: rate limits nearly spent, tokens about to expire.
    case warning
    /// Success and healthy states.
    case ok
    /// Text of the selected row.
    case selectionFG = "selection_fg"
    /// Background of the selected row.
    case selectionBG = "selection_bg"
    /// Pane borders.
    case border
    /// The production environment's accent (loud on purpose).
    case envProduction = "env.production"
    /// The Development Sandbox's accent.
    case envSandbox = "env.sandbox"
    /// The Monthly Sandbox's accent.
    case envMonthly = "env.monthly"
    /// A custom environment's accent.
    case envOther = "env.other"
}
