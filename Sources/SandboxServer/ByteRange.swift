import Foundation

/// A single `Range: bytes=...` request, resolved against a length (RFC 9110 §14).
enum ByteRange: Equatable {
    /// No usable range: serve the whole body (also for multiple ranges or syntax we ignore).
    case whole
    /// Serve `[start, end]` inclusive.
    case partial(start: Int64, end: Int64)
    /// 416: the range starts past the end.
    case unsatisfiable

    /// Resolves a `Range` header value for a body of `length` bytes.
    static func resolve(_ header: String?, length: Int64) -> ByteRange {
        guard let header else { return .whole }
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("bytes=") else { return .whole }
        let spec = trimmed.dropFirst(6).trimmingCharacters(in: .whitespaces)
        guard !spec.contains(",") else { return .whole }
        let parts = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { return .whole }
        if parts[0].isEmpty {
            // Suffix: the last N bytes.
            guard let n = Int64(parts[1]), n >= 0 else { return .whole }
            if n == 0 || length == 0 { return .unsatisfiable }
            return .partial(start: max(0, length - n), end: length - 1)
        }
        guard let start = Int64(parts[0]), start >= 0 else { return .whole }
        if start >= length { return .unsatisfiable }
        if parts[1].isEmpty { return .partial(start: start, end: length - 1) }
        guard let end = Int64(parts[1]), end >= start else { return .whole }
        return .partial(start: start, end: min(end, length - 1))
    }
}
