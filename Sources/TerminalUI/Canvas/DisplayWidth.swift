/// How many terminal cells text occupies, per grapheme cluster.
///
/// The rules follow wcwidth / Rust's unicode-width:
/// - East Asian Wide and Fullwidth characters (CJK ideographs, Hangul syllables, kana, fullwidth forms) take 2.
/// - Emoji with default emoji presentation take 2, and so does any cluster that asks for emoji
///   presentation: an emoji followed by U+FE0F (`❤️`), a skin-tone modified emoji, a ZWJ sequence
///   (`👨‍👩‍👧`), a keycap, a flag (a pair of regional indicators, `🇯🇵`).
/// - Combining marks, zero-width joiners and spaces, variation selectors and other format characters add
///   nothing: a cluster is as wide as its base.
/// - Controls take 0 (the canvas never sees them: `TextSanitizer` replaces them first).
/// - Everything else takes 1.
///
/// ASCII and Latin text is answered without a table lookup; other scalars use one binary search over a
/// short table of wide ranges, plus the standard library's emoji and category properties for the few blocks
/// where those decide.
public enum DisplayWidth {
    /// The number of cells one grapheme cluster occupies: 0, 1 or 2.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        guard let second = iterator.next() else { return scalarWidth(first) }
        if isRegionalIndicator(first.value) && isRegionalIndicator(second.value) { return 2 }
        var width = scalarWidth(first)
        var base = first
        if width == 0 {
            // A cluster can start with a zero-width scalar (a prepended mark, a stray joiner): its width is
            // that of the first scalar that has one.
            for scalar in scalars.dropFirst() {
                let w = scalarWidth(scalar)
                if w > 0 { width = w; base = scalar; break }
            }
        }
        if width == 2 { return 2 }
        // A narrow base becomes an emoji when the cluster asks for emoji presentation.
        for scalar in scalars.dropFirst() {
            switch scalar.value {
            case 0xFE0F, 0x20E3:
                if base.properties.isEmoji { return 2 }
            case 0x1F3FB...0x1F3FF:
                if base.properties.isEmojiModifierBase { return 2 }
            case 0x200D:
                if base.value > 0x7F && base.properties.isEmoji { return 2 }
            default:
                break
            }
        }
        return width
    }

    /// The number of cells a string occupies: the sum of its clusters' widths.
    public static func of(_ s: String) -> Int {
        var asciiCount = 0
        var isPrintableASCII = true
        for byte in s.utf8 {
            if byte < 0x20 || byte >= 0x7F { isPrintableASCII = false; break }
            asciiCount += 1
        }
        if isPrintableASCII { return asciiCount }
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    /// The longest prefix of `s` that fits in `width` cells, ending in `ellipsis` when anything was cut.
    ///
    /// A cluster is never split. A string that already fits is returned unchanged. When `width` is
    /// narrower than the ellipsis itself, as much of the ellipsis as fits is returned.
    public static func truncate(_ s: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let ellipsisWidth = of(ellipsis)
        guard ellipsisWidth <= width else { return truncate(ellipsis, to: width, ellipsis: "") }
        let keepLimit = width - ellipsisWidth
        var used = 0
        var keepEnd = s.startIndex      // end of the prefix that fits beside the ellipsis
        var index = s.startIndex
        while index < s.endIndex {
            let c = s[index]
            let w = of(c)
            if used + w > width {
                return String(s[..<keepEnd]) + ellipsis
            }
            used += w
            index = s.index(after: index)
            if used <= keepLimit { keepEnd = index }
        }
        return s
    }

    /// `s` padded with spaces to `width` cells: on the right (left-aligned text) or, with `alignRight`, on
    /// the left. A string already `width` cells or wider is returned unchanged; `truncate` it first.
    public static func pad(_ s: String, to width: Int, alignRight: Bool = false) -> String {
        let current = of(s)
        guard current < width else { return s }
        let padding = String(repeating: " ", count: width - current)
        return alignRight ? padding + s : s + padding
    }

    // MARK: - Scalars

    /// The width of one scalar on its own.
    static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }                  // DEL and C1 controls
        if v < 0x300 { return 1 }                 // Latin-1 and Latin Extended: no marks, nothing wide
        if v >= 0x1160 && v <= 0x11FF { return 0 }  // Hangul medial vowels and final consonants join the syllable
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        case .control, .lineSeparator, .paragraphSeparator, .surrogate:
            return 0
        default:
            break
        }
        if v == 0x200B { return 0 }
        if v < 0x1100 { return 1 }
        if isWide(v) { return 2 }
        // Emoji with default emoji presentation are wide, except lone regional indicators (they pair up
        // into flags; a single one is narrow, as East Asian Width says).
        if (v >= 0x2300 && v < 0x2C00) || (v >= 0x1F000 && v < 0x1FB00) {
            if !isRegionalIndicator(v) && scalar.properties.isEmojiPresentation { return 2 }
        }
        return 1
    }

    static func isRegionalIndicator(_ v: UInt32) -> Bool { v >= 0x1F1E6 && v <= 0x1F1FF }

    /// Whether `v` falls in one of the East Asian Wide or Fullwidth ranges.
    static func isWide(_ v: UInt32) -> Bool {
        let table = wideRanges
        if v < table[0].lower || v > table[table.count - 1].upper { return false }
        var low = 0
        var high = table.count - 1
        while low <= high {
            let mid = (low + high) >> 1
            let range = table[mid]
            if v < range.lower { high = mid - 1 } else if v > range.upper { low = mid + 1 } else { return true }
        }
        return false
    }

    /// East Asian Width W and F ranges, sorted, excluding emoji (decided by `isEmojiPresentation`).
    /// Marks inside these ranges (e.g. the kana voicing marks U+3099–U+309A) are caught earlier as
    /// zero-width by their general category.
    private static let wideRanges: [(lower: UInt32, upper: UInt32)] = [
        (0x1100, 0x115F),   // Hangul Jamo initial consonants
        (0x2329, 0x232A),   // angle brackets
        (0x2E80, 0x2E99), (0x2E9B, 0x2EF3),   // CJK radicals supplement
        (0x2F00, 0x2FD5),   // Kangxi radicals
        (0x2FF0, 0x2FFF),   // ideographic description characters
        (0x3000, 0x303E),   // CJK symbols and punctuation (ideographic space is Fullwidth)
        (0x3041, 0x3096), (0x3099, 0x30FF),   // Hiragana, Katakana
        (0x3105, 0x312F), (0x3131, 0x318E), (0x3190, 0x31E5), (0x31EF, 0x321E), (0x3220, 0x3247),
        (0x3250, 0xA48C),   // enclosed CJK, compatibility, CJK ext A, Yijing, unified ideographs, Yi syllables
        (0xA490, 0xA4C6),   // Yi radicals
        (0xA960, 0xA97C),   // Hangul Jamo extended-A
        (0xAC00, 0xD7A3),   // Hangul syllables
        (0xF900, 0xFAFF),   // CJK compatibility ideographs
        (0xFE10, 0xFE19),   // vertical forms
        (0xFE30, 0xFE52), (0xFE54, 0xFE66), (0xFE68, 0xFE6B),   // CJK compatibility and small form variants
        (0xFF01, 0xFF60),   // fullwidth forms
        (0xFFE0, 0xFFE6),   // fullwidth signs
        (0x16FE0, 0x16FE4), (0x16FF0, 0x16FF1),
        (0x17000, 0x187F7), (0x18800, 0x18CD5), (0x18D00, 0x18D08),   // Tangut, Khitan
        (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE),
        (0x1B000, 0x1B122), (0x1B132, 0x1B132), (0x1B150, 0x1B152), (0x1B155, 0x1B155),
        (0x1B164, 0x1B167), (0x1B170, 0x1B2FB),   // kana supplement and extensions, Nushu
        (0x1F200, 0x1F202), (0x1F210, 0x1F23B), (0x1F240, 0x1F248), (0x1F250, 0x1F251),
        (0x1F260, 0x1F265),   // enclosed ideographic supplement
        (0x20000, 0x2FFFD),   // CJK extensions B–F, compatibility supplement
        (0x30000, 0x3FFFD),   // CJK extensions G–H
    ]
}
