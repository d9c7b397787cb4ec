/// The bytes of one JSON body, kept once and shared by everything cut from it.
///
/// A list page is kept as its bytes plus the byte range of each element; a record's tree is parsed
/// only when something needs all of it (the inspector, copy as JSON), and single fields are read
/// by scanning (`value(atPath:in:)`) without building the rest. The ranges come from
/// `elementRanges()`, which validates the whole document, so parsing a range of it cannot fail.
public final class JSONDocument: Sendable {
    /// The body as received.
    public let bytes: [UInt8]

    /// Wraps a body.
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// The byte ranges of the top-level array's elements, or nil when the document does not start
    /// with an array (it is then not checked: parse it to use it, which reports any error).
    ///
    /// - Throws: `JSONParseError` when the array is not valid JSON (as `JSONParser` would).
    public func elementRanges(maxDepth: Int = JSONParser.defaultMaxDepth) throws(JSONParseError) -> [Range<Int>]? {
        let result: Result<[Range<Int>]?, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer: buffer, maxDepth: maxDepth)
            do throws(JSONParseError) { return .success(try scanner.topLevelElements()) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// The whole document parsed.
    ///
    /// - Throws: `JSONParseError` when it is not valid JSON.
    public func parse() throws -> JSONValue { try JSONParser.parse(bytes) }

    /// The value in `range` (one of `elementRanges()`, or a range found inside one), parsed.
    ///
    /// - Throws: `JSONParseError` when the range does not hold one valid value.
    public func value(in range: Range<Int>) throws -> JSONValue {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else {
            throw JSONParseError(offset: max(0, range.lowerBound), reason: "range outside the document", snippet: "")
        }
        return try JSONParser.parse(bytes[range])
    }

    /// The value at a dot-separated path inside the value in `range`, parsed alone; nil when a step
    /// does not exist. Same rules as `JSONValue.value(atPath:)`: a component is an object member (the
    /// last one when duplicated) or, on an array, a non-negative index; an empty path is the value.
    public func value(atPath path: String, in range: Range<Int>) -> JSONValue? {
        guard let found = valueRange(atPath: path, in: range) else { return nil }
        return try? value(in: found)
    }

    /// The member `key` of the object in `range`, parsed alone (the last one when duplicated); nil
    /// when missing or when the value is not an object. Same as `JSONValue`'s `[key]`.
    public func member(_ key: String, in range: Range<Int>) -> JSONValue? {
        guard let found = memberRanges([key], in: range)?[0] else { return nil }
        return try? value(in: found)
    }

    /// The byte range of the value at `path` inside the value in `range`, or nil.
    public func valueRange(atPath path: String, in range: Range<Int>) -> Range<Int>? {
        if path.isEmpty { return trimmed(range) }
        var current = range
        for component in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard let start = trimmed(current)?.lowerBound else { return nil }
            switch bytes[start] {
            case UInt8(ascii: "{"):
                guard let found = memberRanges([String(component)], in: current)?[0] else { return nil }
                current = found
            case UInt8(ascii: "["):
                guard let index = Int(component), index >= 0, let found = elementRange(index, in: current) else { return nil }
                current = found
            default:
                return nil
            }
        }
        return current
    }

    /// For the object in `range`: the range of each of `keys`' values (the last member when a key
    /// repeats), nil for a key that is missing. Nil when the value is not an object.
    public func memberRanges(_ keys: [String], in range: Range<Int>) -> [Range<Int>?]? {
        let wanted = keys.map { Array($0.utf8) }
        return bytes.withUnsafeBufferPointer { buffer -> [Range<Int>?]? in
            var scanner = JSONScanner(buffer: buffer, from: range.lowerBound, to: range.upperBound)
            scanner.skipWhitespace()
            guard scanner.pos < scanner.end, buffer[scanner.pos] == UInt8(ascii: "{") else { return nil }
            scanner.pos += 1
            var found = [Range<Int>?](repeating: nil, count: keys.count)
            scanner.skipWhitespace()
            if scanner.pos < scanner.end, buffer[scanner.pos] == UInt8(ascii: "}") { return found }
            do {
                while true {
                    let key = try scanner.skipKey()
                    scanner.skipWhitespace()
                    let start = scanner.pos
                    try scanner.skipValue()
                    for index in Self.matches(key, in: buffer, wanted: wanted) { found[index] = start..<scanner.pos }
                    scanner.skipWhitespace()
                    guard scanner.pos < scanner.end, buffer[scanner.pos] == UInt8(ascii: ",") else { break }
                    scanner.pos += 1
                }
            } catch {
                return nil
            }
            return found
        }
    }

    /// The range of element `index` of the array in `range`, or nil.
    private func elementRange(_ index: Int, in range: Range<Int>) -> Range<Int>? {
        bytes.withUnsafeBufferPointer { buffer -> Range<Int>? in
            var scanner = JSONScanner(buffer: buffer, from: range.lowerBound, to: range.upperBound)
            scanner.skipWhitespace()
            guard scanner.pos < scanner.end, buffer[scanner.pos] == UInt8(ascii: "[") else { return nil }
            scanner.pos += 1
            var current = 0
            do {
                while true {
                    scanner.skipWhitespace()
                    guard scanner.pos < scanner.end, buffer[scanner.pos] != UInt8(ascii: "]") else { return nil }
                    let start = scanner.pos
                    try scanner.skipValue()
                    if current == index { return start..<scanner.pos }
                    current += 1
                    scanner.skipWhitespace()
                    guard scanner.pos < scanner.end, buffer[scanner.pos] == UInt8(ascii: ",") else { return nil }
                    scanner.pos += 1
                }
            } catch {
                return nil
            }
        }
    }

    /// `range` without surrounding whitespace; nil when nothing is left.
    private func trimmed(_ range: Range<Int>) -> Range<Int>? {
        var lower = max(0, range.lowerBound), upper = min(bytes.count, range.upperBound)
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// Which of `wanted` (UTF-8) the key between the quotes at `key` equals; keys with escapes are decoded.
    private static func matches(_ key: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>, wanted: [[UInt8]]) -> [Int] {
        let raw = UnsafeBufferPointer(rebasing: buffer[key])
        if raw.contains(UInt8(ascii: "\\")) {
            // Rare: decode the escapes by parsing the quoted key as a string.
            let quoted = UnsafeBufferPointer(rebasing: buffer[(key.lowerBound - 1)..<(key.upperBound + 1)])
            guard case .string(let decoded)? = try? JSONParser.parse(quoted) else { return [] }
            let utf8 = Array(decoded.utf8)
            return wanted.indices.filter { wanted[$0] == utf8 }
        }
        var hits: [Int] = []
        for index in wanted.indices where wanted[index].count == raw.count {
            if wanted[index].withUnsafeBufferPointer({ $0.elementsEqual(raw) }) { hits.append(index) }
        }
        return hits
    }
}
