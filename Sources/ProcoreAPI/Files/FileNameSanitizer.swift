/// Turns server-provided file names into names that are safe to create in a download folder.
///
/// Names come from `Content-Disposition`, `name` fields and URL paths, all controlled by whoever
/// uploaded the file; a name must never escape the target directory, hide its real extension
/// behind bidi tricks, or fail to be created on common file systems.
public enum FileNameSanitizer {
    /// The longest name, in UTF-8 bytes, most file systems accept.
    public static let maxByteCount = 255

    /// Extensions longer than this (in UTF-8 bytes, without the dot) are not treated as one.
    static let maxExtensionByteCount = 16

    /// Returns a safe single-component file name derived from `name`, or `fallback` when
    /// nothing usable is left.
    ///
    /// In order: keeps only the part after the last `/` or `\`; removes control characters
    /// (C0, DEL, C1), bidi marks, overrides and isolates, zero-width and other invisible
    /// formatting characters (ZWJ and ZWNJ are kept: emoji and several scripts need them) and
    /// line/paragraph separators; replaces `: * ? " < > |` with `_`; trims whitespace and strips
    /// leading and trailing dots (so `.`, `..` and hidden names are refused); and cuts the name to
    /// `maxByteCount` UTF-8 bytes without splitting a grapheme cluster, keeping the extension.
    /// `fallback` is returned as given.
    public static func sanitize(_ name: String, fallback: String = "download") -> String {
        var lastComponent = Substring(name)
        if let separator = name.lastIndex(where: { $0 == "/" || $0 == "\\" }) {
            lastComponent = name[name.index(after: separator)...]
        }

        var scalars = String.UnicodeScalarView()
        for scalar in lastComponent.unicodeScalars {
            if isRemoved(scalar) { continue }
            scalars.append(isReplaced(scalar) ? "_" : scalar)
        }
        let cleaned = trimDotsAndWhitespace(String(scalars))
        guard !cleaned.isEmpty else { return fallback }
        let fitted = fit(cleaned, maxBytes: maxByteCount)
        guard !fitted.isEmpty else { return fallback }
        return fitted
    }

    /// Returns `name` with ` (n)` before its extension, for picking a name that is not taken yet:
    /// `report.pdf` → `report (1).pdf`, `README` → `README (2)`.
    ///
    /// Only the last extension counts, as everywhere in this type: `archive.tar.gz` →
    /// `archive.tar (1).gz`. The result is cut to `maxByteCount` bytes, keeping the number.
    public static func numbered(_ name: String, _ n: Int) -> String {
        let (stem, fileExtension) = split(name)
        let suffix = " (\(n))" + fileExtension
        let stemBudget = maxByteCount - suffix.utf8.count
        return truncate(stem, toBytes: max(0, stemBudget)) + suffix
    }

    // MARK: - Pieces

    private static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true          // C0, DEL, C1
        case 0x00AD: return true                             // soft hyphen
        case 0x061C: return true                             // Arabic letter mark
        case 0x180E: return true                             // Mongolian vowel separator
        case 0x200B, 0x200E, 0x200F: return true             // zero-width space, LRM, RLM
        case 0x2028, 0x2029: return true                     // line / paragraph separator
        case 0x202A...0x202E: return true                    // bidi embeddings and overrides
        case 0x2060...0x2064: return true                    // word joiner, invisible operators
        case 0x2066...0x206F: return true                    // bidi isolates, deprecated format chars
        case 0xFEFF: return true                             // zero-width no-break space (BOM)
        case 0xFFF9...0xFFFB: return true                    // interlinear annotation controls
        default: return false
        }
    }

    private static func isReplaced(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": return true
        default: return false
        }
    }

    private static func trimDotsAndWhitespace(_ string: String) -> String {
        let isTrimmed: (Character) -> Bool = { $0 == "." || $0.isWhitespace }
        guard let first = string.firstIndex(where: { !isTrimmed($0) }),
              let last = string.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(string[first...last])
    }

    /// Splits at the last dot when what follows looks like an extension: 1–16 bytes, no spaces,
    /// and a non-empty stem before it. The extension includes its dot.
    static func split(_ name: String) -> (stem: String, fileExtension: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        let fileExtension = name[name.index(after: dot)...]
        guard !fileExtension.isEmpty,
              fileExtension.utf8.count <= maxExtensionByteCount,
              !fileExtension.contains(where: \.isWhitespace) else { return (name, "") }
        return (String(name[..<dot]), "." + fileExtension)
    }

    /// Cuts `name` to `maxBytes`, keeping its extension when the stem keeps at least one character.
    private static func fit(_ name: String, maxBytes: Int) -> String {
        guard name.utf8.count > maxBytes else { return name }
        let (stem, fileExtension) = split(name)
        if !fileExtension.isEmpty {
            let shortStem = trimDotsAndWhitespace(truncate(stem, toBytes: maxBytes - fileExtension.utf8.count))
            if !shortStem.isEmpty { return shortStem + fileExtension }
        }
        return trimDotsAndWhitespace(truncate(name, toBytes: maxBytes))
    }

    /// The longest prefix of whole grapheme clusters that fits in `maxBytes` UTF-8 bytes.
    private static func truncate(_ string: String, toBytes maxBytes: Int) -> String {
        var used = 0
        var end = string.startIndex
        for character in string {
            let size = character.utf8.count
            if used + size > maxBytes { break }
            used += size
            end = string.index(after: end)
        }
        return String(string[..<end])
    }
}
