/// A JSON number kept exactly as its literal text.
///
/// Procore ids are large integers and some fields carry decimals whose precision matters, so the
/// parser never converts a number on the way in: `text` is the literal as received (for example
/// `"9007199254740993"`, `"1.50"`, `"1e400"`), and conversions happen only when asked for.
/// Two numbers are equal when their literal texts are equal (`1.0` and `1` are different values),
/// which is what makes parse → write → parse lossless.
///
/// `text` is always a valid RFC 8259 number literal.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number's literal text, exactly as received or produced.
    public let text: String

    /// Creates a number from text already known to be a valid literal (the parser's path).
    init(uncheckedText: String) {
        self.text = uncheckedText
    }

    /// Creates an integer number.
    public init(_ value: Int64) {
        self.text = String(value)
    }

    /// Creates an integer number.
    public init(_ value: Int) {
        self.text = String(value)
    }

    /// Creates a number from a `Double`, using Swift's shortest round-tripping representation.
    ///
    /// JSON has no NaN or infinity: infinities become `1e999` / `-1e999` (which read back as
    /// infinity) and NaN becomes `0`.
    public init(_ value: Double) {
        if value.isNaN {
            self.text = "0"
        } else if value.isInfinite {
            self.text = value < 0 ? "-1e999" : "1e999"
        } else {
            let described = value.description
            self.text = JSONNumber.literalLength(in: Array(described.utf8)) == described.utf8.count ? described : "0"
        }
    }

    /// Creates a number from a literal, or returns nil when `literal` is not a valid RFC 8259
    /// number (no surrounding whitespace, no leading `+`, no leading zeros, no `NaN`).
    public init?(literal: String) {
        let bytes = Array(literal.utf8)
        guard !bytes.isEmpty, JSONNumber.literalLength(in: bytes) == bytes.count else { return nil }
        self.text = literal
    }

    /// The literal text.
    public var description: String { text }

    /// True when the literal has neither a fraction nor an exponent.
    public var isIntegerLiteral: Bool {
        !text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    /// The value as an `Int64`, or nil when it is not an integer or does not fit.
    ///
    /// Literals with a fraction or exponent count when their exact decimal value is an integer
    /// (`1.0`, `25e2`); `1.5` and `1e30` give nil. The check is exact, never through `Double`.
    public var int64Value: Int64? {
        if isIntegerLiteral { return Int64(text) }
        return JSONNumber.exactInteger(fromDecimalLiteral: Array(text.utf8))
    }

    /// The value as a `Double` (rounded to the nearest), or nil when it overflows to infinity.
    public var doubleValue: Double? {
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    // MARK: - Literal grammar

    /// Length of the number literal starting at `start` in `bytes`, or nil when the bytes there
    /// do not form one. Stops at the first byte that cannot continue the literal.
    static func literalLength(in bytes: [UInt8], from start: Int = 0) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            switch scanLiteral(buffer, from: start) {
            case .success(let end): return end - start
            case .failure: return nil
            }
        }
    }

    /// Why a number literal could not be scanned, and where.
    enum ScanFailure: Error {
        case unexpectedEnd
        case unexpectedByte(at: Int)
    }

    /// Scans `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?` from `start`; returns the end index.
    static func scanLiteral(_ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> Result<Int, ScanFailure> {
        var pos = start
        let end = buf.count
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

        if pos < end, buf[pos] == UInt8(ascii: "-") { pos += 1 }
        guard pos < end else { return .failure(.unexpectedEnd) }
        if buf[pos] == UInt8(ascii: "0") {
            pos += 1
        } else if isDigit(buf[pos]) {
            pos += 1
            while pos < end, isDigit(buf[pos]) { pos += 1 }
        } else {
            return .failure(.unexpectedByte(at: pos))
        }
        if pos < end, buf[pos] == UInt8(ascii: ".") {
            pos += 1
            guard pos < end else { return .failure(.unexpectedEnd) }
            guard isDigit(buf[pos]) else { return .failure(.unexpectedByte(at: pos)) }
            while pos < end, isDigit(buf[pos]) { pos += 1 }
        }
        if pos < end, buf[pos] == UInt8(ascii: "e") || buf[pos] == UInt8(ascii: "E") {
            pos += 1
            if pos < end, buf[pos] == UInt8(ascii: "+") || buf[pos] == UInt8(ascii: "-") { pos += 1 }
            guard pos < end else { return .failure(.unexpectedEnd) }
            guard isDigit(buf[pos]) else { return .failure(.unexpectedByte(at: pos)) }
            while pos < end, isDigit(buf[pos]) { pos += 1 }
        }
        return .success(pos)
    }

    /// Exact integer value of a valid literal with a fraction and/or exponent, or nil.
    private static func exactInteger(fromDecimalLiteral bytes: [UInt8]) -> Int64? {
        var negative = false
        var digits: [UInt8] = []
        var exponent = 0
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { digits.append(bytes[index]); index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
                digits.append(bytes[index]); exponent -= 1; index += 1
            }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-"); index += 1
            }
            var written = 0
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
                // Saturate: anything beyond a million digits is far outside Int64 either way.
                if written < 1_000_000 { written = written * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
                index += 1
            }
            exponent += exponentNegative ? -written : written
        }
        guard let firstNonZero = digits.firstIndex(where: { $0 != UInt8(ascii: "0") }) else { return 0 }
        var lastNonZero = digits.count - 1
        while digits[lastNonZero] == UInt8(ascii: "0") { lastNonZero -= 1; exponent += 1 }
        let significant = digits[firstNonZero...lastNonZero]
        guard exponent >= 0, significant.count + exponent <= 19 else { return nil }
        var text = negative ? "-" : ""
        text += String(decoding: significant, as: UTF8.self)
        text += String(repeating: "0", count: exponent)
        return Int64(text)
    }
}
