import Foundation

/// A fast, lossless JSON parser for API bodies.
///
/// Strict RFC 8259, except where real Procore bodies need leniency:
/// - raw control characters (U+0000–U+001F) inside strings are accepted as themselves;
/// - a leading UTF-8 byte order mark is skipped;
/// - invalid UTF-8 inside strings is repaired with U+FFFD instead of failing;
/// - a `\u` escape that is a lone surrogate becomes U+FFFD.
///
/// Numbers are kept as their literal text (`JSONNumber`), so ids above 2^53 and numbers beyond
/// `Int64` or `Double` survive. Nesting deeper than `maxDepth` is an error; the parser is
/// iterative, so no input can overflow the stack, and no input traps.
public enum JSONParser {
    /// The default limit on nested arrays and objects.
    public static let defaultMaxDepth = 512

    /// Parses a complete JSON document from bytes.
    ///
    /// - Throws: `JSONParseError` with the byte offset of the problem.
    public static func parse(_ bytes: some Collection<UInt8>, maxDepth: Int = defaultMaxDepth) throws -> JSONValue {
        let result = bytes.withContiguousStorageIfAvailable { parse(buffer: $0, maxDepth: maxDepth) }
            ?? Array(bytes).withUnsafeBufferPointer { parse(buffer: $0, maxDepth: maxDepth) }
        return try result.get()
    }

    /// Parses a complete JSON document from `Data`.
    ///
    /// - Throws: `JSONParseError` with the byte offset of the problem.
    public static func parse(_ data: Data, maxDepth: Int = defaultMaxDepth) throws -> JSONValue {
        let result = data.withUnsafeBytes { raw in
            parse(buffer: raw.bindMemory(to: UInt8.self), maxDepth: maxDepth)
        }
        return try result.get()
    }

    /// Parses a complete JSON document from a string (offsets count UTF-8 bytes).
    ///
    /// - Throws: `JSONParseError` with the byte offset of the problem.
    public static func parse(_ string: String, maxDepth: Int = defaultMaxDepth) throws -> JSONValue {
        var string = string
        let result = string.withUTF8 { parse(buffer: $0, maxDepth: maxDepth) }
        return try result.get()
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> Result<JSONValue, JSONParseError> {
        var reader = Reader(buffer: buffer, maxDepth: max(0, maxDepth))
        do {
            return .success(try reader.parseDocument())
        } catch {
            return .failure(error)
        }
    }
}

/// The parsing state over one contiguous buffer.
///
/// Containers are built with an explicit stack instead of recursion: each open array or object
/// is a `Frame` that owns its growing element list, so closing a container moves that list into
/// the value without copying it.
private struct Reader {
    private struct Frame {
        var isObject: Bool
        var elements: [JSONValue] = []
        var entries: [(key: String, value: JSONValue)] = []
        var pendingKey = ""
    }

    private let buf: UnsafeBufferPointer<UInt8>
    private let end: Int
    private let maxDepth: Int
    private var pos = 0
    private var scratch: [UInt8] = []

    init(buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.buf = buffer
        self.end = buffer.count
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        if end >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF { pos = 3 }
        let value = try parseNested()
        skipWhitespace()
        if pos < end { throw error("unexpected data after the JSON value") }
        return value
    }

    private mutating func parseNested() throws(JSONParseError) -> JSONValue {
        var frames: [Frame] = []

        nextValue: while true {
            skipWhitespace()
            guard pos < end else { throw endError("expected a value") }
            var value: JSONValue
            switch buf[pos] {
            case UInt8(ascii: "{"):
                guard frames.count < maxDepth else { throw error("nesting deeper than \(maxDepth) levels") }
                pos += 1
                skipWhitespace()
                if pos < end, buf[pos] == UInt8(ascii: "}") {
                    pos += 1
                    value = .object(JSONObject())
                } else {
                    frames.append(Frame(isObject: true, pendingKey: try parseKey()))
                    continue nextValue
                }
            case UInt8(ascii: "["):
                guard frames.count < maxDepth else { throw error("nesting deeper than \(maxDepth) levels") }
                pos += 1
                skipWhitespace()
                if pos < end, buf[pos] == UInt8(ascii: "]") {
                    pos += 1
                    value = .array([])
                } else {
                    frames.append(Frame(isObject: false))
                    continue nextValue
                }
            case UInt8(ascii: "\""):
                value = .string(try parseString())
            case UInt8(ascii: "t"):
                try expectLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try expectLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try expectLiteral("null")
                value = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = .number(try parseNumber())
            default:
                throw error("unexpected character, expected a value")
            }

            // Attach the finished value to the open container; close containers that end here.
            while true {
                let top = frames.count - 1
                guard top >= 0 else { return value }
                let isObject = frames[top].isObject
                if isObject {
                    frames[top].entries.append((key: frames[top].pendingKey, value: value))
                } else {
                    frames[top].elements.append(value)
                }
                skipWhitespace()
                guard pos < end else {
                    throw endError(isObject ? "unterminated object" : "unterminated array")
                }
                let byte = buf[pos]
                if byte == UInt8(ascii: ",") {
                    pos += 1
                    if isObject { frames[top].pendingKey = try parseKey() }
                    continue nextValue
                }
                if isObject, byte == UInt8(ascii: "}") {
                    pos += 1
                    let frame = frames.removeLast()
                    value = .object(JSONObject(frame.entries))
                    continue
                }
                if !isObject, byte == UInt8(ascii: "]") {
                    pos += 1
                    let frame = frames.removeLast()
                    value = .array(frame.elements)
                    continue
                }
                throw error(isObject ? "expected ',' or '}' in object" : "expected ',' or ']' in array")
            }
        }
    }

    /// Reads `"key"` and the `:` after it.
    private mutating func parseKey() throws(JSONParseError) -> String {
        skipWhitespace()
        guard pos < end else { throw endError("expected a string key") }
        guard buf[pos] == UInt8(ascii: "\"") else { throw error("expected a string key") }
        let key = try parseString()
        skipWhitespace()
        guard pos < end else { throw endError("expected ':' after object key") }
        guard buf[pos] == UInt8(ascii: ":") else { throw error("expected ':' after object key") }
        pos += 1
        return key
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while pos < end {
            switch buf[pos] {
            case 0x20, 0x0A, 0x0D, 0x09: pos += 1
            default: return
            }
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for index in 0..<count {
            guard pos + index < end else { throw endError("unexpected end of input in a literal") }
            guard buf[pos + index] == bytes[index] else {
                pos += index
                throw error("invalid literal, expected '\(literal)'")
            }
        }
        pos += count
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        let start = pos
        switch JSONNumber.scanLiteral(buf, from: start) {
        case .success(let numberEnd):
            pos = numberEnd
            return JSONNumber(uncheckedText: String(decoding: UnsafeBufferPointer(rebasing: buf[start..<numberEnd]), as: UTF8.self))
        case .failure(.unexpectedEnd):
            throw endError("unexpected end of input in a number")
        case .failure(.unexpectedByte(let at)):
            pos = at
            throw error("invalid number")
        }
    }

    /// Reads a string starting at its opening quote.
    ///
    /// Fast path: no escapes, so the bytes between the quotes become the string directly
    /// (`String(decoding:)` repairs invalid UTF-8). With escapes, bytes go through `scratch`.
    private mutating func parseString() throws(JSONParseError) -> String {
        pos += 1
        let start = pos
        while pos < end {
            let byte = buf[pos]
            if byte == UInt8(ascii: "\"") {
                let string = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<pos]), as: UTF8.self)
                pos += 1
                return string
            }
            if byte == UInt8(ascii: "\\") { break }
            pos += 1
        }
        guard pos < end else { throw endError("unterminated string") }

        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[start..<pos]))
        while pos < end {
            let byte = buf[pos]
            if byte == UInt8(ascii: "\"") {
                pos += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte != UInt8(ascii: "\\") {
                scratch.append(byte)
                pos += 1
                continue
            }
            pos += 1
            guard pos < end else { break }
            switch buf[pos] {
            case UInt8(ascii: "\""): scratch.append(0x22)
            case UInt8(ascii: "\\"): scratch.append(0x5C)
            case UInt8(ascii: "/"): scratch.append(0x2F)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                pos += 1
                let scalar = try parseUnicodeEscape()
                appendUTF8(scalar)
                continue
            default:
                throw error("invalid escape sequence in string")
            }
            pos += 1
        }
        throw endError("unterminated string")
    }

    /// Reads the four hex digits after `\u` (and a following low surrogate escape when the first
    /// is a high surrogate). Lone surrogates become U+FFFD.
    private mutating func parseUnicodeEscape() throws(JSONParseError) -> UInt32 {
        let unit = try readHex4()
        switch unit {
        case 0xD800...0xDBFF:
            // Only consume the next escape when it is the matching low surrogate.
            if pos + 6 <= end, buf[pos] == UInt8(ascii: "\\"), buf[pos + 1] == UInt8(ascii: "u") {
                let saved = pos
                pos += 2
                let low = try readHex4()
                if (0xDC00...0xDFFF).contains(low) {
                    return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                }
                pos = saved
            }
            return 0xFFFD
        case 0xDC00...0xDFFF:
            return 0xFFFD
        default:
            return unit
        }
    }

    private mutating func readHex4() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard pos < end else { throw endError("unexpected end of input in a \\u escape") }
            let byte = buf[pos]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("invalid hex digit in a \\u escape")
            }
            value = value << 4 | UInt32(digit)
            pos += 1
        }
        return value
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18 & 0x07))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    private func error(_ reason: String) -> JSONParseError {
        JSONParseError(offset: pos, reason: reason, snippet: JSONParseError.snippet(of: buf))
    }

    /// An error for input that ended too early; its offset is the input length.
    private func endError(_ reason: String) -> JSONParseError {
        let why = reason.hasPrefix("unexpected end") ? reason : "unexpected end of input: \(reason)"
        return JSONParseError(offset: end, reason: why, snippet: JSONParseError.snippet(of: buf))
    }
}
