/// libFuzzer entry point for `TextSanitizer` and `DisplayWidth`: the sanitised text holds no ESC, C0 or
/// C1 control and no bidi override; sanitising twice changes nothing; truncation never exceeds the
/// width asked for and padding reaches it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextSanitizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let raw = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: raw, as: UTF8.self)
    let safe = TextSanitizer.sanitize(text)
    for scalar in safe.unicodeScalars {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
            fatalError("unsafe scalar U+\(String(v, radix: 16)) survived sanitising")
        }
    }
    if TextSanitizer.sanitize(safe) != safe { fatalError("sanitising is not idempotent") }
    if TextSanitizer.needsSanitising(safe) { fatalError("sanitised text still needs sanitising") }
    let width = DisplayWidth.of(safe)
    if width < 0 { fatalError("negative width") }
    let limit = size == 0 ? 0 : Int(raw[0] % 40)
    let cut = DisplayWidth.truncate(safe, to: limit)
    if DisplayWidth.of(cut) > limit { fatalError("truncate(\(limit)) gave width \(DisplayWidth.of(cut))") }
    let padded = DisplayWidth.pad(cut, to: limit)
    if DisplayWidth.of(padded) != max(limit, DisplayWidth.of(cut)) { fatalError("pad(\(limit)) missed the width") }
    return 0
}
