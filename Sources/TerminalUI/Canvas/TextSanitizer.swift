/// Makes any string safe to draw: nothing in it can move the cursor, change the terminal's state, write
/// the clipboard, retitle the window or reorder the text, and everything removed leaves a visible trace.
///
/// `Canvas.put` runs every string through `sanitize`, so it is the single place that keeps control
/// sequences from API data (a record title, a file name, a JSON value) away from the terminal.
///
/// Replacements (each placeholder is one cell wide per character):
///
/// | input | shown as |
/// |---|---|
/// | CSI `ESC [ params final` (also 8-bit U+009B) | `␛[…` |
/// | OSC `ESC ] … BEL or ST`, e.g. OSC 52 (clipboard), OSC 0 (title) (also U+009D) | `␛]…` |
/// | DCS `ESC P`, SOS `ESC X`, PM `ESC ^`, APC `ESC _` … up to ST or BEL (also U+0090, U+0098, U+009E, U+009F) | `␛P…`, `␛X…`, `␛^…`, `␛_…` |
/// | other escape sequences `ESC intermediates final` (e.g. `ESC c`, `ESC ( B`) | `␛` + the same printable characters |
/// | a lone ESC (at the end, or before a non-ASCII or control character) | `␛` |
/// | TAB | one space |
/// | LF, CR LF, U+2028, U+2029 | `↵` |
/// | other C0 controls U+0000–U+001F | their control picture, U+2400 + code (`␀`, `␍`, `␇` …) |
/// | DEL U+007F | `␡` |
/// | other C1 controls U+0080–U+009F | `�` |
/// | bidi embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) | `�` |
/// | invisible characters: U+200B, U+2060–U+2064, U+206A–U+206F, U+FEFF, U+FFF9–U+FFFB, U+180E, Hangul fillers U+115F, U+1160, U+3164, U+FFA0, language tag U+E0001 | `�` |
/// | soft hyphen U+00AD | `-` |
/// | U+200D (zero-width joiner) except between two emoji | `�` |
/// | U+200C (zero-width non-joiner) except between two letters of a non-Latin script (Persian, Indic) | `�` |
/// | tag characters U+E0020–U+E007F except in an emoji tag sequence (a subdivision flag after U+1F3F4) | `�` |
/// | variation selectors U+E0100–U+E01EF except right after a CJK ideograph | `�` |
///
/// A string that needs none of this is returned as is, without allocating.
public enum TextSanitizer {
    /// `s` made safe to draw, per the table above; `s` itself when nothing needs replacing.
    public static func sanitize(_ s: String) -> String {
        guard let firstBad = firstUnsafeIndex(in: s) else { return s }
        let scalars = s.unicodeScalars
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[..<firstBad])
        var index = firstBad
        var previous: Unicode.Scalar? = index > scalars.startIndex ? scalars[scalars.index(before: index)] : nil
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let following: Unicode.Scalar? = next < scalars.endIndex ? scalars[next] : nil
            guard isUnsafe(scalar, previous: previous, next: following) else {
                out.append(scalar)
                previous = scalar
                index = next
                continue
            }
            index = replace(scalar, at: index, in: scalars, into: &out)
            previous = out.last
        }
        return String(out)
    }

    /// Whether `sanitize` would change `s`.
    public static func needsSanitising(_ s: String) -> Bool {
        firstUnsafeIndex(in: s) != nil
    }

    // MARK: - Detection

    private static func firstUnsafeIndex(in s: String) -> String.UnicodeScalarView.Index? {
        // Fast path over UTF-8: every scalar this type replaces is a byte below 0x20, DEL, or starts with
        // one of a few lead bytes (C2: C1 controls and U+00AD; D8: U+061C; E1, E2, E3, EF: the invisible
        // and bidi characters; F3: tag characters and variation selectors). Text without those bytes
        // (ASCII, most Latin, CJK, emoji) is safe without decoding a scalar.
        var string = s
        let mayNeedWork = string.withUTF8 { containsCandidateByte($0) }
        if !mayNeedWork { return nil }
        let scalars = s.unicodeScalars
        var previous: Unicode.Scalar?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar.value >= 0x20 && scalar.value < 0x7F {
                previous = scalar
                index = next
                continue
            }
            let following: Unicode.Scalar? = next < scalars.endIndex ? scalars[next] : nil
            if isUnsafe(scalar, previous: previous, next: following) { return index }
            previous = scalar
            index = next
        }
        return nil
    }

    private static func containsCandidateByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var p = bytes.baseAddress else { return false }
        let end = p + bytes.count
        let mask = candidateLeadMask
        while p < end {
            let byte = p.pointee
            if byte < 0x20 || byte == 0x7F || (byte >= 0xC0 && mask & (1 << UInt64(byte - 0xC0)) != 0) {
                return true
            }
            p += 1
        }
        return false
    }

    /// Bit `b - 0xC0` is set for each lead byte `b` that may start a scalar needing replacement:
    /// 0xC2, 0xD8, 0xE1, 0xE2, 0xE3, 0xEF, 0xF3.
    private static let candidateLeadMask: UInt64 =
        1 << (0xC2 - 0xC0) | 1 << (0xD8 - 0xC0) | 1 << (0xE1 - 0xC0) | 1 << (0xE2 - 0xC0)
        | 1 << (0xE3 - 0xC0) | 1 << (0xEF - 0xC0) | 1 << (0xF3 - 0xC0)

    /// Whether one scalar must be replaced, given its neighbours (which decide for joiners and tags).
    private static func isUnsafe(_ scalar: Unicode.Scalar, previous: Unicode.Scalar?, next: Unicode.Scalar?) -> Bool {
        let v = scalar.value
        switch v {
        case 0x20..<0x7F:
            return false
        case 0x00..<0x20, 0x7F...0x9F, 0xAD:
            return true
        case 0x061C, 0x115F, 0x1160, 0x180E, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029,
             0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0x3164, 0xFEFF, 0xFFA0, 0xFFF9...0xFFFB, 0xE0001:
            return true
        case 0x200D:
            guard let previous, let next else { return true }
            return !(isEmojiLike(previous) && isEmojiLike(next))
        case 0x200C:
            guard let previous, let next else { return true }
            return !(isScriptLetter(previous) && isScriptLetter(next))
        case 0xE0020...0xE007F:
            guard let previous else { return true }
            return !(previous.value == 0x1F3F4 || (0xE0020...0xE007F).contains(previous.value))
        case 0xE0100...0xE01EF:
            guard let previous else { return true }
            return !isIdeograph(previous.value)
        default:
            return false
        }
    }

    /// An emoji scalar, or a piece that ends one inside a ZWJ sequence (U+FE0F, a skin-tone modifier).
    private static func isEmojiLike(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0xA9 { return false }   // digits, '#' and '*' have the Emoji property but don't join
        if v == 0xFE0F || (0x1F3FB...0x1F3FF).contains(v) { return true }
        return scalar.properties.isEmoji
    }

    /// A letter or mark of a script that uses U+200C for shaping (Arabic, Persian, Indic, …).
    /// Never a scalar that is itself replaced (so sanitising twice changes nothing).
    private static func isScriptLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x0600, !isUnsafe(scalar, previous: nil, next: nil) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .spacingMark
            || scalar.properties.generalCategory == .nonspacingMark
    }

    private static func isIdeograph(_ v: UInt32) -> Bool {
        (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    // MARK: - Replacement

    private static let escapePicture: Unicode.Scalar = "\u{241B}"   // ␛
    private static let replacement: Unicode.Scalar = "\u{FFFD}"     // �
    private static let newline: Unicode.Scalar = "\u{21B5}"         // ↵
    private static let ellipsis: Unicode.Scalar = "\u{2026}"        // …

    /// Appends the placeholder for the unsafe scalar at `index` (and the sequence it starts) to `out`;
    /// returns the index just past everything consumed.
    private static func replace(_ scalar: Unicode.Scalar, at index: String.UnicodeScalarView.Index,
                                in scalars: String.UnicodeScalarView,
                                into out: inout String.UnicodeScalarView) -> String.UnicodeScalarView.Index {
        let next = scalars.index(after: index)
        switch scalar.value {
        case 0x1B:
            return replaceEscape(after: next, in: scalars, into: &out)
        case 0x9B:   // 8-bit CSI
            out.append(escapePicture); out.append("["); out.append(ellipsis)
            return skipControlSequence(from: next, in: scalars)
        case 0x9D, 0x90, 0x98, 0x9E, 0x9F:   // 8-bit OSC, DCS, SOS, PM, APC
            let introducer: Unicode.Scalar = switch scalar.value {
            case 0x9D: "]"
            case 0x90: "P"
            case 0x98: "X"
            case 0x9E: "^"
            default: "_"
            }
            out.append(escapePicture); out.append(introducer); out.append(ellipsis)
            return skipControlString(from: next, in: scalars)
        case 0x09:
            out.append(" ")
        case 0x0A, 0x2028, 0x2029:
            out.append(newline)
        case 0x0D:
            out.append(newline)
            if next < scalars.endIndex, scalars[next] == "\n" { return scalars.index(after: next) }
        case 0x00..<0x20:
            out.append(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F:
            out.append("\u{2421}")   // ␡
        case 0xAD:
            out.append("-")
        default:
            out.append(replacement)
        }
        return next
    }

    /// Replaces the escape sequence whose ESC has just been read; `index` is the scalar after the ESC.
    private static func replaceEscape(after index: String.UnicodeScalarView.Index,
                                      in scalars: String.UnicodeScalarView,
                                      into out: inout String.UnicodeScalarView) -> String.UnicodeScalarView.Index {
        out.append(escapePicture)
        guard index < scalars.endIndex else { return index }
        let introducer = scalars[index]
        let afterIntroducer = scalars.index(after: index)
        switch introducer {
        case "[":
            out.append("["); out.append(ellipsis)
            return skipControlSequence(from: afterIntroducer, in: scalars)
        case "]", "P", "X", "^", "_":
            out.append(introducer); out.append(ellipsis)
            return skipControlString(from: afterIntroducer, in: scalars)
        default:
            // ESC intermediates* final: show the printable characters after the picture.
            var cursor = index
            while cursor < scalars.endIndex, (0x20...0x2F).contains(scalars[cursor].value) {
                out.append(scalars[cursor])
                cursor = scalars.index(after: cursor)
            }
            if cursor < scalars.endIndex, (0x30...0x7E).contains(scalars[cursor].value) {
                out.append(scalars[cursor])
                cursor = scalars.index(after: cursor)
            }
            return cursor
        }
    }

    /// Skips a CSI's parameter and intermediate bytes and its final byte. Anything else ends it early
    /// (as a terminal would abort it) and is then sanitised on its own.
    private static func skipControlSequence(from index: String.UnicodeScalarView.Index,
                                            in scalars: String.UnicodeScalarView) -> String.UnicodeScalarView.Index {
        var cursor = index
        while cursor < scalars.endIndex {
            let v = scalars[cursor].value
            if (0x20...0x3F).contains(v) {
                cursor = scalars.index(after: cursor)
            } else if (0x40...0x7E).contains(v) {
                return scalars.index(after: cursor)
            } else {
                return cursor
            }
        }
        return cursor
    }

    /// Skips the body of an OSC, DCS, SOS, PM or APC string and its terminator (BEL, `ESC \` or U+009C).
    /// Another ESC or a C0/C1 control ends the string without being consumed; an unterminated string runs
    /// to the end of the text, as it would in a terminal.
    private static func skipControlString(from index: String.UnicodeScalarView.Index,
                                          in scalars: String.UnicodeScalarView) -> String.UnicodeScalarView.Index {
        var cursor = index
        while cursor < scalars.endIndex {
            let v = scalars[cursor].value
            let next = scalars.index(after: cursor)
            switch v {
            case 0x07, 0x9C:
                return next
            case 0x1B:
                if next < scalars.endIndex, scalars[next] == "\\" { return scalars.index(after: next) }
                return cursor
            case 0x00..<0x20, 0x7F...0x9F:
                return cursor
            default:
                cursor = next
            }
        }
        return cursor
    }
}
