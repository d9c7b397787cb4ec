/// Reads TOML 1.0 documents (https://toml.io/en/v1.0.0) into tables.
///
/// Written in Swift so that no input can take the process down: every malformed document throws a
/// `TOMLError` with the line, the column and a specific reason; nesting deeper than `maxDepth` is an
/// error rather than a deep recursion; integers that do not fit in 64 bits are an error rather than a
/// trap. One pass over the text's UTF-8 bytes, so time is linear in the size of the document.
///
/// A leading byte order mark is skipped. Newlines in multi-line strings are returned as `\n`, also when
/// the file uses CRLF.
public enum TOMLParser {
    /// The default limit on nested tables, arrays and inline tables.
    public static let defaultMaxDepth = 128

    /// Parses a whole document and returns its root table, keys in the order they were first defined.
    ///
    /// - Throws: `TOMLError` naming the line and column of the first problem.
    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(TOMLError) -> TOMLTable {
        var reader = TOMLReader(text: text, maxDepth: maxDepth)
        return try reader.readDocument()
    }

    /// Parses a whole document and remembers the line of every key, for loaders that report problems
    /// with values (`TOMLDocument.line(of:)`).
    ///
    /// - Throws: `TOMLError` naming the line and column of the first problem.
    public static func parseDocument(_ text: String, maxDepth: Int = defaultMaxDepth) throws(TOMLError) -> TOMLDocument {
        var reader = TOMLReader(text: text, maxDepth: maxDepth)
        reader.keepsKeyOffsets = true
        let root = try reader.readDocument()
        return TOMLDocument(root: root, lines: reader.keyLines())
    }
}
