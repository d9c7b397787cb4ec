import Foundation

/// libFuzzer entry point for `JSONParser`: any bytes must either parse or throw a `JSONParseError`,
/// never crash, hang or overflow the stack. A document that parses must survive a round trip through
/// `JSONWriter` unchanged (compact and pretty), so the writer and parser agree on every value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let value = try? JSONParser.parse(bytes) else { return 0 }
    for pretty in [false, true] {
        let text = JSONWriter.write(value, pretty: pretty)
        guard let again = try? JSONParser.parse(text) else {
            fatalError("JSONWriter output does not parse (pretty: \(pretty))")
        }
        if again != value { fatalError("round trip changed the value (pretty: \(pretty))") }
    }
    _ = value.displayText
    return 0
}
