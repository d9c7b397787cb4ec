import Foundation
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
    /// For an environment that signs in with a code: the URL a person opens to approve Sitewalk.
    func authorizeURL(_ name: String) throws -> URL
    /// For an environment that signs in with a code: exchanges the pasted code (storing the token
    /// pair) and answers a signed-in client; throws with a message for a person.
    func connect(_ name: String, code: String) async throws -> ProcoreClient
}

/// Why a provider cannot sign in with a code.
public struct CodeSignInUnavailable: Error, CustomStringConvertible {
    /// The message.
    public let description: String
}

extension EnvironmentProvider {
    /// Providers without the code flow refuse it.
    public func authorizeURL(_ name: String) throws -> URL {
        throw CodeSignInUnavailable(description: "\(name) cannot sign in with a code here")
    }

    /// Providers without the code flow refuse it.
    public func connect(_ name: String, code: String) async throws -> ProcoreClient {
        throw CodeSignInUnavailable(description: "\(name) cannot sign in with a code here")
    }
}
