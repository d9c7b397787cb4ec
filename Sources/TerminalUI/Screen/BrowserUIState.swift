import Foundation

/// The front end's own state (not the workspace's): input mode, overlays, clock and spinner.
public struct BrowserUIState: Sendable {
    /// What the keyboard is doing.
    public enum Mode: Sendable, Equatable {
        /// Keys map to actions.
        case normal
        /// Typing a filter for the focused list.
        case filtering(String)
        /// Typing a search inside the inspected record.
        case searching(String)
        /// The help overlay is open.
        case help(scroll: Int)
        /// Typing a `:` command.
        case command(String)
        /// A modal list is open (downloads, copy, environments).
        case picker(Picker)
    }

    /// The input mode.
    public var mode: Mode = .normal
    /// The spinner's frame (advanced by the loop while loads are in flight).
    public var spinnerFrame: Int = 0
    /// Border characters (Unicode on a UTF-8 locale, ASCII otherwise).
    public var borders: BorderSet = .unicode
    /// The candidates of the last Tab completion on the `:` line (shown in the footer).
    public var completions: [String] = []
    /// The time the frame is drawn for (stubbed in snapshot tests).
    public var now: Date = Date()

    /// The inspector's last layout (shared by the copies of this state the loop hands around).
    public var inspectorLayouts = InspectorLayoutCache()

    /// The default state.
    public init() {}
}
