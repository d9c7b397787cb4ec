/// Checks TOML text for what crashes TOMLKit's parser before handing it over.
///
/// toml++ 3.x (inside TOMLKit 0.6.0) hits an internal assertion and aborts the process when a table
/// header starts with a character that cannot start a key (`[é]`, `[\u{1}]`, `[[\u{FFFD}]]`); fuzzing
/// found it (docs/reliability.md). TOML allows only letters, digits, `_`, `-` or a quote there, and
/// no control character other than tab, newline and carriage return anywhere, so refusing those
/// first rejects no valid file except one with such a line inside a multi-line string.
/// Used by the configuration loader here and by TerminalUI's theme loader.
public enum TOMLPreflight {
    /// The 1-based line and the reason of the first problem, or nil when the text is safe to parse.
    public static func problem(in text: String) -> (line: Int, reason: String)? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for scalar in line.unicodeScalars where (scalar.value < 0x20 && scalar != "\t" && scalar != "\r") || scalar.value == 0x7F {
                return (index + 1, "control character U+\(String(scalar.value, radix: 16, uppercase: true)) is not allowed in TOML")
            }
            // Multi-line strings are not tracked (a ''' inside a basic string fooled a tracker;
            // fuzzing found it): a line in one that starts with `[` and a non-key character is refused too.
            // Scalars, not characters: `[` followed by a combining mark is one character (fuzzing found it).
            var rest = line.unicodeScalars.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" })
            guard rest.first == "[" else { continue }
            rest = rest.dropFirst()
            if rest.first == "[" { rest = rest.dropFirst() }
            rest = rest.drop(while: { $0 == " " || $0 == "\t" })
            // A header needs its name on the same line (`[` then a newline also aborted toml++). This also
            // refuses a nested array whose `[` stands alone on a line, which no Sitewalk file uses.
            guard let first = rest.first, first != "\r" else {
                return (index + 1, "a table name must follow [ on the same line")
            }
            let startsKey = (first.isASCII && (first.properties.isAlphabetic || ("0"..."9").contains(first)))
                || first == "_" || first == "-" || first == "\"" || first == "'"
            if !startsKey {
                return (index + 1, "a table name must start with a letter, a digit, _, - or a quote")
            }
        }
        return nil
    }
}
