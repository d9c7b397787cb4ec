import Foundation

/// A decoded query string that keeps order and repeated keys (`filters[status][]=a&filters[status][]=b`).
struct QueryParameters: Sendable {
    let pairs: [(String, String)]

    init(_ query: String?) {
        guard let query, !query.isEmpty else { pairs = []; return }
        pairs = query.split(separator: "&").map { part in
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.unescape(kv[0]), kv.count > 1 ? Self.unescape(kv[1]) : "")
        }
    }

    /// The first value for `key`.
    subscript(key: String) -> String? { pairs.first { $0.0 == key }?.1 }

    /// Every value for `key`.
    func all(_ key: String) -> [String] { pairs.filter { $0.0 == key }.map(\.1) }

    /// The first value for `key` as an id.
    func id(_ key: String) -> Int64? { self[key].flatMap { Int64($0) } }

    static func unescape(_ s: Substring) -> String {
        let plus = s.replacingOccurrences(of: "+", with: " ")
        return plus.removingPercentEncoding ?? plus
    }

    static func escape(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~[]")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
