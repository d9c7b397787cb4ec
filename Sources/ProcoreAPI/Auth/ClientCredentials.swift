/// An OAuth application's credentials. The secret is never printed, logged or shown.
public struct ClientCredentials: Sendable, Equatable {
    /// The application's client id.
    public var clientID: String
    /// The application's client secret.
    public var clientSecret: String

    /// Creates credentials.
    public init(clientID: String, clientSecret: String) {
        self.clientID = clientID
        self.clientSecret = clientSecret
    }
}
