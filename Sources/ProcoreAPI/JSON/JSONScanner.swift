/// A validating scan over JSON bytes that builds nothing: it finds where values begin and end.
///
/// It accepts exactly what `JSONParser` accepts (raw control characters and invalid UTF-8 inside
/// strings, a leading byte order mark) and rejects what it rejects, so a document the scanner passed
/// always parses. Iterative: no input can overflow the stack, and none traps.
struct JSONScanner {
    let buf: UnsafeBufferPointer<UInt8>
    let end: Int
    var pos: Int
    private let maxDepth: Int
    /// Open containers of the value being skipped (true: object); kept to reuse its storage.
    private var open: [Bool] = []

    init(buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0, to end: Int? = nil, maxDepth: Int = JSONParser.defaultMaxDepth) {
        self.buf = buffer
        self.end = min(end ?? buffer.count, buffer.count)
        self.pos = start
        self.maxDepth = maxDepth
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while pos < end {
            switch buf[pos] {
            case 0x20, 0x0A, 0x0D, 0x09: pos += 1
            default: return
            }
        }
    }

    /// Skips a leading UTF-8 byte order mark.
    mutating func skipByteOrderMark() {
        if pos + 3 <= end, buf[pos] == 0xEF, buf[pos + 1] == 0xBB, buf[pos + 2] == 0xBF { pos += 3 }
    }

    /// The ranges of the top-level array's elements, or nil when the document does not start with an
    /// array (not checked further). An array is validated whole, including that nothing follows it.
    mutating func topLevelElements() throws(JSONParseError) -> [Range<Int>]? {
        skipByteOrderMark()
        skipWhitespace()
        guard pos < end else { throw endError("expected a value") }
        guard buf[pos] == UInt8(ascii: "[") else { return nil }
        guard maxDepth > 0 else { throw error("nesting deeper than \(maxDepth) levels") }
        pos += 1
        var ranges: [Range<Int>] = []
        skipWhitespace()
        if pos < end, buf[pos] == UInt8(ascii: "]") {
            pos += 1
        } else {
            while true {
                skipWhitespace()
                let start = pos
                try skipValue(depth: 1)
                ranges.append(start..<pos)
                skipWhitespace()
                guard pos < end else { throw endError("unterminated array") }
                if buf[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if buf[pos] == UInt8(ascii: "]") { pos += 1; break }
                throw error("expected ',' or ']' in array")
            }
        }
        skipWhitespace()
        if pos < end { throw error("unexpected data after the JSON value") }
        return ranges
    }

    /// Skips one complete value at `pos` (after whitespace), validating it; `depth` containers are
    /// already open around it.
    mutating func skipValue(depth: Int = 0) throws(JSONParseError) {
        open.removeAll(keepingCapacity: true)
        nextValue: while true {
            skipWhitespace()
            guard pos < end else { throw endError("expected a value") }
            switch buf[pos] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = buf[pos] == UInt8(ascii: "{")
                guard depth + open.count < maxDepth else { throw error("nesting deeper than \(maxDepth) levels") }
                pos += 1
                skipWhitespace()
                if pos < end, buf[pos] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    pos += 1
                } else {
                    open.append(isObject)
                    if isObject { try skipKey() }
                    continue nextValue
                }
            case UInt8(ascii: "\""):
                try skipString()
            case UInt8(ascii: "t"):
                try expectLiteral("true")
            case UInt8(ascii: "f"):
                try expectLiteral("false")
            case UInt8(ascii: "n"):
                try expectLiteral("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try skipNumber()
            default:
                throw error("unexpected character, expected a value")
            }
            // The value ended: continue or close the containers around it.
            while let isObject = open.last {
                skipWhitespace()
                guard pos < end else { throw endError(isObject ? "unterminated object" : "unterminated array") }
                let byte = buf[pos]
                if byte == UInt8(ascii: ",") {
                    pos += 1
                    if isObject { try skipKey() }
                    continue nextValue
                }
                if byte == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    pos += 1
                    open.removeLast()
                    continue
                }
                throw error(isObject ? "expected ',' or '}' in object" : "expected ',' or ']' in array")
            }
            return
        }
    }

    /// Skips `"key"` and the `:` after it, returning the range of the key's bytes between the quotes.
    @discardableResult
    mutating func skipKey() throws(JSONParseError) -> Range<Int> {
        skipWhitespace()
        guard pos < end else { throw endError("expected a string key") }
        guard buf[pos] == UInt8(ascii: "\"") else { throw error("expected a string key") }
        let start = pos + 1
        try skipString()
        let key = start..<(pos - 1)
        skipWhitespace()
        guard pos < end else { throw endError("expected ':' after object key") }
        guard buf[pos] == UInt8(ascii: ":") else { throw error("expected ':' after object key") }
        pos += 1
        return key
    }

    /// Skips a string starting at its opening quote, validating its escapes.
    mutating func skipString() throws(JSONParseError) {
        pos += 1
        while pos < end {
            let byte = buf[pos]
            if byte == UInt8(ascii: "\"") { pos += 1; return }
            if byte != UInt8(ascii: "\\") { pos += 1; continue }
            pos += 1
            guard pos < end else { break }
            switch buf[pos] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                 UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                pos += 1
            case UInt8(ascii: "u"):
                pos += 1
                for _ in 0..<4 {
                    guard pos < end else { throw endError("unexpected end of input in a \\u escape") }
                    switch buf[pos] {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"):
                        pos += 1
                    default:
                        throw error("invalid hex digit in a \\u escape")
                    }
                }
            default:
                throw error("invalid escape sequence in string")
            }
        }
        throw endError("unterminated string")
    }

    private mutating func skipNumber() throws(JSONParseError) {
        // `scanLiteral` reads to the buffer's end; stop it at ours by scanning a rebased slice.
        let slice = UnsafeBufferPointer(rebasing: buf[pos..<end])
        switch JSONNumber.scanLiteral(slice, from: 0) {
        case .success(let length):
            pos += length
        case .failure(.unexpectedEnd):
            throw endError("unexpected end of input in a number")
        case .failure(.unexpectedByte(let at)):
            pos += at
            throw error("invalid number")
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

    private func error(_ reason: String) -> JSONParseError {
        JSONParseError(offset: pos, reason: reason, snippet: JSONParseError.snippet(of: buf))
    }

    private func endError(_ reason: String) -> JSONParseError {
        let why = reason.hasPrefix("unexpected end") ? reason : "unexpected end of input: \(reason)"
        return JSONParseError(offset: end, reason: why, snippet: JSONParseError.snippet(of: buf))
    }
}
