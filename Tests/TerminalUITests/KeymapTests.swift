import Testing
@testable import TerminalUI

struct KeymapTests {
    @Test func defaultsHaveNoConflictsAndQuitAlwaysIncludesCtrlC() throws {
        let keymap = Keymap.defaults
        #expect(keymap.action(for: .char("j")) == .moveDown)
        #expect(keymap.action(for: .enter) == .open)
        #expect(keymap.action(for: .ctrl("c")) == .quit)
        let remapped = try keymap.overriding(["quit": ["x"]])
        #expect(remapped.action(for: .char("x")) == .quit)
        #expect(remapped.action(for: .ctrl("c")) == .quit, "Ctrl-C always quits")
    }

    @Test func conflictingOverrideIsRejectedWithAMessage() {
        #expect(throws: Keymap.Problem.self) { try Keymap.defaults.overriding(["reload": ["j"]]) }
        do {
            _ = try Keymap.defaults.overriding(["reload": ["j"]])
        } catch {
            #expect("\(error)".contains("j"))
            #expect("\(error)".contains("move-down"))
        }
        #expect(throws: Keymap.Problem.self) { try Keymap.defaults.overriding(["fly": ["z"]]) }
        #expect(throws: Keymap.Problem.self) { try Keymap.defaults.overriding(["reload": ["NotAKey"]]) }
    }

    @Test func helpOverlayListsEveryBinding() {
        let lines = HelpOverlay.lines(keymap: .defaults)
        #expect(lines.count == Keymap.defaults.bindings.count)
        #expect(lines.contains { $0.0.contains("Ctrl-C") })
    }
}
