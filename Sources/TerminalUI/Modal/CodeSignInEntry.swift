/// The switcher's out-of-band sign-in: the URL to open, the code being pasted, and how it went.
public struct CodeSignInEntry: Sendable, Equatable {
    /// The environment signing in.
    public var environment: String
    /// The authorization URL a person opens to approve Sitewalk.
    public var url: String
    /// The code typed or pasted so far.
    public var code: String = ""
    /// Why the last attempt failed (shown in the modal until the code changes).
    public var error: String?
    /// True while the code is being exchanged.
    public var busy = false
    /// True once the URL was copied (the hint says so).
    public var copied = false

    /// A fresh entry for an environment and its URL.
    public init(environment: String, url: String) {
        self.environment = environment
        self.url = url
    }
}
