import Foundation

/// The process-wide table of clusters too long to store inline in a `Glyph` (more than three
/// scalars, such as ZWJ emoji sequences). Append-only and locked; a cluster gets one id for the life
/// of the process, so equal texts have equal glyphs.
final class GlyphTable: @unchecked Sendable {
    /// The table.
    static let shared = GlyphTable()

    private let lock = NSLock()
    private var ids: [String: Int] = [:]
    private var texts: [String] = []

    /// The id of `text`, adding it when new.
    func id(for text: String) -> Int {
        lock.withLock {
            if let id = ids[text] { return id }
            let id = texts.count
            texts.append(text)
            ids[text] = id
            return id
        }
    }

    /// The text with id `id`.
    func text(at id: Int) -> String {
        lock.withLock { id < texts.count ? texts[id] : "\u{FFFD}" }
    }
}
