/// Word wrapping by display width.
public enum TextWrap {
    /// Splits text into lines of at most `width` cells, breaking at spaces when possible; honours newlines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let w = DisplayWidth.of(String(word))
                if lineWidth > 0 && lineWidth + 1 + w > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                if w > width {
                    var chunk = ""
                    var chunkWidth = 0
                    for ch in word {
                        let cw = DisplayWidth.of(ch)
                        if chunkWidth + cw > width - lineWidth - (lineWidth > 0 ? 1 : 0) && !(chunk.isEmpty && lineWidth == 0) {
                            if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                            if !chunk.isEmpty { lines.append(chunk) }
                            chunk = ""
                            chunkWidth = 0
                        }
                        chunk.append(ch)
                        chunkWidth += cw
                    }
                    if lineWidth > 0 { line += " " + chunk; lineWidth += 1 + chunkWidth } else { line = chunk; lineWidth = chunkWidth }
                    continue
                }
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                line += word
                lineWidth += w
            }
            lines.append(line)
        }
        return lines
    }
}
