import Testing
@testable import TerminalUI

/// Scalars a terminal would act on: C0 controls, DEL and C1 controls.
func hasTerminalControl(_ s: String) -> Bool {
    s.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
}

@Suite("TextSanitizer")
struct TextSanitizerTests {
    @Test("Clean text comes back unchanged and is reported as not needing work")
    func cleanTextIsUntouched() {
        for s in ["hello", "日本語", "👨‍👩‍👧 family", "e\u{301}", "🇯🇵", "❤️", "نیم\u{200C}فاصله", ""] {
            #expect(TextSanitizer.sanitize(s) == s)
            #expect(!TextSanitizer.needsSanitising(s))
        }
    }

    @Test("OSC 52 clipboard write becomes a visible placeholder")
    func osc52() {
        let out = TextSanitizer.sanitize("\u{1B}]52;c;SGVsbG8=\u{07}")
        #expect(!hasTerminalControl(out))
        #expect(out == "␛]…")
        #expect(!out.contains("SGVsbG8="))
    }

    @Test("OSC 0 window title change becomes a visible placeholder, surrounding text kept")
    func oscTitle() {
        let out = TextSanitizer.sanitize("a\u{1B}]0;pwned\u{07}b")
        #expect(!hasTerminalControl(out))
        #expect(out == "a␛]…b")
        let st = TextSanitizer.sanitize("a\u{1B}]0;pwned\u{1B}\\b")
        #expect(st == "a␛]…b")
    }

    @Test("SGR colour sequences are replaced, the text between them kept")
    func csi() {
        let out = TextSanitizer.sanitize("\u{1B}[31mred\u{1B}[0m")
        #expect(!hasTerminalControl(out))
        #expect(out == "␛[…red␛[…")
        #expect(TextSanitizer.sanitize("\u{1B}[2J\u{1B}[1;1Hx") == "␛[…␛[…x")
    }

    @Test("DCS, APC, PM, SOS strings are swallowed up to the string terminator")
    func controlStrings() {
        #expect(TextSanitizer.sanitize("\u{1B}Pq#0;2;0;0;0\u{1B}\\after") == "␛P…after")
        #expect(TextSanitizer.sanitize("\u{1B}_Gf=100;AAAA\u{1B}\\x") == "␛_…x")
        #expect(TextSanitizer.sanitize("\u{1B}^secret\u{1B}\\x") == "␛^…x")
        #expect(TextSanitizer.sanitize("\u{1B}Xsos\u{9C}x") == "␛X…x")
    }

    @Test("Two-character escape sequences and a lone ESC leave a trace")
    func shortEscapes() {
        #expect(TextSanitizer.sanitize("\u{1B}c") == "␛c")
        #expect(TextSanitizer.sanitize("\u{1B}(B") == "␛(B")
        #expect(TextSanitizer.sanitize("end\u{1B}") == "end␛")
    }

    @Test("Unterminated sequences cannot leak their body")
    func unterminated() {
        #expect(TextSanitizer.sanitize("\u{1B}]52;c;AAAA") == "␛]…")
        #expect(TextSanitizer.sanitize("\u{1B}[31") == "␛[…")
    }

    @Test("C0 controls become control pictures; TAB a space, newline ↵, DEL ␡")
    func c0() {
        #expect(TextSanitizer.sanitize("a\u{0}b") == "a␀b")
        #expect(TextSanitizer.sanitize("a\u{7}b") == "a␇b")
        #expect(TextSanitizer.sanitize("a\tb") == "a b")
        #expect(TextSanitizer.sanitize("a\nb") == "a↵b")
        #expect(TextSanitizer.sanitize("a\r\nb") == "a↵b")
        #expect(TextSanitizer.sanitize("a\rb") == "a↵b")
        #expect(TextSanitizer.sanitize("a\u{8}b") == "a␈b")
        #expect(TextSanitizer.sanitize("a\u{7F}b") == "a␡b")
    }

    @Test("C1 controls, including 8-bit CSI, are replaced")
    func c1() {
        let out = TextSanitizer.sanitize("a\u{9B}31mb")
        #expect(!hasTerminalControl(out))
        #expect(out == "a␛[…b")
        #expect(TextSanitizer.sanitize("a\u{85}b") == "a�b")
        #expect(TextSanitizer.sanitize("\u{9D}0;t\u{9C}x") == "␛]…x")
    }

    @Test("Bidi overrides, isolates and marks are made visible")
    func bidi() {
        let out = TextSanitizer.sanitize("invoice\u{202E}fdp.exe")
        #expect(out == "invoice�fdp.exe")
        #expect(!out.unicodeScalars.contains("\u{202E}"))
        for scalar in ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{2066}", "\u{2067}", "\u{2068}",
                       "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}"] {
            #expect(TextSanitizer.sanitize("x\(scalar)y") == "x�y")
        }
    }

    @Test("Invisible characters are made visible; soft hyphen becomes '-'")
    func invisibles() {
        #expect(TextSanitizer.sanitize("ad\u{200B}min") == "ad�min")
        #expect(TextSanitizer.sanitize("\u{FEFF}bom") == "�bom")
        #expect(TextSanitizer.sanitize("x\u{2060}y") == "x�y")
        #expect(TextSanitizer.sanitize("co\u{AD}operate") == "co-operate")
        #expect(TextSanitizer.sanitize("a\u{200D}b") == "a�b")          // a joiner between letters
        #expect(TextSanitizer.sanitize("ad\u{200C}min") == "ad�min")      // a non-joiner in Latin text
        #expect(TextSanitizer.sanitize("x\u{E0041}\u{E0042}") == "x��")  // ASCII smuggled in tag characters
    }

    @Test("Emoji ZWJ and tag sequences are kept whole")
    func emojiSequencesKept() {
        for s in ["👨‍👩‍👧", "🏳️‍🌈", "👩🏽‍💻", "🏴󠁧󠁢󠁥󠁮󠁧󠁿"] {
            #expect(TextSanitizer.sanitize(s) == s)
        }
    }

    @Test("Every hostile string sanitises to text without terminal controls", arguments: hostileStrings)
    func hostileStringsAreSafe(_ s: String) {
        let out = TextSanitizer.sanitize(s)
        #expect(!hasTerminalControl(out))
        #expect(!out.isEmpty)
        #expect(!TextSanitizer.needsSanitising(out))
    }
}

/// Strings an attacker could put in a record title or a file name.
let hostileStrings: [String] = [
    "\u{1B}]52;c;SGVsbG8=\u{07}",
    "\u{1B}]0;pwned\u{07}",
    "\u{1B}[31mred\u{1B}[0m",
    "\u{202E}txt.exe",
    "nul\u{0}byte",
    "\u{9B}2J",
    "\u{1B}P1$r\u{1B}\\",
    "\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\",
    "\u{1B}",
    "\u{1B}\u{1B}[",
    "\u{7}\u{8}\u{7F}\u{85}\u{9F}",
    "tab\there\r\nnext",
]
