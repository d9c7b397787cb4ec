import Foundation

/// Turns raw responses into JSON values and typed errors, reading Procore's messages defensively.
public enum ResponseDecoding {
    /// Parses a body as JSON, or throws `.undecodable` with the first bytes.
    public static func json(_ response: RawResponse, method: String, path: String) throws -> JSONValue {
        do {
            return try JSONParser.parse(response.body)
        } catch {
            throw ProcoreError(.undecodable(prefix: prefix(of: response.body)), method: method, path: path, status: response.status)
        }
    }

    /// The first bytes of a body as one safe line (for error messages).
    public static func prefix(of body: [UInt8], limit: Int = 60) -> String {
        let text = String(decoding: body.prefix(limit * 4), as: UTF8.self)
        let line = ProcoreError.oneLine(text, limit: limit)
        return line.isEmpty ? "(empty body)" : line
    }

    /// Procore's message from an error body: `message`, `errors`, `error_description`, `error`, `reason`;
    /// or the text itself when the body is not JSON (but not a whole HTML page).
    public static func message(in body: [UInt8]) -> String? {
        guard !body.isEmpty else { return nil }
        if let json = try? JSONParser.parse(body) {
            for key in ["message", "errors", "error_description", "error", "reason"] {
                guard let value = json[key] else { continue }
                if let text = flatten(value), !text.isEmpty { return ProcoreError.oneLine(text, limit: 200) }
            }
            return nil
        }
        let text = String(decoding: body.prefix(400), as: UTF8.self)
        if text.range(of: "<html", options: .caseInsensitive) != nil || text.range(of: "<!doctype", options: .caseInsensitive) != nil {
            if let start = text.range(of: "<title>", options: .caseInsensitive),
               let end = text.range(of: "</title>", options: .caseInsensitive, range: start.upperBound..<text.endIndex) {
                return "HTML page: " + ProcoreError.oneLine(String(text[start.upperBound..<end.lowerBound]), limit: 100)
            }
            return "an HTML page instead of JSON"
        }
        return ProcoreError.oneLine(text, limit: 200)
    }

    static func flatten(_ value: JSONValue) -> String? {
        switch value {
        case .string(let s): return s
        case .array(let items): return items.compactMap(flatten).joined(separator: "; ")
        case .object(let object):
            return object.entries.compactMap { entry in flatten(entry.value).map { "\(entry.key): \($0)" } }.joined(separator: "; ")
        case .number(let n): return n.text
        default: return nil
        }
    }

    /// The typed error for a non-2xx response.
    public static func error(for response: RawResponse, method: String, path: String) -> ProcoreError {
        let message = message(in: response.body)
        let status = response.status
        let kind: ProcoreError.Kind
        switch status {
        case 401: kind = .tokenRejected
        case 403: kind = .forbidden
        case 404: kind = .notFound
        case 429: kind = .rateLimited(reset: RateLimitState(headers: response).map { $0.reset })
        case 500...599: kind = .serverError
        default:
            if isHTML(response) { kind = .undecodable(prefix: prefix(of: response.body)) } else { kind = .clientError }
        }
        return ProcoreError(kind, method: method, path: path, status: status, message: message)
    }

    /// Whether a response carries an HTML page.
    public static func isHTML(_ response: RawResponse) -> Bool {
        if let type = response.header("Content-Type"), type.lowercased().contains("html") { return true }
        let head = String(decoding: response.body.prefix(64), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype")
    }
}
