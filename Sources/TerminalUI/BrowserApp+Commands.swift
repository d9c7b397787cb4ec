import Foundation
import Workspace

/// The `:` command line: typing, Tab completion, running a command.
extension BrowserApp {
    /// Keys while typing a command.
    func handleCommand(_ key: KeyEvent, _ text: String) {
        var text = text
        switch key {
        case .escape:
            state.mode = .normal
            state.completions = []
            return
        case .enter:
            state.mode = .normal
            state.completions = []
            run(commands.parse(text))
            return
        case .tab:
            let (completed, candidates) = commands.complete(text)
            text = completed
            state.completions = candidates.count > 1 ? candidates : []
        case .backspace:
            if text.isEmpty { state.mode = .normal; state.completions = []; return }
            text.removeLast()
            state.completions = []
        case .char(let c):
            text.append(c)
            state.completions = []
        default: break
        }
        state.mode = .command(text)
    }

    /// Runs a parsed command.
    func run(_ parsed: CommandTable.Parsed) {
        switch parsed {
        case .empty: break
        case .action(let action): perform(action)
        case .environment(let name): switchEnvironment(named: name)
        case .theme(let name): switchTheme(named: name)
        case .filter(let text):
            workspace.handle(.setFilter(text))
        case .open(let link):
            workspace.open(deepLink: link)
        case .missingArgument(let command):
            workspace.showFlash(":\(command.name) needs an argument — \(command.help)", level: .error, seconds: 6)
        case .unexpectedArgument(let command):
            workspace.showFlash(":\(command.name) takes no argument — \(command.help)", level: .error, seconds: 6)
        case .unknown(let name):
            workspace.showFlash("unknown command :\(name) — known: \(commands.names.joined(separator: ", "))", level: .error, seconds: 8)
        }
    }

    /// `:env NAME`: switches without the picker (production still asks, in the picker).
    func switchEnvironment(named name: String) {
        guard let provider = environments else {
            workspace.showFlash("no other environments in this session", level: .error)
            return
        }
        let choices = provider.environments()
        guard let index = choices.firstIndex(where: { $0.name == name }) else {
            workspace.showFlash("unknown environment \(name) — known: \(choices.map(\.name).joined(separator: ", "))", level: .error, seconds: 8)
            return
        }
        var picker = Picker.environments(choices, current: workspace.client.environment.name)
        picker.cursor = index
        choose(picker)
    }

    /// `:theme NAME`: switches the theme live; a broken theme keeps the current one and flashes why.
    func switchTheme(named name: String) {
        guard let themes else {
            workspace.showFlash("themes are not available in this session", level: .error)
            return
        }
        do {
            let loaded = try themes.load(name)
            theme = loaded
            terminal?.setTheme(loaded)
            workspace.showFlash("theme \(loaded.name)")
        } catch {
            workspace.showFlash("\(error); keeping \(theme.name)", level: .error, seconds: 8)
        }
    }
}
