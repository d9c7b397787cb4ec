/// A response before faults and rate-limit headers are applied: status, headers and a body.
struct Reply: Sendable {
    /// How the body is produced.
    enum Body: Sendable {
        case empty
        case bytes([UInt8])
        /// Part of a generated blob, streamed in chunks and never held whole.
        case blob(BlobSpec, start: Int64, length: Int64)
    }

    var status: Int
    var headers: [(String, String)]
    var body: Body

    init(status: Int, headers: [(String, String)] = [], body: Body = .empty) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON body.
    static func json(_ value: JSONValue, status: Int = 200, headers: [(String, String)] = []) -> Reply {
        Reply(status: status, headers: [("Content-Type", "application/json; charset=utf-8")] + headers, body: .bytes(value.encoded()))
    }

    /// Procore's usual error shape: `{"message": ...}`.
    static func message(_ text: String, status: Int, headers: [(String, String)] = []) -> Reply {
        json(["message": .string(text)], status: status, headers: headers)
    }

    /// An OAuth (RFC 6749) error.
    static func oauthError(_ code: String, _ description: String, status: Int = 400) -> Reply {
        json(["error": .string(code), "error_description": .string(description)], status: status)
    }

    /// A plain-text or HTML body.
    static func text(_ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8") -> Reply {
        Reply(status: status, headers: [("Content-Type", contentType)], body: .bytes(Array(text.utf8)))
    }

    /// The body length in bytes.
    var contentLength: Int64 {
        switch body {
        case .empty: return 0
        case let .bytes(b): return Int64(b.count)
        case let .blob(_, _, length): return length
        }
    }

    /// Adds a header.
    mutating func add(_ name: String, _ value: String) { headers.append((name, value)) }
}
