import ProcoreAPI

/// Random JSON values with awkward strings, numbers and duplicate keys.
enum RandomJSON {
    static func value(depth: Int, using generator: inout SplitMix64Generator) -> JSONValue {
        let kind = Int.random(in: 0..<(depth > 4 ? 4 : 7), using: &generator)
        switch kind {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .number(number(using: &generator))
        case 3: return .string(string(using: &generator))
        case 4, 5:
            let count = Int.random(in: 0..<6, using: &generator)
            return .array((0..<count).map { _ in value(depth: depth + 1, using: &generator) })
        default:
            let count = Int.random(in: 0..<6, using: &generator)
            var object = JSONObject()
            for _ in 0..<count {
                // A small key alphabet makes duplicate keys common.
                let key = Bool.random(using: &generator) ? ["id", "name", "a"].randomElement(using: &generator)! : string(using: &generator)
                object.append(key: key, value: value(depth: depth + 1, using: &generator))
            }
            return .object(object)
        }
    }

    static func number(using generator: inout SplitMix64Generator) -> JSONNumber {
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: return JSONNumber(Int64.random(in: Int64.min...Int64.max, using: &generator))
        case 1: return JSONNumber(Double.random(in: -1e6...1e6, using: &generator))
        case 2: return JSONNumber(literal: ["123456789012345678901234567890", "-0", "1E+400", "0.000e-0", "2.50"].randomElement(using: &generator)!)!
        default: return JSONNumber(Int64.random(in: -1000...1000, using: &generator))
        }
    }

    static func string(using generator: inout SplitMix64Generator) -> String {
        let pieces: [String] = ["a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "é", "日本", "😀", "👨‍👩‍👧", "\u{FEFF}", "<>&"]
        let count = Int.random(in: 0..<8, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
}
