import Testing
@testable import TerminalUI

struct ThemeTests {
    @Test func parsesPaletteWithIndexesHexAndEnvironmentTable() throws {
        let theme = try Theme.parse("""
        fg = "default"
        accent = 39
        error = "#ff0000"

        [env]
        production = 196
        """, name: "t", file: "t.toml")
        #expect(theme.color(.fg) == .terminalDefault)
        #expect(theme.color(.accent) == .index(39))
        #expect(theme.color(.error) == .rgb(255, 0, 0))
        #expect(theme.color(.envProduction) == .index(196))
    }

    @Test func brokenThemeNamesTheFileAndTheProblem() {
        do {
            _ = try Theme.parse("accent = \"purple\"", name: "t", file: "themes/t.toml")
            Issue.record("a bad colour must be refused")
        } catch {
            #expect("\(error)".contains("themes/t.toml"))
            #expect("\(error)".contains("accent"))
        }
        do {
            _ = try Theme.parse("accent = [", name: "t", file: "bad.toml")
            Issue.record("bad TOML must be refused")
        } catch {
            #expect("\(error)".contains("bad.toml"))
            #expect("\(error)".contains("line"))
        }
    }

    @Test func coloursDownMapToWhatTheTerminalHas() {
        #expect(ThemeColor.rgb(255, 0, 0).paletteIndex(colors: 256) == 196)
        #expect(ThemeColor.rgb(255, 0, 0).paletteIndex(colors: 8) == 1)
        #expect(ThemeColor.index(196).paletteIndex(colors: 16) == 9)
        #expect(ThemeColor.terminalDefault.paletteIndex(colors: 256) == -1)
    }
}
