/// A parsed TOML document that also knows where each key was defined, so a loader can name the line
/// of a key whose value it refuses (`config.toml:7: environments.local.api_url: must be an http(s) URL`).
public struct TOMLDocument: Sendable {
    /// The root table.
    public let root: TOMLTable
    /// For every key path (a table's keys from the root, then the key), the line where it was first
    /// defined: its `key = value` line, its `[header]`, or the first header or dotted key that made it.
    private let lines: [[String]: Int]

    init(root: TOMLTable, lines: [[String]: Int]) {
        self.root = root
        self.lines = lines
    }

    /// The 1-based line where the key at `path` was first defined, or nil when no such key was written.
    /// Keys inside arrays of tables are found by the array's name, at their first definition.
    public func line(of path: [String]) -> Int? { lines[path] }
}
