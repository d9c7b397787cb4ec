import Foundation

/// Reads RFC 8288 `Link` response headers, as used by Procore's v1 pagination.
///
/// `Link: <https://api.procore.com/rest/v1.0/punch_items?page=2&per_page=5>; rel="next", …`
/// becomes `["next": URL(…page=2…)]`. Procore's example Link URLs drop filter parameters, so
/// callers should take the page number from a link (`pageNumber(in:)`) and re-issue their own
/// request rather than follow the URL blindly.
public enum LinkHeader {
    /// Parses a `Link` header value into URLs keyed by lowercased relation type.
    ///
    /// Tolerates extra whitespace, quoted or unquoted `rel`, several relations in one `rel`
    /// (`rel="next last"`), commas inside `<…>`, and parameters in any order. Garbage is skipped:
    /// whatever well-formed links are present are returned. When a relation appears more than
    /// once, the first link wins. Targets that are not valid URLs are left out.
    public static func parse(_ headerValue: String) -> [String: URL] {
        var result: [String: URL] = [:]
        var scanner = HeaderParameterScanner(headerValue)
        let comma = UInt8(ascii: ",")
        while true {
            scanner.skipWhitespace()
            guard let byte = scanner.peek() else { break }
            if byte == comma {
                scanner.advance()
                continue
            }
            guard byte == UInt8(ascii: "<") else {
                scanner.skip(toNext: comma)
                continue
            }
            scanner.advance()
            guard let target = scanner.read(until: UInt8(ascii: ">")) else { break }
            scanner.advance()
            let parameters = scanner.readParameters(until: comma)
            // RFC 8288 §3.3: only the first rel parameter counts.
            guard let rel = parameters.first(where: { $0.name == "rel" })?.value else { continue }
            let trimmed = target.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, let url = URL(string: trimmed) else { continue }
            for relation in rel.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                let key = relation.lowercased()
                if result[key] == nil { result[key] = url }
            }
        }
        return result
    }

    /// The `page` query item of `url` as a positive integer, or nil when absent or not a number.
    public static func pageNumber(in url: URL) -> Int? {
        guard let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems else { return nil }
        guard let text = items.first(where: { $0.name == "page" })?.value,
              let page = Int(text.trimmingCharacters(in: .whitespaces)), page > 0 else { return nil }
        return page
    }
}
