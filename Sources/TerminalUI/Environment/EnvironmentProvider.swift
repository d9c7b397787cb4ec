import ProcoreAPI

/// Lists the environments the browser can switch to and makes a client for one.
///
/// The executable implements it: it owns the configuration file, the token store and the credentials,
/// which the front end must not know about.
public protocol EnvironmentProvider: Sendable {
    /// Every environment, in the order the switcher lists them.
    func environments() -> [EnvironmentChoice]
    /// A client for the named environment (signing in happens in the background when the workspace
    /// starts); throws with a message for a person when it cannot be made.
    func connect(_ name: String) throws -> ProcoreClient
}
