import Foundation

/// Reads the file name from a `Content-Disposition` response header.
///
/// The returned name is exactly what the server sent (it may contain `../`, slashes or control
/// characters); always pass it through `FileNameSanitizer.sanitize(_:fallback:)` before
/// using it as a path.
public enum ContentDisposition {
    /// The file name in a `Content-Disposition` value, or nil when there is none.
    ///
    /// Prefers `filename*` (RFC 5987/8187: `UTF-8''%E6%97%A5.pdf`, also `ISO-8859-1''…`) over
    /// `filename` (a quoted string with backslash escapes, or a bare token). Parameter names are
    /// case-insensitive. A `filename*` in an unknown charset, or one that decodes to nothing,
    /// falls back to `filename`. Never fails on malformed input.
    public static func filename(in headerValue: String) -> String? {
        var scanner = HeaderParameterScanner(headerValue)
        // Skip the disposition type (`attachment`, `inline`, or anything else).
        scanner.skip(toNext: UInt8(ascii: ";"))
        let parameters = scanner.readParameters(until: nil)
        if let extended = parameters.first(where: { $0.name == "filename*" })?.value,
           let decoded = decodeExtendedValue(extended), !decoded.isEmpty {
            return decoded
        }
        if let plain = parameters.first(where: { $0.name == "filename" })?.value, !plain.isEmpty {
            return plain
        }
        return nil
    }

    /// Decodes `charset'language'percent-encoded` (RFC 8187 §3.2.1).
    private static func decodeExtendedValue(_ value: String) -> String? {
        let parts = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        let charset = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
        let bytes = percentDecoded(Array(parts[2].utf8))
        switch charset {
        case "utf-8", "utf8":
            return String(decoding: bytes, as: UTF8.self)
        case "iso-8859-1", "latin1", "iso_8859-1", "latin-1":
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
            return String(scalars)
        default:
            // Unknown charsets are only trusted when the bytes are plain ASCII.
            return bytes.allSatisfy({ $0 < 0x80 }) ? String(decoding: bytes, as: UTF8.self) : nil
        }
    }

    private static func percentDecoded(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "%"), index + 2 < input.count,
               let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
