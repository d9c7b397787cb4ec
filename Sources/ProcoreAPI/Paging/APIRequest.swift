import Foundation

/// One GET against the API: path, query and the company it is scoped to.
public struct APIRequest: Sendable, Hashable, CustomStringConvertible {
    /// The path, e.g. `/rest/v1.0/projects/77/rfis`.
    public var path: String
    /// Query items in order (no `page`/`per_page`: paging adds them).
    public var query: [QueryItem]
    /// The company for `Procore-Company-Id`, when the call is company-scoped.
    public var companyID: Int64?

    /// One query item.
    public struct QueryItem: Sendable, Hashable {
        /// The name.
        public var name: String
        /// The value.
        public var value: String
        /// Creates an item.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Creates a request.
    public init(path: String, query: [QueryItem] = [], companyID: Int64? = nil) {
        self.path = path.hasPrefix("/") ? path : "/" + path
        self.query = query
        self.companyID = companyID
    }

    /// The request with `page` and `per_page` added.
    public func paged(page: Int, perPage: Int) -> APIRequest {
        var copy = self
        copy.query.removeAll { $0.name == "page" || $0.name == "per_page" }
        copy.query.append(QueryItem("page", String(page)))
        copy.query.append(QueryItem("per_page", String(perPage)))
        return copy
    }

    /// The full URL against an API origin.
    public func url(base: URL) -> URL {
        var components = URLComponents(url: base, resolvingAgainstBaseURL: false)!
        let basePath = components.path.hasSuffix("/") ? String(components.path.dropLast()) : components.path
        components.percentEncodedPath = basePath + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
        if !query.isEmpty {
            components.queryItems = query.map { URLQueryItem(name: $0.name, value: $0.value) }
            // '+' means space to many servers: encode it.
            components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        }
        return components.url!
    }

    /// The path with its query, as shown to people and copied with `y` (never carries a token).
    public var description: String {
        guard !query.isEmpty else { return path }
        let q = query.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        return path + "?" + q
    }
}
