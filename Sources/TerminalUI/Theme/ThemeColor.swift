/// A colour as a theme names it: the terminal's own, a 256-colour index, or `#rrggbb`.
public enum ThemeColor: Sendable, Hashable {
    /// The terminal's default foreground or background.
    case terminalDefault
    /// A palette index 0...255.
    case index(Int)
    /// A true colour, down-mapped to what the terminal has.
    case rgb(UInt8, UInt8, UInt8)

    /// Parses `default`, `0`...`255`, or `#rrggbb`.
    public init?(spec: String) {
        let text = spec.trimmingCharacters(in: .whitespaces).lowercased()
        if text == "default" || text == "none" { self = .terminalDefault; return }
        if let n = Int(text), (0...255).contains(n) { self = .index(n); return }
        if text.hasPrefix("#"), text.count == 7, let value = UInt32(text.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
            return
        }
        return nil
    }

    /// The palette index to use on a terminal with `colors` colours (-1 for the default).
    public func paletteIndex(colors: Int) -> Int {
        switch self {
        case .terminalDefault: return -1
        case .index(let n):
            if n < colors { return n }
            return Self.nearestBasic(Self.rgbOf(index: n), colors: colors)
        case .rgb(let r, let g, let b):
            if colors >= 256 { return Self.cube(r, g, b) }
            return Self.nearestBasic((Int(r), Int(g), Int(b)), colors: colors)
        }
    }

    /// The nearest xterm 256-colour index of an RGB colour (6×6×6 cube or grey ramp).
    static func cube(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func level(_ v: UInt8) -> Int { v < 48 ? 0 : v < 115 ? 1 : Int((Int(v) - 35) / 40) }
        let (cr, cg, cb) = (level(r), level(g), level(b))
        let cubeIndex = 16 + 36 * cr + 6 * cg + cb
        let steps = [0, 95, 135, 175, 215, 255]
        let cubeRGB = (steps[cr], steps[cg], steps[cb])
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyLevel = average > 238 ? 23 : max(0, (average - 3) / 10)
        let greyValue = 8 + 10 * greyLevel
        func distance(_ a: (Int, Int, Int)) -> Int {
            let dr = a.0 - Int(r), dg = a.1 - Int(g), db = a.2 - Int(b)
            return dr * dr + dg * dg + db * db
        }
        return distance((greyValue, greyValue, greyValue)) < distance(cubeRGB) ? 232 + greyLevel : cubeIndex
    }

    static func rgbOf(index n: Int) -> (Int, Int, Int) {
        if n < 16 { return basic[n] }
        if n >= 232 { let v = 8 + 10 * (n - 232); return (v, v, v) }
        let i = n - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
    }

    static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func nearestBasic(_ rgb: (Int, Int, Int), colors: Int) -> Int {
        let count = colors >= 16 ? 16 : 8
        var best = 0, bestDistance = Int.max
        for i in 0..<count {
            let c = basic[i]
            let d = (c.0 - rgb.0) * (c.0 - rgb.0) + (c.1 - rgb.1) * (c.1 - rgb.1) + (c.2 - rgb.2) * (c.2 - rgb.2)
            if d < bestDistance { bestDistance = d; best = i }
        }
        return best
    }
}
