import Foundation

/// Every path Sitewalk uses, from the XDG base directories (`sitewalk info` prints them).
public struct SitewalkPaths: Sendable {
    /// `$XDG_CONFIG_HOME/sitewalk` (default `~/.config/sitewalk`).
    public var configDirectory: URL
    /// `$XDG_STATE_HOME/sitewalk` (default `~/.local/state/sitewalk`): the log.
    public var stateDirectory: URL
    /// Where the browser saves downloads (default `~/Downloads/sitewalk`, or `$XDG_DOWNLOAD_DIR/sitewalk`).
    public var downloadsDirectory: URL

    /// The paths for a process environment (pass `ProcessInfo.processInfo.environment`).
    public init(environment: [String: String]) {
        let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
        func base(_ key: String, _ fallback: String) -> URL {
            if let value = environment[key], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
            return home.appendingPathComponent(fallback)
        }
        configDirectory = base("XDG_CONFIG_HOME", ".config").appendingPathComponent("sitewalk")
        stateDirectory = base("XDG_STATE_HOME", ".local/state").appendingPathComponent("sitewalk")
        downloadsDirectory = base("XDG_DOWNLOAD_DIR", "Downloads").appendingPathComponent("sitewalk")
    }

    /// `config.toml`.
    public var configFile: URL { configDirectory.appendingPathComponent("config.toml") }
    /// The token directory (0700).
    public var tokensDirectory: URL { configDirectory.appendingPathComponent("tokens") }
    /// The user's themes.
    public var themesDirectory: URL { configDirectory.appendingPathComponent("themes") }
    /// The log file (secrets never written).
    public var logFile: URL { stateDirectory.appendingPathComponent("sitewalk.log") }
}
