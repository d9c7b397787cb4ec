import Foundation
import Workspace

/// The modal pickers: downloads (`d`), copy (`y`), environments (`e`), and choosing in any of them.
extension BrowserApp {
    /// `d`: one link downloads at once, several open a picker, none flashes.
    func startDownload() {
        guard workspace.selectedRecord != nil else {
            workspace.showFlash("select a record first", level: .error)
            return
        }
        let links = workspace.selectedFileLinks
        switch links.count {
        case 0: workspace.showFlash("no files on this record", level: .error)
        case 1: workspace.download(links[0])
        default: state.mode = .picker(.downloads(links))
        }
    }

    /// Keys while a picker is open: ↑↓ (and k j, PgUp PgDn, g G) move, Enter chooses, Esc cancels.
    func handlePicker(_ key: KeyEvent, _ current: Picker) {
        var picker = current
        switch picker.stage {
        case .choosing:
            switch key {
            case .escape, .char("q"): state.mode = .normal; return
            case .up, .char("k"): picker.move(-1)
            case .down, .char("j"): picker.move(1)
            case .pageUp: picker.move(-10)
            case .pageDown: picker.move(10)
            case .home, .char("g"): picker.move(-picker.items.count)
            case .end, .char("G"): picker.move(picker.items.count)
            case .enter, .right:
                state.mode = .normal
                choose(picker)
                return
            default: break
            }
        case .confirming(let index):
            switch key {
            case .char("y"), .char("Y"):
                state.mode = .normal
                if case .environment(let choices) = picker.purpose, index < choices.count { connect(choices[index]) }
                return
            case .char("n"), .char("N"), .escape, .enter: picker.stage = .choosing
            default: break
            }
        case .notice:
            if key == .escape || key == .enter || key == .char("q") { picker.stage = .choosing }
        }
        state.mode = .picker(picker)
    }

    /// Acts on the picker's selected item.
    func choose(_ picker: Picker) {
        let index = picker.cursor
        switch picker.purpose {
        case .download(let links):
            guard index < links.count else { return }
            workspace.download(links[index])
        case .copy(let choices):
            guard index < choices.count else { return }
            copy(choices[index])
        case .environment(let choices):
            guard index < choices.count else { return }
            let choice = choices[index]
            if !choice.instructions.isEmpty {
                var again = picker
                again.stage = .notice(index, choice.instructions)
                state.mode = .picker(again)
            } else if choice.kind == .production, choice.name != workspace.client.environment.name {
                var again = picker
                again.stage = .confirming(index)
                state.mode = .picker(again)
            } else {
                connect(choice)
            }
        }
    }

    /// `y`: a picker of what can be copied here.
    func startCopy() {
        let choices = CopyChoice.choices(for: workspace)
        guard !choices.isEmpty else {
            workspace.showFlash("nothing to copy here", level: .error)
            return
        }
        state.mode = .picker(.copy(choices))
    }

    /// Copies to the clipboard with OSC 52 (wrapped for tmux) and flashes what was copied.
    func copy(_ choice: CopyChoice) {
        let bytes = OSC52.bytes(for: choice.value, environment: processEnvironment)
        if let clipboardWriter { clipboardWriter(bytes) } else { terminal?.writeRaw(bytes) }
        workspace.showFlash(choice.flash)
    }

    /// `e`: the environment switcher.
    func openEnvironments() {
        guard let environments else {
            workspace.showFlash("no other environments in this session", level: .error)
            return
        }
        state.mode = .picker(.environments(environments.environments(), current: workspace.client.environment.name))
    }

    /// Switches the workspace to an environment; a failure flashes and keeps the current one.
    func connect(_ choice: EnvironmentChoice) {
        guard let environments else { return }
        do {
            let client = try environments.connect(choice.name)
            workspace.switchEnvironment(to: client)
            if let name = client.environment.theme, let themes, let loaded = try? themes.load(name) {
                theme = loaded
                terminal?.setTheme(loaded)
            }
        } catch {
            workspace.showFlash("\(error)", level: .error, seconds: 8)
        }
    }
}
