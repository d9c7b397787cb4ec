import Foundation
import ProcoreAPI
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
                proceed(picker, index)
                return
            case .char("n"), .char("N"), .escape, .enter: picker.stage = .choosing
            default: break
            }
        case .notice:
            if key == .escape || key == .enter || key == .char("q") { picker.stage = .choosing }
        case .code(let index, var entry):
            switch key {
            case .escape:
                cancelCodeSignIn()
                picker.stage = .choosing
            case .enter:
                let code = entry.code.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !entry.busy else { break }
                if code.isEmpty {
                    entry.error = "paste the code the page shows, then press Enter"
                } else if case .environment(let choices) = picker.purpose, index < choices.count {
                    entry.busy = true
                    entry.error = nil
                    startCodeSignIn(choices[index], code: code)
                }
                picker.stage = .code(index, entry)
            case .ctrl("y"), .char("y") where entry.code.isEmpty:
                copyText(entry.url, flash: "copied the sign-in URL")
                entry.copied = true
                picker.stage = .code(index, entry)
            case .backspace where !entry.busy:
                if !entry.code.isEmpty { entry.code.removeLast() }
                entry.error = nil
                picker.stage = .code(index, entry)
            case .ctrl("u") where !entry.busy:
                entry.code = ""
                entry.error = nil
                picker.stage = .code(index, entry)
            case .char(let c) where !entry.busy:
                if !c.isWhitespace { entry.code.append(c) }
                entry.error = nil
                picker.stage = .code(index, entry)
            default: break
            }
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
                proceed(picker, index)
            }
        }
    }

    /// Switches to the environment at `index` of an environment picker: at once, or through the code
    /// sign-in stage when it signs in with a code.
    func proceed(_ picker: Picker, _ index: Int) {
        guard case .environment(let choices) = picker.purpose, index < choices.count else { return }
        let choice = choices[index]
        guard choice.signIn == .code, let environments else {
            connect(choice)
            return
        }
        do {
            let url = try environments.authorizeURL(choice.name)
            var again = picker
            again.cursor = index
            again.stage = .code(index, CodeSignInEntry(environment: choice.name, url: url.absoluteString))
            state.mode = .picker(again)
        } catch {
            workspace.showFlash("\(error)", level: .error, seconds: 8)
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
        copyText(choice.value, flash: choice.flash)
    }

    /// Sends text to the clipboard with OSC 52 (wrapped for tmux) and flashes `flash`.
    func copyText(_ text: String, flash: String) {
        let bytes = OSC52.bytes(for: text, environment: processEnvironment)
        if let clipboardWriter { clipboardWriter(bytes) } else { terminal?.writeRaw(bytes) }
        workspace.showFlash(flash)
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
            switchWorkspace(to: try environments.connect(choice.name))
        } catch {
            workspace.showFlash("\(error)", level: .error, seconds: 8)
        }
    }

    /// Points the workspace at a new client, with the environment's theme when it names one.
    func switchWorkspace(to client: ProcoreClient) {
        workspace.switchEnvironment(to: client)
        if let name = client.environment.theme, let themes, let loaded = try? themes.load(name) {
            theme = loaded
            terminal?.setTheme(loaded)
        }
    }
}
