/// Whitespace, comments, byte classes and error messages (see `TOMLReader`).
extension TOMLReader {
    // MARK: Whitespace and comments

    /// Skips spaces and tabs.
    mutating func skipSpaces() {
        while let byte = peek(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { pos += 1 }
    }

    /// Skips whitespace, comments and line breaks (inside arrays).
    mutating func skipBlankLines() throws(TOMLError) {
        while true {
            skipSpaces()
            switch peek() {
            case UInt8(ascii: "#"): try skipComment()
            case UInt8(ascii: "\n"): pos += 1
            case UInt8(ascii: "\r"): try skipCRLF()
            default: return
            }
        }
    }

    /// Skips a comment up to (not including) the line break.
    mutating func skipComment() throws(TOMLError) {
        pos += 1
        while let byte = peek(), !isLineEnd(pos) {
            try checkNotControl(byte, in: "a comment")
            pos += 1
        }
    }

    /// Skips `\r\n`; a carriage return alone is an error.
    mutating func skipCRLF() throws(TOMLError) {
        guard peek(at: 1) == UInt8(ascii: "\n") else {
            throw fail("a carriage return (U+000D) must be followed by a line feed")
        }
        pos += 2
    }

    /// True at `\n` or `\r\n`.
    func isLineEnd(_ offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        return bytes[offset] == UInt8(ascii: "\n")
            || (bytes[offset] == UInt8(ascii: "\r") && offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\n"))
    }

    /// Refuses the control characters TOML forbids in strings and comments (all but tab).
    func checkNotControl(_ byte: UInt8, in place: String) throws(TOMLError) {
        if (byte < 0x20 && byte != 0x09) || byte == 0x7F {
            throw fail("control character \(codePoint(UInt32(byte))) is not allowed in \(place)\(place == "a string" ? " (escape it)" : "")")
        }
    }

    // MARK: Bytes

    func peek(at offset: Int = 0) -> UInt8? {
        pos + offset < bytes.count ? bytes[pos + offset] : nil
    }

    func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    func digitValue(_ byte: UInt8) -> Int64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int64(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }

    /// Bytes of numbers, booleans and dates: letters, digits, `_ + - . :`.
    func isBareValueByte(_ byte: UInt8) -> Bool {
        isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    // MARK: Messages

    func fail(_ reason: String, at offset: Int? = nil) -> TOMLError {
        let (line, column) = position(of: offset ?? pos)
        return TOMLError(line: line, column: column, reason: reason)
    }

    func tooDeep(at offset: Int) -> TOMLError {
        fail("tables and arrays are nested deeper than \(maxDepth) levels", at: offset)
    }

    func line(of offset: Int) -> Int { position(of: offset).line }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        let end = min(offset, bytes.count)
        var line = 1
        var lineStart = textStart
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        var column = 1
        if lineStart < end {
            for index in lineStart..<end where bytes[index] & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// What is at the current position, for "found ...": `'}'`, `end of line`, `control character U+0001`.
    func found() -> String {
        guard let byte = peek() else { return "end of file" }
        if isLineEnd(pos) { return "end of line" }
        if byte < 0x80 {
            if byte < 0x20 || byte == 0x7F { return "control character \(codePoint(UInt32(byte)))" }
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        let scalar = String(decoding: bytes[pos..<min(pos + 4, bytes.count)], as: UTF8.self).unicodeScalars.first!
        return describe(scalar)
    }

    /// A non-ASCII scalar for a message: the character when it is safe to show, always its code point.
    func describe(_ scalar: Unicode.Scalar) -> String {
        switch scalar.properties.generalCategory {
        case .control: return "control character \(codePoint(scalar.value))"
        case .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return codePoint(scalar.value)
        default: return "'\(Character(scalar))' (\(codePoint(scalar.value)))"
        }
    }

    /// What a defined value is, for messages: "a string", "an inline table".
    func describe(_ value: TOMLValue) -> String {
        switch value {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a float"
        case .bool: "a boolean"
        case .dateTime: "a date or time"
        case .array: "an array value"
        case .table: "an inline table"
        }
    }

    func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A bare token for a message, cut to a readable length (tokens hold only ASCII letters, digits, `_+-.:`).
    func quote(_ text: String) -> String {
        text.count > 40 ? "'\(text.prefix(40))...'" : "'\(text)'"
    }

    /// A key path for a message, `'servers."alpha beta".ip'`; unusual characters are escaped.
    func display(_ path: [String], quoted: Bool = true) -> String {
        let parts = path.map { part -> String in
            if !part.isEmpty, part.utf8.allSatisfy(isBareKeyByte) { return part }
            var escaped = "\""
            for scalar in part.unicodeScalars {
                switch scalar {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                default:
                    if scalar.isASCII, scalar.value >= 0x20, scalar.value != 0x7F {
                        escaped.unicodeScalars.append(scalar)
                    } else if !scalar.isASCII, describe(scalar).hasPrefix("'") {
                        escaped.unicodeScalars.append(scalar)
                    } else {
                        let hex = String(scalar.value, radix: 16, uppercase: true)
                        escaped += scalar.value > 0xFFFF ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                            : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    }
                }
            }
            return escaped + "\""
        }
        let joined = parts.joined(separator: ".")
        let shown = joined.count > 80 ? String(joined.prefix(80)) + "..." : joined
        return quoted ? "'\(shown)'" : shown
    }
}
