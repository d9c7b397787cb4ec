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

    @Test func aHelpOverlayTooTallForTheScreenSaysHowManyMoreAndHowToScroll() {
        var canvas = Canvas(width: 80, height: 24)
        HelpOverlay.render(keymap: .defaults, scroll: 0, in: Rect(x: 0, y: 1, width: 80, height: 21), state: BrowserUIState(), canvas: &canvas)
        let hidden = Keymap.defaults.bindings.count - (21 - 3)
        #expect(canvas.lines().contains { $0.contains("↓ \(hidden) more — j/k scroll") })
        var tall = Canvas(width: 80, height: 60)
        HelpOverlay.render(keymap: .defaults, scroll: 0, in: Rect(x: 0, y: 1, width: 80, height: 57), state: BrowserUIState(), canvas: &tall)
        #expect(!tall.lines().contains { $0.contains("more — j/k") }, "no hint when everything fits")
    }

    @Test func helpOverlayListsEveryBinding() {
        let lines = HelpOverlay.lines(keymap: .defaults)
        #expect(lines.count == Keymap.defaults.bindings.count)
        #expect(lines.contains { $0.0.contains("Ctrl-C") })
    }
}
