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

    @Test func aHelpOverlayTooTallForTheScreenSaysHowManyMoreAndHowToScroll() throws {
        var canvas = Canvas(width: 80, height: 24)
        HelpOverlay.render(keymap: .defaults, scroll: 0, in: Rect(x: 0, y: 1, width: 80, height: 21), state: BrowserUIState(), canvas: &canvas)
        let layout = try #require(HelpOverlay.layout(keymap: .defaults, in: Rect(x: 0, y: 1, width: 80, height: 21)))
        let hidden = layout.rows.count - (21 - 3)
        #expect(hidden > 0)
        #expect(canvas.lines().contains { $0.contains("↓ \(hidden) more — j/k scroll") })
        var tall = Canvas(width: 80, height: 60)
        HelpOverlay.render(keymap: .defaults, scroll: 0, in: Rect(x: 0, y: 1, width: 80, height: 57), state: BrowserUIState(), canvas: &tall)
        #expect(!tall.lines().contains { $0.contains("more — j/k") }, "no hint when everything fits")
    }

    @Test func aHelpTextTooLongForTheOverlayWrapsWithEveryWordShown() throws {
        let area = Rect(x: 0, y: 1, width: 80, height: 57)
        var canvas = Canvas(width: 80, height: 60)
        HelpOverlay.render(keymap: .defaults, scroll: 0, in: area, state: BrowserUIState(), canvas: &canvas)
        let screen = canvas.lines()
        #expect(!screen.contains { $0.contains("…") }, "no help text is cut:\n\(screen.joined(separator: "\n"))")
        let shown = screen.joined(separator: " ").split(separator: " ")
        let filter = try #require(Keymap.defaults.bindings.first { $0.help.hasPrefix("filter the list") }).help
        #expect(DisplayWidth.of(filter) > 80, "the filter's help is longer than the screen")
        var rest = shown[...]
        for word in filter.split(separator: " ") {  // every word, in order
            let found = try #require(rest.firstIndex(of: word), "“\(word)” is shown")
            rest = rest[(found + 1)...]
        }
    }

    @Test func helpScrollStopsAtTheLastRow() throws {
        let area = Rect(x: 0, y: 1, width: 80, height: 21)
        let layout = try #require(HelpOverlay.layout(keymap: .defaults, in: area))
        #expect(HelpOverlay.settledScroll(500, keymap: .defaults, in: area) == layout.maxScroll)
        #expect(HelpOverlay.settledScroll(-3, keymap: .defaults, in: area) == 0)
        var canvas = Canvas(width: 80, height: 24)
        HelpOverlay.render(keymap: .defaults, scroll: layout.maxScroll, in: area, state: BrowserUIState(), canvas: &canvas)
        let last = try #require(layout.rows.last?.help)
        #expect(canvas.lines().contains { $0.contains(last) }, "the last row shows at the largest scroll")
        #expect(canvas.lines().contains { $0.contains("↑ j/k scroll") })
    }

    @Test func helpOverlayListsEveryBinding() {
        let lines = HelpOverlay.lines(keymap: .defaults)
        #expect(lines.count == Keymap.defaults.bindings.count)
        #expect(lines.contains { $0.0.contains("Ctrl-C") })
    }
}
