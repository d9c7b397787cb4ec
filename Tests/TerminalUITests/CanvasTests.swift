import Foundation
import Testing
@testable import TerminalUI

@Suite("Canvas text")
struct CanvasTextTests {
    @Test("Plain text lands at its position and returns the cells used")
    func putPlainText() {
        var canvas = Canvas(width: 10, height: 2)
        let used = canvas.put("hello", x: 2, y: 1, style: .plain)
        #expect(used == 5)
        #expect(canvas.lines() == ["          ", "  hello   "])
        #expect(canvas[2, 1].text == "h")
        #expect(canvas[6, 1].text == "o")
    }

    @Test("A rectangle copied from another frame replaces exactly those cells")
    func copyRectangle() {
        var old = Canvas(width: 10, height: 4)
        for y in 0..<4 { old.put("abcdefghij", x: 0, y: y, style: .plain) }
        var new = Canvas(width: 10, height: 4)
        new.copy(Rect(x: 3, y: 1, width: 4, height: 2), from: old)
        #expect(new.lines() == ["          ", "   defg   ", "   defg   ", "          "])
        new.copy(Rect(x: 8, y: 3, width: 5, height: 5), from: old)  // clipped to the canvas
        #expect(new.lines()[3].hasSuffix("ij"))
        new.copy(Rect(x: 0, y: 0, width: 10, height: 4), from: Canvas(width: 3, height: 3))  // another size: ignored
        #expect(new.lines()[1].contains("defg"))
    }

    @Test("Text is clipped at the right edge without truncation")
    func clipsAtRightEdge() {
        var canvas = Canvas(width: 6, height: 1)
        let used = canvas.put("abcdefgh", x: 2, y: 0, style: .plain, truncation: false)
        #expect(used == 4)
        #expect(canvas.lines() == ["  abcd"])
    }

    @Test("Text that does not fit ends in an ellipsis in the last visible cell")
    func truncatesWithEllipsis() {
        var canvas = Canvas(width: 10, height: 2)
        canvas.put("abcdefgh", x: 4, y: 0, style: .plain)
        canvas.put("Submittal 12 attachment", x: 0, y: 1, style: .plain, maxWidth: 8)
        #expect(canvas.lines() == ["    abcde…", "Submitt…  "])
    }

    @Test("Text that fits exactly is not truncated")
    func exactFitHasNoEllipsis() {
        var canvas = Canvas(width: 5, height: 1)
        #expect(canvas.put("abcde", x: 0, y: 0, style: .plain) == 5)
        #expect(canvas.lines() == ["abcde"])
    }

    @Test("CJK characters take two cells each")
    func cjkTakesTwoCells() {
        var canvas = Canvas(width: 8, height: 1)
        let used = canvas.put("日本語", x: 1, y: 0, style: .plain)
        #expect(used == 6)
        #expect(canvas.lines() == [" 日本語 "])
        #expect(canvas[1, 0] == Cell(text: "日", width: 2, style: .plain))
        #expect(canvas[2, 0] == Cell(text: "", width: 0, style: .plain))
        #expect(canvas[3, 0].text == "本")
        #expect(canvas[7, 0] == .blank)
    }

    @Test("CJK truncation never splits a character")
    func cjkTruncation() {
        var canvas = Canvas(width: 6, height: 1)
        let used = canvas.put("日本語テキスト", x: 0, y: 0, style: .plain)
        #expect(canvas.lines() == ["日本… "])
        #expect(used == 5)
    }

    @Test("Emoji clusters take two cells and stay one cell's text", arguments: ["👍", "👨‍👩‍👧", "🇯🇵", "❤️"])
    func emojiTakesTwoCells(_ emoji: String) {
        var canvas = Canvas(width: 6, height: 1)
        let used = canvas.put("[\(emoji)]", x: 0, y: 0, style: .plain)
        #expect(used == 4)
        #expect(canvas[1, 0].text == emoji)
        #expect(canvas[1, 0].width == 2)
        #expect(canvas[2, 0].width == 0)
        #expect(canvas[3, 0].text == "]")
        #expect(canvas.lines() == ["[\(emoji)]  "])
    }

    @Test("A combining sequence is one cell")
    func combiningMarkIsOneCell() {
        var canvas = Canvas(width: 6, height: 1)
        let used = canvas.put("caf\u{65}\u{301}!", x: 0, y: 0, style: .plain)
        #expect(used == 5)
        #expect(canvas[3, 0].text == "e\u{301}")
        #expect(canvas[4, 0].text == "!")
    }

    @Test("A lone combining mark is drawn on a dotted circle so it cannot join the previous cell")
    func loneCombiningMark() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("a", x: 0, y: 0, style: .plain)
        canvas.put("\u{301}", x: 1, y: 0, style: .plain)
        #expect(canvas[0, 0].text == "a")
        #expect(canvas[1, 0].text == "◌\u{301}")
    }

    @Test("A wide character at the last column becomes a space, never half a character")
    func wideCharacterAtLastColumn() {
        var canvas = Canvas(width: 5, height: 2)
        let used = canvas.put("abcd日", x: 0, y: 0, style: .plain, truncation: false)
        #expect(used == 5)
        #expect(canvas.lines()[0] == "abcd ")
        #expect(canvas[4, 0].width == 1)
        // With truncation on, the same row shows that text was cut.
        canvas.put("abcd日", x: 0, y: 1, style: .plain)
        #expect(canvas.lines()[1] == "abcd…")
    }

    @Test("A wide character straddling the left edge leaves a space for its visible half")
    func wideCharacterAtLeftEdge() {
        var canvas = Canvas(width: 4, height: 1)
        let used = canvas.put("日本", x: -1, y: 0, style: .plain)
        #expect(used == 3)
        #expect(canvas.lines() == [" 本 "])
        #expect(canvas[0, 0].width == 1)
    }

    @Test("Overwriting either half of a wide character blanks the other half")
    func overwritingHalfAWideCharacter() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("日本語", x: 0, y: 0, style: .plain)
        canvas.put("x", x: 1, y: 0, style: .plain)     // second half of 日
        #expect(canvas.lines() == [" x本語"])
        canvas.put("y", x: 2, y: 0, style: .plain)     // first half of 本
        #expect(canvas.lines() == [" xy 語"])
        canvas.put("👍", x: 3, y: 0, style: .plain)    // covers the blank and the first half of 語
        #expect(canvas.lines() == [" xy👍 "])
        #expect(wideCharactersAreWhole(canvas))
    }

    @Test("Out-of-range positions draw nothing and do not crash")
    func outOfRange() {
        var canvas = Canvas(width: 3, height: 1)
        #expect(canvas.put("abc", x: 0, y: 1, style: .plain) == 0)
        #expect(canvas.put("abc", x: 0, y: -1, style: .plain) == 0)
        #expect(canvas.put("abc", x: 3, y: 0, style: .plain) == 0)
        #expect(canvas.put("abc", x: -5, y: 0, style: .plain) == 0)
        #expect(canvas.put("abc", x: 0, y: 0, style: .plain, maxWidth: 0) == 0)
        #expect(canvas.lines() == ["   "])
    }

    @Test("Styles are recorded per cell")
    func stylesPerCell() {
        var canvas = Canvas(width: 12, height: 2)
        canvas.put("ok", x: 0, y: 0, style: Style(fg: .ok))
        canvas.put("ERR", x: 3, y: 0, style: Style(fg: .error).bold())
        canvas.put("日", x: 7, y: 0, style: Style(fg: .accent))
        canvas.put("prod", x: 0, y: 1, style: Style(fg: .envProduction, .bold))
        canvas.put("sel", x: 5, y: 1, style: Style(fg: .selectionFG, bg: .selectionBG))
        canvas.put("rev", x: 9, y: 1, style: Style.plain.reversed())
        #expect(canvas.styleLines() == [
            "oo.EEE.aa...",
            "PPPP.sss.rrr",
        ])
        #expect(canvas[3, 0].style == Style(fg: .error, .bold))
    }

    @Test("A custom legend sees every cell's style")
    func customLegend() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("ab", x: 1, y: 0, style: Style(fg: .muted, .underline))
        let layer = canvas.styleLines { $0.attributes.contains(.underline) ? "_" : " " }
        #expect(layer == [" __ "])
    }
}

@Suite("Canvas drawing")
struct CanvasDrawingTests {
    @Test("A unicode box with a title")
    func unicodeBox() {
        var canvas = Canvas(width: 12, height: 4)
        canvas.box(Rect(x: 0, y: 0, width: 12, height: 4), style: Style(fg: .border), borders: .unicode,
                   title: "RFIs", titleStyle: Style(fg: .accent).bold())
        #expect(canvas.lines() == [
            "┌ RFIs ────┐",
            "│          │",
            "│          │",
            "└──────────┘",
        ])
        #expect(canvas.styleLines() == [
            "bAAAAAAbbbbb",
            "b..........b",
            "b..........b",
            "bbbbbbbbbbbb",
        ])
    }

    @Test("A title that brings its own spaces is not padded twice")
    func titleWithSpaces() {
        var a = Canvas(width: 12, height: 2)
        var b = Canvas(width: 12, height: 2)
        a.box(Rect(x: 0, y: 0, width: 12, height: 2), style: .plain, title: " RFIs ")
        b.box(Rect(x: 0, y: 0, width: 12, height: 2), style: .plain, title: "RFIs")
        #expect(a.lines() == b.lines())
        #expect(a.lines()[0] == "┌ RFIs ────┐")
    }

    @Test("An ASCII box clips a long title and keeps its corner")
    func asciiBoxClipsTitle() {
        var canvas = Canvas(width: 10, height: 3)
        canvas.box(Rect(x: 0, y: 0, width: 10, height: 3), style: .plain, borders: .ascii,
                   title: "Submittals for project 1234")
        #expect(canvas.lines() == [
            "+ Submit…+",
            "|        |",
            "+--------+",
        ])
    }

    @Test("A rounded box clipped by the canvas edge draws only what is inside")
    func boxClippedByCanvas() {
        var canvas = Canvas(width: 5, height: 3)
        canvas.box(Rect(x: 2, y: 1, width: 6, height: 4), style: .plain, borders: .rounded)
        #expect(canvas.lines() == [
            "     ",
            "  ╭──",
            "  │  ",
        ])
    }

    @Test("A box title is sanitised")
    func boxTitleIsSanitised() {
        var canvas = Canvas(width: 16, height: 2)
        canvas.box(Rect(x: 0, y: 0, width: 16, height: 2), style: .plain, title: "\u{1B}]0;x\u{07}hi")
        #expect(canvas.lines()[0] == "┌ ␛]…hi ───────┐")
    }

    @Test("Lines and tees")
    func linesAndTees() {
        var canvas = Canvas(width: 5, height: 3)
        canvas.hline(x: 0, y: 1, width: 5, style: .plain, borders: .unicode)
        canvas.vline(x: 2, y: 0, height: 3, style: .plain, borders: .unicode)
        canvas.fill(Rect(x: 2, y: 1, width: 1, height: 1), style: .plain, char: BorderSet.unicode.teeDown)
        #expect(canvas.lines() == ["  │  ", "──┬──", "  │  "])
    }

    @Test("fill paints a rectangle, clipped to the canvas")
    func fillRect() {
        var canvas = Canvas(width: 6, height: 3)
        canvas.fill(Rect(x: 4, y: 1, width: 5, height: 5), style: Style(bg: .selectionBG), char: "#")
        #expect(canvas.lines() == ["      ", "    ##", "    ##"])
        #expect(canvas.styleLines() == ["......", "....ss", "....ss"])
    }

    @Test("fill with a wide character pads an odd cell with a space")
    func fillWide() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.fill(Rect(x: 0, y: 0, width: 5, height: 1), style: .plain, char: "日")
        #expect(canvas.lines() == ["日日 "])
        #expect(wideCharactersAreWhole(canvas))
    }

    @Test("style(rect) restyles cells and keeps their text, whole wide characters included")
    func styleRect() {
        var canvas = Canvas(width: 8, height: 3)
        canvas.put("a日b", x: 0, y: 1, style: .plain)
        canvas.style(Rect(x: 0, y: 1, width: 2, height: 1)) { $0.reversed() }
        #expect(canvas.lines()[1] == "a日b    ")
        #expect(canvas.styleLines() == ["........", "rrr.....", "........"])
        canvas.style(Rect(x: 0, y: 2, width: 100, height: 1)) { _ in Style(fg: .selectionFG, bg: .selectionBG) }
        #expect(canvas.styleLines()[2] == "ssssssss")
    }

    @Test("clear and resize")
    func clearAndResize() {
        var canvas = Canvas(width: 4, height: 2)
        canvas.put("a日b", x: 0, y: 0, style: Style(fg: .accent))
        canvas.resize(width: 2, height: 3)
        #expect(canvas.lines() == ["a ", "  ", "  "])
        #expect(canvas.cells.count == 6)
        #expect(wideCharactersAreWhole(canvas))
        canvas.clear(style: Style(bg: .bg))
        #expect(canvas.lines() == ["  ", "  ", "  "])
        #expect(canvas[0, 0].style.bg == .bg)
    }

    @Test("diff names exactly the rows that changed")
    func diffRows() {
        var before = Canvas(width: 10, height: 4)
        before.put("one", x: 0, y: 0, style: .plain)
        before.put("two", x: 0, y: 1, style: .plain)
        var after = before
        #expect(after.diff(from: before) == [])
        after.put("TWO", x: 0, y: 1, style: .plain)
        after.style(Rect(x: 0, y: 3, width: 1, height: 1)) { $0.bold() }
        #expect(after.diff(from: before) == [1, 3])
        #expect(after.diff(from: Canvas(width: 9, height: 4)) == [0, 1, 2, 3])
    }
}

@Suite("Canvas safety and speed")
struct CanvasSafetyTests {
    @Test("Hostile strings leave no terminal control anywhere on the canvas", arguments: hostileStrings)
    func hostileStringsNeverReachTheCanvas(_ s: String) {
        var canvas = Canvas(width: 40, height: 3)
        canvas.put(s, x: 0, y: 0, style: .plain)
        canvas.put(s, x: 30, y: 1, style: .plain)
        canvas.box(Rect(x: 0, y: 2, width: 40, height: 1), style: .plain, title: s)
        canvas.fill(Rect(x: 0, y: 2, width: 2, height: 1), style: .plain, char: "\u{1B}")
        for line in canvas.lines() {
            #expect(!hasTerminalControl(line), "control in \(line.debugDescription)")
        }
        for cell in canvas.cells {
            #expect(!hasTerminalControl(cell.text))
        }
        // Something visible was drawn for the hostile text.
        #expect(canvas.lines()[0].trimmingCharacters(in: .whitespaces) != "")
    }

    @Test("A 100,000-character string in an 80-cell row is fast and correct")
    func hugeStringIsFast() {
        let huge = String(repeating: "abcdefghij", count: 10_000)
        let wide = String(repeating: "日本語", count: 33_334)
        var canvas = Canvas(width: 80, height: 2)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<10 {
                canvas.put(huge, x: 0, y: 0, style: .plain)
                canvas.put(wide, x: 0, y: 1, style: .plain)
            }
        }
        #expect(canvas.lines()[0] == String(huge.prefix(79)) + "…")
        #expect(canvas.lines()[1] == String(repeating: "日本語", count: 13) + "… ")
        #expect(DisplayWidth.of(canvas.lines()[1]) == 80)
        print("20 puts of 100k-character strings: \(elapsed)")
        #expect(elapsed < .milliseconds(500) * TestTime.scale, "20 puts of 100k-character strings took \(elapsed)")
    }
}

/// Every wide cell is followed by a continuation cell and every continuation cell follows a wide one.
func wideCharactersAreWhole(_ canvas: Canvas) -> Bool {
    for y in 0..<canvas.height {
        for x in 0..<canvas.width {
            let cell = canvas[x, y]
            if cell.width == 2 && (x + 1 >= canvas.width || canvas[x + 1, y].width != 0) { return false }
            if cell.width == 0 && (x == 0 || canvas[x - 1, y].width != 2) { return false }
        }
    }
    return true
}

@Suite("Canvas fuzz")
struct CanvasFuzzTests {
    /// Scalars that stress the sanitiser and the width rules together.
    static let alphabet: [Unicode.Scalar] = [
        "a", "Z", " ", "[", "]", "\\", ";", "0", "m", "P", "_",
        "\u{0}", "\u{7}", "\u{9}", "\u{A}", "\u{D}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{9C}", "\u{9D}",
        "\u{AD}", "\u{301}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{202E}", "\u{2066}", "\u{FE0F}", "\u{FEFF}",
        "日", "語", "한", "👍", "👨", "\u{1F3FD}", "\u{1F1EF}", "\u{1F1F5}", "❤", "\u{E0041}", "\u{E0100}", "é",
    ]

    @Test("Random mixes of controls, marks, wide characters and emoji keep the canvas safe and consistent")
    func randomStrings() {
        var seed: UInt64 = 0x5EED
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        var canvas = Canvas(width: 23, height: 4)
        for _ in 0..<2_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<(next() % 30) { scalars.append(Self.alphabet[next() % Self.alphabet.count]) }
            let text = String(scalars)
            let x = next() % 30 - 5
            let y = next() % 4
            let used = canvas.put(text, x: x, y: y, style: .plain, maxWidth: next() % 3 == 0 ? next() % 12 : nil,
                                  truncation: next() % 2 == 0)
            #expect(used >= 0 && used <= 23)
            #expect(!TextSanitizer.needsSanitising(TextSanitizer.sanitize(text)))
        }
        #expect(wideCharactersAreWhole(canvas))
        for line in canvas.lines() {
            #expect(!hasTerminalControl(line))
            #expect(DisplayWidth.of(line) <= 23)
        }
        for cell in canvas.cells where cell.width != 0 {
            #expect(DisplayWidth.of(cell.text) == Int(cell.width), "cell \(cell.text.debugDescription)")
        }
    }
}
