import Testing
@testable import TerminalUI

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test("ASCII and Latin letters take one cell each")
    func asciiIsOneCellPerCharacter() {
        #expect(DisplayWidth.of("hello") == 5)
        #expect(DisplayWidth.of("Ünïcödé") == 7)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test("CJK, kana, Hangul and fullwidth forms take two cells", arguments: ["日", "本", "語", "カ", "ひ", "한", "Ａ", "　"])
    func eastAsianWideIsTwoCells(_ s: String) {
        #expect(DisplayWidth.of(Character(s)) == 2)
    }

    @Test("Emoji clusters take two cells", arguments: [
        "👍", "👍🏽", "👨‍👩‍👧", "🇯🇵", "❤️", "🏳️‍🌈", "1️⃣", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "⌚",
    ])
    func emojiIsTwoCells(_ s: String) {
        #expect(s.count == 1)
        #expect(DisplayWidth.of(Character(s)) == 2)
    }

    @Test("Text-presentation symbols stay one cell")
    func textPresentationSymbolsAreNarrow() {
        #expect(DisplayWidth.of(Character("❤")) == 1)     // U+2764 without FE0F
        #expect(DisplayWidth.of(Character("©")) == 1)
        #expect(DisplayWidth.of(Character("─")) == 1)
        #expect(DisplayWidth.of(Character("…")) == 1)
        #expect(DisplayWidth.of(Character("\u{1F1EF}")) == 1)   // a lone regional indicator
    }

    @Test("Combining marks add nothing; a cluster is as wide as its base")
    func combiningMarksAreZeroWidth() {
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of("e\u{301}te\u{301}") == 3)
        #expect(DisplayWidth.of(Character("日\u{301}")) == 2)
        #expect(DisplayWidth.scalarWidth("\u{301}") == 0)
        #expect(DisplayWidth.scalarWidth("\u{200B}") == 0)
        #expect(DisplayWidth.scalarWidth("\u{FE0F}") == 0)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
    }

    @Test("Controls are zero width")
    func controlsAreZeroWidth() {
        #expect(DisplayWidth.scalarWidth("\u{1B}") == 0)
        #expect(DisplayWidth.scalarWidth("\u{9B}") == 0)
        #expect(DisplayWidth.scalarWidth("\u{7F}") == 0)
    }

    @Test("Mixed strings sum their clusters")
    func mixedStringWidth() {
        #expect(DisplayWidth.of("a日b👍c") == 7)
        #expect(DisplayWidth.of("RFI #12 — 日本語") == 16)
    }

    @Test("truncate keeps what fits and ends with an ellipsis, never splitting a cluster")
    func truncate() {
        #expect(DisplayWidth.truncate("hello", to: 10) == "hello")
        #expect(DisplayWidth.truncate("hello", to: 5) == "hello")
        #expect(DisplayWidth.truncate("hello world", to: 6) == "hello…")
        #expect(DisplayWidth.truncate("日本語", to: 4) == "日…")     // 日 (2) + … (1) = 3; 本 would make 5
        #expect(DisplayWidth.truncate("日本語", to: 5) == "日本…")
        #expect(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
        #expect(DisplayWidth.truncate("hello", to: 0) == "")
        #expect(DisplayWidth.truncate("hello", to: 1) == "…")
        #expect(DisplayWidth.truncate("hello world", to: 7, ellipsis: "...") == "hell...")
    }

    @Test("pad fills to the width on the chosen side")
    func pad() {
        #expect(DisplayWidth.pad("ab", to: 5) == "ab   ")
        #expect(DisplayWidth.pad("ab", to: 5, alignRight: true) == "   ab")
        #expect(DisplayWidth.pad("日本", to: 5) == "日本 ")
        #expect(DisplayWidth.pad("toolong", to: 3) == "toolong")
    }
}
