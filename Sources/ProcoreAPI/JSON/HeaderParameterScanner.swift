/// A forgiving reader for HTTP header values made of `; name=value` parameters
/// (`Link`, `Content-Disposition`).
///
/// It works on the header's UTF-8 bytes with bounds-checked indexing, always moves forward, and
/// never fails: garbage is skipped, unterminated quotes run to the end of the value.
struct HeaderParameterScanner {
    private let bytes: [UInt8]
    private(set) var position = 0

    init(_ value: String) {
        bytes = Array(value.utf8)
    }

    var isAtEnd: Bool { position >= bytes.count }

    func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    mutating func advance() {
        if position < bytes.count { position += 1 }
    }

    mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A {
            position += 1
        }
    }

    /// Reads up to (not including) the first byte equal to `terminator`; returns nil and stays
    /// put when there is no such byte.
    mutating func read(until terminator: UInt8) -> String? {
        guard let end = bytes[position...].firstIndex(of: terminator) else { return nil }
        let text = String(decoding: bytes[position..<end], as: UTF8.self)
        position = end
        return text
    }

    /// Moves to the next `stop` byte that is outside a quoted string, or to the end.
    mutating func skip(toNext stop: UInt8) {
        while let byte = peek(), byte != stop {
            if byte == UInt8(ascii: "\"") {
                _ = readQuoted()
            } else {
                position += 1
            }
        }
    }

    /// Reads a quoted string starting at its opening quote, undoing backslash escapes.
    mutating func readQuoted() -> String {
        advance()
        var out: [UInt8] = []
        while let byte = peek() {
            position += 1
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\"), let escaped = peek() {
                out.append(escaped)
                position += 1
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads bytes up to the first of `stops` (or the end), trimmed of spaces and tabs.
    mutating func readToken(stoppingAt stops: [UInt8]) -> String {
        let start = position
        while let byte = peek(), !stops.contains(byte) { position += 1 }
        var end = position
        var begin = start
        while begin < end, bytes[begin] == 0x20 || bytes[begin] == 0x09 { begin += 1 }
        while end > begin, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return String(decoding: bytes[begin..<end], as: UTF8.self)
    }

    /// Reads `; name[=value]` parameters until `stop` (left unconsumed) or the end.
    /// Names are lowercased; quoted values are unescaped; `value` is nil when there is no `=`.
    mutating func readParameters(until stop: UInt8?) -> [(name: String, value: String?)] {
        var parameters: [(name: String, value: String?)] = []
        let semicolon = UInt8(ascii: ";")
        let equals = UInt8(ascii: "=")
        let nameStops = [semicolon, equals] + (stop.map { [$0] } ?? [])
        let valueStops = [semicolon] + (stop.map { [$0] } ?? [])
        while true {
            skipWhitespace()
            guard let byte = peek(), byte != stop else { return parameters }
            guard byte == semicolon else {
                // Stray text between parameters: skip to the next separator.
                while let next = peek(), next != semicolon, next != stop { position += 1 }
                continue
            }
            position += 1
            skipWhitespace()
            let name = readToken(stoppingAt: nameStops).lowercased()
            skipWhitespace()
            var value: String?
            if peek() == equals {
                position += 1
                skipWhitespace()
                if peek() == UInt8(ascii: "\"") {
                    value = readQuoted()
                    // Ignore anything after the closing quote up to the next separator.
                    while let next = peek(), next != semicolon, next != stop { position += 1 }
                } else {
                    value = readToken(stoppingAt: valueStops)
                }
            }
            if !name.isEmpty { parameters.append((name: name, value: value)) }
        }
    }
}
