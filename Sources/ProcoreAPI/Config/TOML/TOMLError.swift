/// Why a TOML document could not be read, and where.
public struct TOMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The line of the problem, from 1.
    public let line: Int
    /// The column of the problem on its line, from 1, counted in Unicode scalars.
    public let column: Int
    /// What is wrong, in words: `expected a value, found '}'`.
    public let reason: String

    /// Creates an error.
    public init(line: Int, column: Int, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `line 2, column 13: expected a value, found '}'`.
    public var description: String {
        "line \(line), column \(column): \(reason)"
    }
}
