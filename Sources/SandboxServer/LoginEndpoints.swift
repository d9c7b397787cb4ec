import Foundation
import Hummingbird

/// The login origin: Procore's OAuth 2.0 endpoints.
struct LoginEndpoints {
    let core: ServerCore
    let world: SandboxWorld

    static let oob = "urn:ietf:wg:oauth:2.0:oob"

    func handle(request: Request, body: ByteBuffer) -> Reply {
        let path = request.uri.path
        let query = QueryParameters(request.uri.query)
        switch (request.method, path) {
        case (.post, "/oauth/token"):
            var form = FormBody.parse(body, contentType: request.headers[.contentType])
            for (k, v) in query.pairs where form[k] == nil { form[k] = v }
            return token(form: form, headers: request.headers)
        case (.get, "/oauth/authorize"):
            return authorize(query.pairs, approved: query["auto_approve"] == "1" || query["auto_approve"] == "true")
        case (.post, "/oauth/authorize"):
            let form = FormBody.parse(body, contentType: request.headers[.contentType])
            return authorize(Array(form), approved: form["approve"] != nil)
        case (.get, "/oauth/authorize/native"):
            return .text(CodePage.native(code: query["code"] ?? ""), contentType: "text/html; charset=utf-8")
        case (.get, "/oauth/token/info"):
            return info(headers: request.headers)
        case (.post, "/oauth/revoke"):
            var form = FormBody.parse(body, contentType: request.headers[.contentType])
            for (k, v) in query.pairs where form[k] == nil { form[k] = v }
            if let token = form["token"] { core.tokens.revoke(token) }
            return .json([:])
        default:
            return .message("Not Found", status: 404)
        }
    }

    private func clientCredentials(form: [String: String], headers: HTTPFields) -> (String, String)? {
        if let auth = headers[.authorization], auth.lowercased().hasPrefix("basic "),
           let data = Data(base64Encoded: String(auth.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
           let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":")
        {
            return (String(text[..<colon]).removingPercentEncoding ?? "", String(text[text.index(after: colon)...]).removingPercentEncoding ?? "")
        }
        guard let id = form["client_id"] else { return nil }
        return (id, form["client_secret"] ?? "")
    }

    private func token(form: [String: String], headers: HTTPFields) -> Reply {
        guard let (id, secret) = clientCredentials(form: form, headers: headers),
              id == core.config.clientID, secret == core.config.clientSecret
        else {
            return .oauthError("invalid_client", "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.", status: 401)
        }
        switch form["grant_type"] ?? "" {
        case "client_credentials":
            return issued(core.tokens.issue(userID: world.me.id, clientCredentials: true))
        case "authorization_code":
            guard let code = form["code"], let user = core.tokens.redeem(code: code, redirectURI: form["redirect_uri"]) else {
                return .oauthError("invalid_grant", "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.")
            }
            return issued(core.tokens.issue(userID: user, clientCredentials: false))
        case "refresh_token":
            switch core.tokens.refresh(form["refresh_token"] ?? "") {
            case let .issued(tokens): return issued(tokens)
            case .reused, .unknown: return .oauthError("invalid_grant", "The refresh token is invalid")
            }
        case "":
            return .oauthError("invalid_request", "The request is missing a required parameter: grant_type.")
        default:
            return .oauthError("unsupported_grant_type", "The authorization grant type is not supported by the authorization server.")
        }
    }

    private func issued(_ t: TokenStore.Issued) -> Reply {
        var body: [(String, JSONValue)] = [
            ("access_token", .string(t.accessToken)), ("token_type", "bearer"), ("expires_in", .int(Int64(t.expiresIn))),
        ]
        if let r = t.refreshToken { body.append(("refresh_token", .string(r))) }
        body.append(("created_at", .int(Int64(t.createdAt))))
        return .json(.object(body), headers: [("Cache-Control", "no-store"), ("Pragma", "no-cache")])
    }

    private func authorize(_ pairs: [(String, String)], approved: Bool) -> Reply {
        let p = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        guard p["client_id"] == core.config.clientID else {
            return .text(CodePage.error("The client identifier provided is invalid."), status: 401, contentType: "text/html; charset=utf-8")
        }
        guard p["response_type"] == "code" else {
            return .text(CodePage.error("The authorization server does not support this response type."), status: 400, contentType: "text/html; charset=utf-8")
        }
        let redirect = p["redirect_uri"] ?? Self.oob
        guard approved else {
            return .text(CodePage.consent(pairs), contentType: "text/html; charset=utf-8")
        }
        let code = core.tokens.makeCode(redirectURI: redirect, userID: world.me.id)
        var location: String
        if redirect == Self.oob {
            location = "\(core.bases.login)/oauth/authorize/native?code=\(code)"
        } else {
            location = redirect + (redirect.contains("?") ? "&" : "?") + "code=\(code)"
            if let state = p["state"] { location += "&state=\(QueryParameters.escape(state))" }
        }
        return Reply(status: 302, headers: [("Location", location)])
    }

    private func info(headers: HTTPFields) -> Reply {
        guard let token = OriginResponder.bearer(headers), case let .valid(record) = core.tokens.check(token) else {
            return Reply.json(["error": "invalid_token", "error_description": "The access token is invalid"], status: 401,
                              headers: [("WWW-Authenticate", "Bearer realm=\"Doorkeeper\", error=\"invalid_token\"")])
        }
        let remaining = Int((record.expiresAt - core.clock.now()).rounded(.down))
        return .json([
            "resource_owner_id": .int(record.userID),
            "scopes": [],
            "expires_in_seconds": .int(Int64(max(0, remaining))),
            "application": ["uid": .string(core.config.clientID)],
            "created_at": .int(Int64(record.createdAt)),
        ])
    }
}
