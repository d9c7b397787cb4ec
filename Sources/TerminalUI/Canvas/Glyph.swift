import Foundation

/// The text of one canvas cell in eight bytes: up to three Unicode scalars stored inline (21 bits
/// each), or, for a longer cluster (a ZWJ emoji family), an id into a process-wide table of clusters.
///
/// A cell never holds a `String`, so a canvas is plain memory: allocating, copying, comparing and
/// freeing a frame needs no reference counting, and the backend reads scalars without decoding.
/// The same text always gets the same glyph, so glyphs compare as integers.
public struct Glyph: Sendable, Hashable {
    /// Inline: scalars in bits 0–20, 21–41, 42–62 (first scalar lowest, 0 = none). Interned: bit 63
    /// set, the table index below it. 0 is the empty text of a wide character's continuation cell.
    let raw: UInt64

    private static let scalarBits: UInt64 = 21
    private static let scalarMask: UInt64 = (1 << 21) - 1
    private static let internedFlag: UInt64 = 1 << 63

    /// The empty text (a continuation cell).
    public static let empty = Glyph(raw: 0)
    /// A space.
    public static let space = Glyph(scalar: 0x20)

    init(raw: UInt64) { self.raw = raw }

    /// A glyph of one scalar (`value` must be a valid, non-zero scalar value).
    init(scalar value: UInt32) { raw = UInt64(value) }

    /// The glyph of `text` (one grapheme cluster, or empty).
    public init(_ text: String) {
        var packed: UInt64 = 0
        var count: UInt64 = 0
        for scalar in text.unicodeScalars {
            if count == 3 || scalar.value == 0 {
                self = Glyph.interned(text)
                return
            }
            packed |= UInt64(scalar.value) << (count * Self.scalarBits)
            count += 1
        }
        raw = packed
    }

    /// The glyph of one grapheme cluster.
    init(_ character: Character) {
        var packed: UInt64 = 0
        var count: UInt64 = 0
        for scalar in character.unicodeScalars {
            if count == 3 || scalar.value == 0 {
                self = Glyph.interned(String(character))
                return
            }
            packed |= UInt64(scalar.value) << (count * Self.scalarBits)
            count += 1
        }
        raw = packed
    }

    /// The glyph of `prefix` followed by the scalars of `character` (a zero-width cluster on `◌`).
    init(prefix: Unicode.Scalar, _ character: Character) {
        var text = String(prefix)
        text.append(character)
        self.init(text)
    }

    /// Whether this is the empty text.
    public var isEmpty: Bool { raw == 0 }

    /// The scalar when the glyph is exactly one scalar; nil otherwise.
    public var singleScalar: UInt32? {
        raw != 0 && raw <= Self.scalarMask ? UInt32(raw) : nil
    }

    /// The scalars, in order.
    public var scalars: [Unicode.Scalar] {
        if raw & Self.internedFlag != 0 { return Array(text.unicodeScalars) }
        var result: [Unicode.Scalar] = []
        var rest = raw
        while rest != 0 {
            if let scalar = Unicode.Scalar(UInt32(rest & Self.scalarMask)) { result.append(scalar) }
            rest >>= Self.scalarBits
        }
        return result
    }

    /// Calls `body` with each scalar value in order (no allocation for an inline glyph).
    public func forEachScalar(_ body: (UInt32) -> Void) {
        if raw & Self.internedFlag != 0 {
            for scalar in text.unicodeScalars { body(scalar.value) }
            return
        }
        var rest = raw
        while rest != 0 {
            body(UInt32(rest & Self.scalarMask))
            rest >>= Self.scalarBits
        }
    }

    /// The text as a string.
    public var text: String {
        if raw & Self.internedFlag != 0 { return GlyphTable.shared.text(at: Int(raw & ~Self.internedFlag)) }
        var view = String.UnicodeScalarView()
        var rest = raw
        while rest != 0 {
            if let scalar = Unicode.Scalar(UInt32(rest & Self.scalarMask)) { view.append(scalar) }
            rest >>= Self.scalarBits
        }
        return String(view)
    }

    private static func interned(_ text: String) -> Glyph {
        Glyph(raw: internedFlag | UInt64(GlyphTable.shared.id(for: text)))
    }
}
