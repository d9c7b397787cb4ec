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

    /// The input `Tests/Fuzz/run theme` found: a table header `[` + U+0001 aborted the process inside
    /// TOMLKit's parser (since replaced); now it is a theme problem naming the line (docs/reliability.md).
    @Test func theFuzzedThemeThatAbortedTheParserIsAProblem() {
        let bytes: [UInt8] = [97, 99, 99, 101, 110, 116, 32, 61, 32, 34, 35, 102, 102, 48, 48, 102, 102, 34, 10, 109, 117, 116, 101, 100, 32, 61, 32, 51, 48, 48, 10, 91, 1, 0, 0, 0, 0, 0, 103, 98, 101, 110, 118, 93, 10, 112, 114, 111, 100, 117, 99, 116, 105, 111, 110, 32, 35, 61, 32, 34, 35, 48, 48, 102, 102, 248, 255, 32, 100, 101, 102, 97, 117, 255, 255, 255, 255, 255, 255, 108, 116, 32, 226, 128, 148, 32, 116, 104, 101, 32, 116, 101, 114, 109, 105, 110, 97, 108, 39, 115, 32, 111, 119, 48]
        let text = String(decoding: bytes, as: UTF8.self)
        #expect {
            _ = try Theme.parse(text, name: "fuzz", file: "fuzz.toml")
        } throws: { error in
            "\(error)".contains("line 3")
        }
        for header in ["[é]", "[[\u{FFFD}]]", "[ \u{1}x]", "[\n", "accent = [\"q\",}}}}"] {
            #expect(throws: Theme.Problem.self) { _ = try Theme.parse(header, name: "x", file: "x.toml") }
        }
        #expect {
            _ = try Theme.parse("fg = 1\naccent = [\"q\",}}}}", name: "x", file: "x.toml")
        } throws: { error in
            "\(error)" == "theme x.toml: line 2, column 15: expected a value, found '}'"
        }
    }

    @Test func aWrongColourNamesTheLineOfItsKey() {
        #expect {
            _ = try Theme.parse("# mine\nfg = 7\n\n[env]\nsandbox = \"green-ish\"\n", name: "x", file: "x.toml")
        } throws: { error in
            "\(error)" == "theme x.toml:5: env.sandbox: expected \"default\", 0-255 or \"#rrggbb\""
        }
        #expect {
            _ = try Theme.parse("fg = 7\nshiny = 1\n", name: "x", file: "x.toml")
        } throws: { error in
            "\(error)".hasPrefix("theme x.toml:2: unknown key shiny")
        }
    }
}
