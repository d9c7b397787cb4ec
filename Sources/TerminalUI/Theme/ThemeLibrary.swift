import Foundation

/// Finds and loads themes: the user's directory first, then the shipped `themes/` directory.
public struct ThemeLibrary: Sendable {
    /// Directories searched, in order.
    public var directories: [URL]

    /// Creates a library over directories.
    public init(directories: [URL]) { self.directories = directories }

    /// The names of every theme found (plus the built-in `default` and `mono`).
    public func names() -> [String] {
        var names: Set<String> = ["default", "mono"]
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    /// Loads a theme by name; a missing or broken theme throws a problem naming the file.
    public func load(_ name: String) throws -> Theme {
        for directory in directories {
            let url = directory.appendingPathComponent("\(name).toml")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let text: String
            do { text = try String(contentsOf: url, encoding: .utf8) } catch {
                throw Theme.Problem(file: url.path, reason: "cannot be read")
            }
            return try Theme.parse(text, name: name, file: url.path)
        }
        if name == "default" { return .terminalDefault }
        if name == "mono" { return .mono }
        throw Theme.Problem(file: "\(name).toml", reason: "no such theme (have: \(names().joined(separator: ", ")))")
    }
}
