import Foundation

/// libFuzzer entry point for `TOMLParser`: any text either parses or throws a `TOMLError` whose line and
/// column lie inside the text and whose message holds no control or format character (it reaches a
/// terminal). A document that parses, written back as TOML (every table inline, every key quoted),
/// parses to an equal value, so strings, escapes, numbers and the table structure survive; and
/// `parseDocument` reads the same table and puts every top-level key on a line of the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOMLParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let table: TOMLTable
    do {
        table = try TOMLParser.parse(text)
    } catch {
        let lines = text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        if error.line < 1 || error.line > lines || error.column < 1 { fatalError("position out of range: \(error)") }
        for scalar in error.description.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format: fatalError("message holds U+\(String(scalar.value, radix: 16)): \(error)")
            default: break
            }
        }
        return 0
    }
    let written = write(table)
    guard let again = try? TOMLParser.parse(written) else { fatalError("written document does not parse:\n\(written)") }
    if !same(.table(table), .table(again)) { fatalError("round trip changed the document:\n\(written)") }
    // With key positions: the same table, and every top-level key on a line of the text.
    guard let document = try? TOMLParser.parseDocument(text) else { fatalError("parseDocument refused what parse read") }
    if !same(.table(table), .table(document.root)) { fatalError("parseDocument read another table") }
    let lines = text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    for key in table.keys {
        guard let line = document.line(of: [key]), (1...lines).contains(line) else {
            fatalError("no line in 1...\(lines) for key \(key): \(String(describing: document.line(of: [key])))")
        }
    }
    return 0
}

/// The table as TOML: one `"key" = value` line per key, nested tables as inline tables.
private func write(_ table: TOMLTable) -> String {
    table.entries.map { "\(quoted($0.key)) = \(write($0.value))\n" }.joined()
}

private func write(_ value: TOMLValue) -> String {
    switch value {
    case .string(let string): return quoted(string)
    case .integer(let integer): return String(integer)
    case .float(let float):
        if float.isNaN { return "nan" }
        if float.isInfinite { return float < 0 ? "-inf" : "inf" }
        let text = "\(float)"
        return text.contains(where: { $0 == "." || $0 == "e" }) ? text : text + ".0"
    case .bool(let bool): return bool ? "true" : "false"
    case .dateTime(let dateTime): return dateTime.text
    case .array(let array): return "[" + array.map(write).joined(separator: ", ") + "]"
    case .table(let table): return "{" + table.entries.map { "\(quoted($0.key)) = \(write($0.value))" }.joined(separator: ", ") + "}"
    }
}

private func quoted(_ string: String) -> String {
    var out = "\""
    for scalar in string.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

/// Equality that counts NaN as equal to NaN and compares key sets, not their order.
private func same(_ a: TOMLValue, _ b: TOMLValue) -> Bool {
    switch (a, b) {
    case (.float(let x), .float(let y)): return x == y || (x.isNaN && y.isNaN)
    case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
    case (.table(let x), .table(let y)):
        return x.keys == y.keys && x.keys.allSatisfy { same(x[$0]!, y[$0]!) }
    default: return a == b
    }
}
