import Foundation

/// libFuzzer entry point for `LinkHeader`: any header value yields a (possibly empty) map of
/// relations, and the page number of every link is either nil or positive.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLinkHeader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let header = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let links = LinkHeader.parse(header)
    for (relation, url) in links {
        if relation != relation.lowercased() { fatalError("relation key not lowercased") }
        if let page = LinkHeader.pageNumber(in: url), page <= 0 { fatalError("non-positive page number") }
    }
    return 0
}
