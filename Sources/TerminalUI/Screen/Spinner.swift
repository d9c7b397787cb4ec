/// The frames of the activity spinner.
public enum Spinner {
    /// The braille frames.
    public static let frames: [String] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// The frame for a counter.
    public static func frame(_ n: Int) -> String { frames[((n % frames.count) + frames.count) % frames.count] }
}
