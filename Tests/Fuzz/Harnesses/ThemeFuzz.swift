import Foundation

/// libFuzzer entry point for the theme loader: any text either loads or throws a `Theme.Problem`;
/// every colour of a loaded theme maps to a valid palette index on 8-, 16- and 256-colour terminals.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let theme = try Theme.parse(text, name: "fuzz", file: "fuzz.toml")
        for (_, color) in theme.palette {
            for colors in [8, 16, 256] {
                let index = color.paletteIndex(colors: colors)
                if index < -1 || index >= colors { fatalError("palette index \(index) out of range for \(colors)") }
            }
        }
    } catch is Theme.Problem {
    } catch {
        fatalError("unexpected error type \(type(of: error))")
    }
    return 0
}
