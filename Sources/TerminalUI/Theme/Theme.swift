import Foundation
#if !SITEWALK_FUZZ
import ProcoreAPI   // TOMLParser (the fuzz harness compiles its files into the same module instead)
#endif

/// A colour theme: a semantic palette mapping each `ColorRole` to a colour (`themes/*.toml`).
public struct Theme: Sendable {
    /// The theme's name.
    public var name: String
    /// Colour of each role; roles not named use the terminal default.
    public var palette: [ColorRole: ThemeColor]
    /// Whether the theme uses no colours at all (attributes only).
    public var monochrome: Bool

    /// Creates a theme.
    public init(name: String, palette: [ColorRole: ThemeColor], monochrome: Bool = false) {
        self.name = name
        self.palette = palette
        self.monochrome = monochrome
    }

    /// The colour of a role.
    public func color(_ role: ColorRole) -> ThemeColor {
        if monochrome { return .terminalDefault }
        return palette[role] ?? .terminalDefault
    }

    /// A theme file that could not be used.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        /// The file.
        public let file: String
        /// The line of the key whose value is wrong, when known (a syntax error gives its line in `reason`).
        public let line: Int?
        /// What is wrong.
        public let reason: String

        init(file: String, line: Int? = nil, reason: String) {
            self.file = file
            self.line = line
            self.reason = reason
        }

        /// One line: `theme /path/dark.toml:4: accent: expected "default", 0-255 or "#rrggbb"`.
        public var description: String { "theme \(file)\(line.map { ":\($0)" } ?? ""): \(reason)" }
    }

    /// The TOML key of each role.
    static let keys: [String: ColorRole] = [
        "fg": .fg, "bg": .bg, "accent": .accent, "muted": .muted, "error": .error, "warning": .warning, "ok": .ok,
        "selection_fg": .selectionFG, "selection_bg": .selectionBG, "border": .border,
        "env.production": .envProduction, "env.sandbox": .envSandbox, "env.monthly": .envMonthly, "env.other": .envOther,
    ]

    /// Parses a theme file's text. A problem names the file and the line of the key concerned.
    public static func parse(_ text: String, name: String, file: String) throws -> Theme {
        let document: TOMLDocument
        do { document = try TOMLParser.parseDocument(text) } catch {
            throw Problem(file: file, reason: error.description)
        }
        let table = document.root
        var palette: [ColorRole: ThemeColor] = [:]
        var monochrome = false
        for key in table.keys {
            guard let value = table[key] else { continue }
            let line = document.line(of: [key])
            if key == "name" || key == "description" { continue }
            if key == "monochrome" {
                guard let flag = value.bool else { throw Problem(file: file, line: line, reason: "monochrome must be true or false") }
                monochrome = flag
                continue
            }
            if key == "env", let envTable = value.table {
                for envKey in envTable.keys {
                    guard let envValue = envTable[envKey] else { continue }
                    let line = document.line(of: [key, envKey])
                    try palette[role("env.\(envKey)", file: file, line: line)] = color(envValue, key: "env.\(envKey)", file: file, line: line)
                }
                continue
            }
            try palette[role(key, file: file, line: line)] = color(value, key: key, file: file, line: line)
        }
        return Theme(name: name, palette: palette, monochrome: monochrome)
    }

    static func role(_ key: String, file: String, line: Int?) throws -> ColorRole {
        guard let role = keys[key] else {
            throw Problem(file: file, line: line, reason: "unknown key \(key) (known: \(keys.keys.sorted().joined(separator: ", ")))")
        }
        return role
    }

    static func color(_ value: TOMLValue, key: String, file: String, line: Int?) throws -> ThemeColor {
        if let n = value.int, let c = ThemeColor(spec: String(n)) { return c }
        if let s = value.string, let c = ThemeColor(spec: s) { return c }
        throw Problem(file: file, line: line, reason: "\(key): expected \"default\", 0-255 or \"#rrggbb\"")
    }

    /// `default`: the terminal's own colours, with a few accents from the basic 16.
    public static let terminalDefault = Theme(name: "default", palette: [
        .accent: .index(6), .muted: .index(8), .error: .index(1), .warning: .index(3), .ok: .index(2),
        .selectionFG: .index(0), .selectionBG: .index(6), .border: .index(8),
        .envProduction: .index(1), .envSandbox: .index(2), .envMonthly: .index(5), .envOther: .index(4),
    ])

    /// `mono`: no colours, attributes only (used when `NO_COLOR` is set).
    public static let mono = Theme(name: "mono", palette: [:], monochrome: true)
}
