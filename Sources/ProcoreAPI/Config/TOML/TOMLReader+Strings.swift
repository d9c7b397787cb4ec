/// Strings: basic, literal and multi-line, with their escapes (see `TOMLReader`).
extension TOMLReader {
    // MARK: Strings

    /// Reads `"..."` with escapes, on one line.
    mutating func readBasicString() throws(TOMLError) -> String {
        let start = pos
        pos += 1
        var text: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw fail("this string is not closed: expected '\"' before the end of the file", at: start)
            }
            switch byte {
            case UInt8(ascii: "\""):
                pos += 1
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try readEscape(into: &text, multiline: false)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw fail("this string is not closed: expected '\"' before the end of the line (use \"\"\" for several lines)", at: start)
            default:
                try checkNotControl(byte, in: "a string")
                text.append(byte)
                pos += 1
            }
        }
    }

    /// Reads `'...'` as written, on one line.
    mutating func readLiteralString() throws(TOMLError) -> String {
        let start = pos
        pos += 1
        let contentStart = pos
        while true {
            guard let byte = peek() else {
                throw fail("this string is not closed: expected \"'\" before the end of the file", at: start)
            }
            switch byte {
            case UInt8(ascii: "'"):
                pos += 1
                return String(decoding: bytes[contentStart..<(pos - 1)], as: UTF8.self)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw fail("this string is not closed: expected \"'\" before the end of the line (use ''' for several lines)", at: start)
            default:
                try checkNotControl(byte, in: "a string")
                pos += 1
            }
        }
    }

    /// Reads `"""..."""` (with escapes) or `'''...'''` (as written). A newline right after the opening
    /// quotes is dropped; CRLF becomes LF; one or two quotes may come just before the closing three.
    mutating func readMultilineString(quote: UInt8) throws(TOMLError) -> String {
        let start = pos
        let escapes = quote == UInt8(ascii: "\"")
        let delimiter = escapes ? "\"\"\"" : "'''"
        pos += 3
        if peek() == UInt8(ascii: "\n") {
            pos += 1
        } else if peek() == UInt8(ascii: "\r") {
            try skipCRLF()
        }
        var text: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw fail("this multi-line string is not closed: expected \(delimiter) before the end of the file", at: start)
            }
            switch byte {
            case quote:
                var run = 1
                while peek(at: run) == quote { run += 1 }
                if run >= 3 {
                    guard run <= 5 else {
                        throw fail("three quotes in a row end a multi-line string; \(escapes ? "escape one of them" : "use a basic string for these")")
                    }
                    text.append(contentsOf: repeatElement(quote, count: run - 3))
                    pos += run
                    return String(decoding: text, as: UTF8.self)
                }
                text.append(contentsOf: repeatElement(quote, count: run))
                pos += run
            case UInt8(ascii: "\\") where escapes:
                try readEscape(into: &text, multiline: true)
            case UInt8(ascii: "\n"):
                text.append(byte)
                pos += 1
            case UInt8(ascii: "\r"):
                try skipCRLF()
                text.append(UInt8(ascii: "\n"))
            default:
                try checkNotControl(byte, in: "a string")
                text.append(byte)
                pos += 1
            }
        }
    }

    /// Reads one escape at the backslash and appends what it stands for. In a multi-line string, a
    /// backslash ending a line drops the line break and the whitespace after it.
    mutating func readEscape(into text: inout [UInt8], multiline: Bool) throws(TOMLError) {
        let start = pos
        pos += 1
        guard let byte = peek() else { return }  // the string's own loop reports the missing end
        let simple: UInt8? = switch byte {
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "t"): 0x09
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        default: nil
        }
        if let simple {
            text.append(simple)
            pos += 1
            return
        }
        if byte == UInt8(ascii: "u") || byte == UInt8(ascii: "U") {
            let width = byte == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            for offset in 1...width {
                guard let next = peek(at: offset), let digit = digitValue(next), digit < 16 else {
                    throw fail("\\\(byte == UInt8(ascii: "u") ? "u" : "U") must be followed by \(width) hexadecimal digits", at: start)
                }
                value = value << 4 | UInt32(digit)
            }
            guard let scalar = Unicode.Scalar(value) else {
                let hex = String(decoding: bytes[(pos + 1)...(pos + width)], as: UTF8.self)
                throw fail("\\\(byte == UInt8(ascii: "u") ? "u" : "U")\(hex) is not a Unicode scalar value", at: start)
            }
            text.append(contentsOf: String(scalar).utf8)
            pos += 1 + width
            return
        }
        if multiline, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || isLineEnd(pos) {
            skipSpaces()
            guard isLineEnd(pos) else {
                throw fail("a backslash followed by spaces must end the line (a line-ending backslash)", at: start)
            }
            while true {
                skipSpaces()
                if peek() == UInt8(ascii: "\n") {
                    pos += 1
                } else if peek() == UInt8(ascii: "\r") {
                    try skipCRLF()
                } else {
                    return
                }
            }
        }
        let shown = byte >= 0x21 && byte < 0x7F ? " '\\\(Character(Unicode.Scalar(byte)))'" : ": a backslash before \(found())"
        throw fail("invalid escape\(shown) (TOML has \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)", at: start)
    }
}
