import Foundation
import HTTPTypes
import Hummingbird

/// The API origin: bearer check, `Procore-Company-Id`, project scope, disabled tools, then the route.
struct APIEndpoints {
    let core: ServerCore
    let world: SandboxWorld

    func handle(request: Request) -> Reply {
        let path = request.uri.path
        let segments = path.split(separator: "/")
        guard request.method == .get || request.method == .head else {
            return .message("This sandbox is read-only: \(request.method.rawValue) is not supported", status: 405)
        }
        // Authentication comes first, as on Procore: no token, no information about what exists.
        guard let token = OriginResponder.bearer(request.headers) else { return Self.unauthorized("The access token is invalid") }
        switch core.tokens.check(token) {
        case .invalid: return Self.unauthorized("The access token is invalid")
        case .expired: return Self.unauthorized("The access token expired")
        case .valid: break
        }
        if segments.first == "fas" { return FileLinkEndpoint(core: core, world: world).handle(segments: segments) }
        let query = QueryParameters(request.uri.query)
        for route in APIRoutes.all {
            guard let captures = route.match(segments) else { continue }
            return serve(route, captures: captures, path: path, query: query, headers: request.headers)
        }
        return .notFound
    }

    private func serve(_ route: APIRoute, captures: [Int64], path: String, query: QueryParameters, headers: HTTPFields) -> Reply {
        var companyID: Int64?
        if let name = HTTPField.Name("Procore-Company-Id"), let value = headers[name] {
            guard let id = Int64(value.trimmingCharacters(in: .whitespaces)) else {
                return .message("Invalid Procore-Company-Id header", status: 400)
            }
            companyID = id
        }
        if core.config.requireCompanyHeader, !route.companyHeaderExempt {
            guard let companyID else { return .message("Missing Procore-Company-Id header!", status: 400) }
            guard world.companies.record(id: companyID) != nil else {
                return .message("App is not connected to this company", status: 403)
            }
        }
        var projectID: Int64?
        switch route.project {
        case .none: break
        case let .capture(n): projectID = captures[n]
        case .query:
            guard let id = query.id("project_id") else { return .message("project_id is missing", status: 400) }
            projectID = id
        }
        if let projectID {
            guard let owner = world.projectCompany[projectID] else { return .notFound }
            if core.config.requireCompanyHeader, let companyID, owner != companyID { return .notFound }
            if let tool = route.tool, let title = world.disabledTools[projectID]?[tool] {
                return .message("The \(title) tool is not enabled on this project", status: 403)
            }
        }
        let request = APIRequest(path: path, query: query, captures: captures, companyID: companyID, projectID: projectID,
                                 world: world, apiBase: core.bases.api, now: core.clock.now())
        return route.handler(request)
    }

    static func unauthorized(_ message: String) -> Reply {
        .message(message, status: 401, headers: [
            ("WWW-Authenticate", "Bearer realm=\"Doorkeeper\", error=\"invalid_token\", error_description=\"\(message)\""),
        ])
    }
}
