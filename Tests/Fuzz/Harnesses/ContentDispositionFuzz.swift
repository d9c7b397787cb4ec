import Foundation

/// libFuzzer entry point for `ContentDisposition` and `FileNameSanitizer`: any header value yields a
/// name or nil, and the sanitised name is always one safe path component (no separator, not `.`/`..`,
/// no control character, at most `FileNameSanitizer.maxByteCount` bytes).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContentDisposition(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let header = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let name = ContentDisposition.filename(in: header)
    let safe = FileNameSanitizer.sanitize(name ?? header)
    if safe.isEmpty { fatalError("empty file name") }
    if safe == "." || safe == ".." { fatalError("dot file name") }
    if safe.contains("/") || safe.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
        fatalError("unsafe character in file name")
    }
    if safe.utf8.count > FileNameSanitizer.maxByteCount { fatalError("file name too long") }
    let numbered = FileNameSanitizer.numbered(safe, 12)
    if numbered.contains("/") || numbered.utf8.count > FileNameSanitizer.maxByteCount {
        fatalError("numbered file name unsafe")
    }
    return 0
}
