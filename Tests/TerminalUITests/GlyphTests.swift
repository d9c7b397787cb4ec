import Foundation
import Testing
@testable import TerminalUI

/// The compact cell text: inline scalars or an interned cluster, always giving back the same text.
struct GlyphTests {
    @Test("A glyph gives back the text it was made from", arguments: [
        "a", " ", "~", "é", "e\u{301}", "日", "…", "┃", "\u{25CC}\u{301}", "🇯🇵", "❤️", "#\u{FE0F}\u{20E3}",
        "👨‍👩‍👧", "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", "",
    ])
    func roundTrip(_ text: String) {
        let glyph = Glyph(text)
        #expect(glyph.text == text)
        #expect(glyph.scalars == Array(text.unicodeScalars))
        var scalars: [UInt32] = []
        glyph.forEachScalar { scalars.append($0) }
        #expect(scalars == text.unicodeScalars.map(\.value))
        #expect(glyph.isEmpty == text.isEmpty)
    }

    @Test("Equal texts make equal glyphs, different texts different ones, inline or interned")
    func equality() {
        #expect(Glyph("x") == Glyph("x"))
        #expect(Glyph("👨‍👩‍👧") == Glyph("👨‍👩‍👧"))
        #expect(Glyph("👨‍👩‍👧") != Glyph("👨‍👩‍👦"))
        #expect(Glyph("e\u{301}") != Glyph("e"))
        #expect(Glyph(Character("日")) == Glyph("日"))
    }

    @Test("Only a one-scalar glyph has a single scalar")
    func singleScalar() {
        #expect(Glyph("A").singleScalar == 0x41)
        #expect(Glyph("日").singleScalar == 0x65E5)
        #expect(Glyph("e\u{301}").singleScalar == nil)
        #expect(Glyph("👨‍👩‍👧").singleScalar == nil)
        #expect(Glyph("").singleScalar == nil)
    }

    @Test("A cell is plain data of at most 16 bytes, so frames need no reference counting")
    func cellIsPlainData() {
        #expect(_isPOD(Cell.self))
        #expect(MemoryLayout<Cell>.stride <= 16)
    }

    @Test("Cell.text still reads and writes a string")
    func cellText() {
        var cell = Cell(text: "日", width: 2, style: .plain)
        #expect(cell.text == "日")
        cell.text = "👨‍👩‍👧"
        #expect(cell.text == "👨‍👩‍👧")
        #expect(cell == Cell(text: "👨‍👩‍👧", width: 2, style: .plain))
    }
}
