/// The `:` command line: its commands, Tab completion and parsing.
///
/// The commands are the keymap's action ids (`:reload`, `:download`, `:help`…) — the same table as the
/// help overlay and the footer — plus three that take an argument: `:env NAME`, `:theme NAME`, `:filter TEXT`.
public struct CommandTable: Sendable {
    /// What a command's argument is.
    public enum Argument: Sendable, Equatable {
        /// No argument.
        case none
        /// An environment name.
        case environment
        /// A theme name.
        case theme
        /// Free text.
        case text
        /// A deep link (`company/4/project/77/rfis/12`).
        case link
    }

    /// One command.
    public struct Command: Sendable, Equatable {
        /// The name typed after `:`.
        public var name: String
        /// Its argument.
        public var argument: Argument
        /// What it does.
        public var help: String
    }

    /// A parsed command line.
    public enum Parsed: Sendable, Equatable {
        /// Nothing typed.
        case empty
        /// A keymap action.
        case action(ActionID)
        /// `:env NAME`.
        case environment(String)
        /// `:theme NAME`.
        case theme(String)
        /// `:filter TEXT` (empty clears).
        case filter(String)
        /// `:open company/4/project/77/rfis/12`.
        case open(String)
        /// A command that needs an argument got none.
        case missingArgument(Command)
        /// A command that takes no argument got one.
        case unexpectedArgument(Command)
        /// Not a command.
        case unknown(String)
    }

    /// Every command, argument commands first, then the keymap's actions in help order.
    public let commands: [Command]
    private let environmentNames: @Sendable () -> [String]
    private let themeNames: @Sendable () -> [String]

    /// Creates the table for a keymap; the closures list environment and theme names for completion.
    public init(keymap: Keymap, environmentNames: @escaping @Sendable () -> [String], themeNames: @escaping @Sendable () -> [String]) {
        var commands = [
            Command(name: "env", argument: .environment, help: "switch environment (:env sandbox)"),
            Command(name: "theme", argument: .theme, help: "switch theme (:theme light)"),
            Command(name: "filter", argument: .text, help: "filter the focused list (:filter open)"),
            Command(name: "open", argument: .link, help: "go to a deep link (:open company/4/project/77/rfis/12)"),
        ]
        // `:open` is the deep-link command; the row-opening action stays on Enter.
        for binding in keymap.bindings where binding.action != .command && binding.action != .open {
            commands.append(Command(name: binding.action.rawValue, argument: .none, help: binding.help))
        }
        self.commands = commands
        self.environmentNames = environmentNames
        self.themeNames = themeNames
    }

    /// The command names, for messages.
    public var names: [String] { commands.map(\.name) }

    /// Completes `text`: returns the new text and the candidates that remain (shown as hints).
    ///
    /// One candidate completes fully (with a space after a command that takes an argument); several
    /// complete to their longest common prefix.
    public func complete(_ text: String) -> (text: String, candidates: [String]) {
        let trimmed = text.drop { $0 == " " }
        if let space = trimmed.firstIndex(of: " ") {
            let name = String(trimmed[..<space])
            let typed = String(trimmed[trimmed.index(after: space)...]).trimmingLeadingSpaces()
            guard let command = commands.first(where: { $0.name == name }) else { return (text, []) }
            let values: [String]
            switch command.argument {
            case .environment: values = environmentNames()
            case .theme: values = themeNames()
            case .none, .text, .link: return (text, [])
            }
            let matches = values.filter { $0.hasPrefix(typed) }
            if matches.count == 1 { return ("\(name) \(matches[0])", matches) }
            return ("\(name) \(Self.commonPrefix(matches) ?? typed)", matches)
        }
        let typed = String(trimmed)
        let matches = commands.filter { $0.name.hasPrefix(typed) }
        if matches.count == 1 {
            let command = matches[0]
            return (command.argument == .none ? command.name : command.name + " ", [command.name])
        }
        return (Self.commonPrefix(matches.map(\.name)) ?? typed, matches.map(\.name))
    }

    /// Parses a command line.
    public func parse(_ text: String) -> Parsed {
        let trimmed = text.trimmingLeadingSpaces()
        guard !trimmed.isEmpty else { return .empty }
        let name: String
        let argument: String
        if let space = trimmed.firstIndex(of: " ") {
            name = String(trimmed[..<space])
            argument = String(trimmed[trimmed.index(after: space)...]).trimmingLeadingSpaces().trimmingTrailingSpaces()
        } else {
            name = trimmed.trimmingTrailingSpaces()
            argument = ""
        }
        guard let command = commands.first(where: { $0.name == name }) else { return .unknown(name) }
        switch command.argument {
        case .none:
            if !argument.isEmpty { return .unexpectedArgument(command) }
            return ActionID(rawValue: name).map { .action($0) } ?? .unknown(name)
        case .environment: return argument.isEmpty ? .missingArgument(command) : .environment(argument)
        case .theme: return argument.isEmpty ? .missingArgument(command) : .theme(argument)
        case .text: return .filter(argument)
        case .link: return argument.isEmpty ? .missingArgument(command) : .open(argument)
        }
    }

    static func commonPrefix(_ words: [String]) -> String? {
        guard var prefix = words.first else { return nil }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

fileprivate extension String {
    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " }) }
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
