import Foundation

/// Writes `JSONValue`s as strict RFC 8259 JSON.
///
/// Output is always valid JSON that `JSONParser` reads back to an equal value: numbers are written
/// as their literal text, object entries in order (duplicates included) unless `sortKeys` is set,
/// and strings escape `"`, `\`, every control character U+0000–U+001F (`\n \t \r \b \f`, else
/// `\u00XX`), U+007F, and U+2028/U+2029 (which break JavaScript and some terminals).
/// Pretty output uses two-space indentation, `"key": value`, and `[]` / `{}` for empty containers.
public enum JSONWriter {
    /// Returns the JSON text of `value`.
    ///
    /// - Parameters:
    ///   - pretty: indent with two spaces, one member or element per line.
    ///   - sortKeys: write object entries sorted by key (stable: duplicate keys keep their order).
    public static func write(_ value: JSONValue, pretty: Bool = false, sortKeys: Bool = false) -> String {
        String(decoding: bytes(value, pretty: pretty, sortKeys: sortKeys), as: UTF8.self)
    }

    /// Returns the UTF-8 JSON text of `value` as `Data`; see `write(_:pretty:sortKeys:)`.
    public static func writeData(_ value: JSONValue, pretty: Bool = false, sortKeys: Bool = false) -> Data {
        Data(bytes(value, pretty: pretty, sortKeys: sortKeys))
    }

    private static func bytes(_ value: JSONValue, pretty: Bool, sortKeys: Bool) -> [UInt8] {
        var emitter = Emitter(pretty: pretty, sortKeys: sortKeys)
        emitter.emit(value, indent: 0)
        return emitter.out
    }
}

private struct Emitter {
    let pretty: Bool
    let sortKeys: Bool
    var out: [UInt8] = []

    init(pretty: Bool, sortKeys: Bool) {
        self.pretty = pretty
        self.sortKeys = sortKeys
    }

    mutating func emit(_ value: JSONValue, indent: Int) {
        switch value {
        case .null:
            append("null")
        case .bool(let bool):
            append(bool ? "true" : "false")
        case .number(let number):
            out.append(contentsOf: number.text.utf8)
        case .string(let string):
            emitString(string)
        case .array(let elements):
            if elements.isEmpty {
                append("[]")
                return
            }
            out.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent: indent + 1)
                emit(element, indent: indent + 1)
            }
            newline(indent: indent)
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.isEmpty {
                append("{}")
                return
            }
            var entries = object.entries
            if sortKeys {
                entries = entries.enumerated()
                    .sorted { $0.element.key != $1.element.key ? $0.element.key < $1.element.key : $0.offset < $1.offset }
                    .map(\.element)
            }
            out.append(UInt8(ascii: "{"))
            for (offset, entry) in entries.enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent: indent + 1)
                emitString(entry.key)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                emit(entry.value, indent: indent + 1)
            }
            newline(indent: indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private mutating func newline(indent: Int) {
        guard pretty else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private mutating func append(_ text: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func emitString(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in emitEscaped(utf8) }
    }

    /// Copies runs of bytes that need no escaping in bulk; escapes the rest.
    private mutating func emitEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            let needsEscape: Bool
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x00..<0x20, 0x7F:
                needsEscape = true
            case 0xE2:
                // U+2028 / U+2029 are E2 80 A8 / E2 80 A9.
                needsEscape = index + 2 < count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
            default:
                needsEscape = false
            }
            guard needsEscape else {
                index += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0xE2:
                escapeUnit(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                index += 2
            default:
                escapeUnit(UInt16(byte))
            }
            index += 1
            runStart = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        out.append(UInt8(ascii: "\""))
    }

    private mutating func escapeUnit(_ unit: UInt16) {
        append("\\u")
        out.append(Self.hexDigits[Int(unit >> 12 & 0xF)])
        out.append(Self.hexDigits[Int(unit >> 8 & 0xF)])
        out.append(Self.hexDigits[Int(unit >> 4 & 0xF)])
        out.append(Self.hexDigits[Int(unit & 0xF)])
    }
}
