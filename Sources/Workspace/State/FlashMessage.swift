import Foundation

/// A message that flashes in the status bar and clears itself.
public struct FlashMessage: Sendable, Equatable {
    /// How the message is coloured.
    public enum Level: Sendable, Equatable {
        /// Information ("copied", "saved to ...").
        case info
        /// Something went wrong.
        case error
    }

    /// The text.
    public var text: String
    /// The level.
    public var level: Level
    /// When it disappears.
    public var expires: Date

    /// Creates a message that lasts `seconds`.
    public init(_ text: String, level: Level = .info, seconds: TimeInterval = 4, now: Date = Date()) {
        self.text = text
        self.level = level
        self.expires = now.addingTimeInterval(seconds)
    }
}
