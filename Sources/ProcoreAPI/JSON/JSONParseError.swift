/// Why a body could not be parsed as JSON, and where.
///
/// `snippet` shows the start of the body rather than the failure point: when an API answers with
/// an HTML error page or a proxy's plain text instead of JSON, the first bytes say what it was.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset into the input where parsing failed (the input length when it ended early).
    public let offset: Int
    /// What went wrong, in words (`"unexpected end of input"`, `"expected ':' after object key"`).
    public let reason: String
    /// The first ≤ 80 bytes of the input as text, control characters escaped (`\n`, `\u{1B}`).
    public let snippet: String

    /// Creates an error; `snippet` is normally made with `JSONParseError.snippet(of:)`.
    public init(offset: Int, reason: String, snippet: String) {
        self.offset = offset
        self.reason = reason
        self.snippet = snippet
    }

    /// `JSON parse error at byte 12: unexpected end of input (input begins: {"id": 4)`.
    public var description: String {
        "JSON parse error at byte \(offset): \(reason) (input begins: \(snippet))"
    }

    /// The first ≤ 80 bytes of `bytes` as one line of text, without splitting a UTF-8 sequence
    /// at the cut; invalid UTF-8 shows as U+FFFD and control characters are escaped.
    static func snippet(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        let limit = 80
        var end = min(limit, bytes.count)
        if end < bytes.count {
            // Back up over at most three continuation bytes so the cut falls between characters.
            var steps = 0
            while end > 0, steps < 3, bytes[end] & 0xC0 == 0x80 {
                end -= 1
                steps += 1
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
