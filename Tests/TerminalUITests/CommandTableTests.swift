import Foundation
import Testing
@testable import TerminalUI

/// The `:` command line: completion from the keymap and the argument commands, parsing, unknown commands.
struct CommandTableTests {
    static let table = CommandTable(keymap: .defaults, environmentNames: { ["demo", "production", "sandbox", "monthly"] },
                                    themeNames: { ["dark", "default", "high-contrast", "light", "mono"] })

    @Test func commandsComeFromTheKeymapPlusTheArgumentCommands() {
        let names = Self.table.names
        #expect(names.prefix(3) == ["env", "theme", "filter"])
        for binding in Keymap.defaults.bindings where binding.action != .command {
            #expect(names.contains(binding.action.rawValue))
        }
        #expect(!names.contains("command"))
        #expect(!names.contains("open-path"))
    }

    @Test func tabCompletesCommandsAndTheirArguments() {
        #expect(Self.table.complete("th") == ("theme ", ["theme"]))
        #expect(Self.table.complete("theme l") == ("theme light", ["light"]))
        #expect(Self.table.complete("theme d") == ("theme d", ["dark", "default"]))
        #expect(Self.table.complete("theme de") == ("theme default", ["default"]))
        #expect(Self.table.complete("env s") == ("env sandbox", ["sandbox"]))
        #expect(Self.table.complete("env m") == ("env monthly", ["monthly"]))
        #expect(Self.table.complete("re") == ("reload", ["reload"]))
        let page = Self.table.complete("pa")
        #expect(page.text == "page-")
        #expect(page.candidates == ["page-up", "page-down"])
        #expect(Self.table.complete("zzz") == ("zzz", []))
        #expect(Self.table.complete("filter ab") == ("filter ab", []))
    }

    @Test func parsesCommandsArgumentsAndUnknownNames() {
        #expect(Self.table.parse("") == .empty)
        #expect(Self.table.parse("  reload ") == .action(.reload))
        #expect(Self.table.parse("env sandbox") == .environment("sandbox"))
        #expect(Self.table.parse("theme  light ") == .theme("light"))
        #expect(Self.table.parse("filter open items") == .filter("open items"))
        #expect(Self.table.parse("filter") == .filter(""))
        if case .missingArgument(let command) = Self.table.parse("env") { #expect(command.name == "env") } else {
            Issue.record("`env` without a name should ask for one")
        }
        #expect(Self.table.parse("fly") == .unknown("fly"))
        if case .unexpectedArgument(let command) = Self.table.parse("reload now") { #expect(command.name == "reload") } else {
            Issue.record("`reload` takes no argument")
        }
        #expect(Self.table.parse("open company/4/project/77/rfis/12") == .open("company/4/project/77/rfis/12"))
        if case .missingArgument(let command) = Self.table.parse("open") { #expect(command.name == "open") } else {
            Issue.record("`open` without a link should ask for one")
        }
        #expect(Self.table.names.filter { $0 == "open" }.count == 1, "one :open, the deep link")
    }
}

/// Running `:` commands in the app: theme switching, filtering, unknown commands.
struct CommandLineAppTests {
    static func type(_ text: String, into app: BrowserApp) {
        app.handle(.char(":"))
        for c in text { app.handle(.char(c)) }
        app.handle(.enter)
    }

    @Test func themeSwitchesLiveAndABrokenThemeKeepsTheCurrentOneWithAFlash() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sitewalk-themes-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "accent = \"#5fafff\"\n".write(to: directory.appendingPathComponent("calm.toml"), atomically: true, encoding: .utf8)
        try "accent = \"chartreuse\"\n".write(to: directory.appendingPathComponent("neon.toml"), atomically: true, encoding: .utf8)
        let app = BrowserApp(workspace: try await WorkspaceFixture.withRFI(attachments: []), theme: .terminalDefault,
                             themes: ThemeLibrary(directories: [directory]))
        Self.type("theme calm", into: app)
        #expect(app.theme.name == "calm")
        #expect(app.workspace.flash?.text == "theme calm")
        Self.type("theme neon", into: app)
        #expect(app.theme.name == "calm", "a broken theme is not applied")
        let flash = app.workspace.flash?.text ?? ""
        #expect(flash.contains("neon.toml") && flash.contains("accent") && flash.contains("keeping calm"), "\(flash)")
        #expect(app.workspace.flash?.level == .error)
    }

    @Test func filterAndActionsAndUnknownCommands() async throws {
        let app = BrowserApp(workspace: try await WorkspaceFixture.withRFI(attachments: []), theme: .mono)
        Self.type("filter nothing-like-this", into: app)
        #expect(app.workspace.currentRecords.filter == "nothing-like-this")
        #expect(app.workspace.currentRecords.visible.isEmpty)
        Self.type("filter", into: app)
        #expect(app.workspace.currentRecords.visible.count == 1)
        Self.type("help", into: app)
        #expect(app.state.mode == .help(scroll: 0))
        app.handle(.escape)
        Self.type("fly", into: app)
        let flash = app.workspace.flash?.text ?? ""
        #expect(flash.hasPrefix("unknown command :fly — known: env, theme, filter, open, move-up"), "\(flash)")
        #expect(app.state.mode == .normal)
    }

    @Test func tabShowsCandidatesInTheFooterAndEscCancels() async throws {
        let app = BrowserApp(workspace: try await WorkspaceFixture.withRFI(attachments: []), theme: .mono)
        app.handle(.char(":"))
        app.handle(.char("p"))
        app.handle(.char("a"))
        app.handle(.tab)
        #expect(app.state.mode == .command("page-"))
        let footer = BrowserScreen.render(app.workspace, keymap: .defaults, state: app.state, width: 120, height: 20).lines()[19]
        #expect(footer.hasPrefix(":page-"))
        #expect(footer.contains("page-up  page-down"))
        app.handle(.escape)
        #expect(app.state.mode == .normal)
    }
}
