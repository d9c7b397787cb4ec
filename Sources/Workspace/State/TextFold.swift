import Foundation

/// Case-, accent- and width-insensitive folding for filtering, fast enough for 100,000 rows.
///
/// ASCII is lowercased byte by byte; combining marks are dropped; fullwidth ASCII becomes ASCII;
/// the Latin, Greek, Cyrillic and other alphabetic blocks up to U+10FF and U+1E00–U+1FFF fold as
/// Foundation folds each scalar (computed once into a table); CJK, Hangul, emoji and everything else
/// have no case or accents and stay as they are.
enum TextFold {
    /// Scalars folded through Foundation, computed once.
    private static let table: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for range in [UInt32(0x80)...0x10FF, 0x1E00...0x1FFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let folded = String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                                               locale: nil)
                if folded != String(Character(scalar)) { table[value] = folded }
            }
        }
        return table
    }()

    /// The folded text.
    static func fold(_ text: String) -> String {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
            return String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                output.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if isCombiningMark(value) {
                continue
            } else if value >= 0xFF01 && value <= 0xFF5E, let ascii = Unicode.Scalar(value - 0xFEE0) {
                let lowered = ascii.value >= 0x41 && ascii.value <= 0x5A ? Unicode.Scalar(ascii.value + 0x20)! : ascii
                output.append(lowered)
            } else if let folded = table[value] {
                output.append(contentsOf: folded.unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    private static func isCombiningMark(_ value: UInt32) -> Bool {
        (0x300...0x36F).contains(value) || (0x1AB0...0x1AFF).contains(value) || (0x1DC0...0x1DFF).contains(value)
            || (0x20D0...0x20FF).contains(value) || (0xFE20...0xFE2F).contains(value)
    }
}
