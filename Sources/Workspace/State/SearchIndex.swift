import Foundation
import ProcoreAPI

/// The folded text of a list's rows in one byte buffer, so a filter keystroke over 100,000 rows is a
/// few `memmem` scans instead of 100,000 × columns string foldings.
///
/// Per row: the folded text of each column (case, accents and width folded), separated by 0x1F, the
/// row ended by 0x1E. Built incrementally as rows arrive (rows only ever grow at the end).
struct SearchIndex: Sendable {
    private static let columnSeparator: UInt8 = 0x1F
    private static let rowSeparator: UInt8 = 0x1E

    /// The folded bytes of every indexed row.
    private(set) var bytes: [UInt8] = []
    /// Where each row starts in `bytes`.
    private(set) var rowStarts: [Int] = []

    /// The number of rows indexed.
    var count: Int { rowStarts.count }

    /// Indexes `rows[count...]`, with `columns` (or each row's title when there are none).
    mutating func extend(with rows: [PaneRow], columns: [ToolColumn]?) {
        guard rows.count > count else { return }
        for row in rows[count...] {
            rowStarts.append(bytes.count)
            if let columns {
                for index in columns.indices {
                    if index > 0 { bytes.append(Self.columnSeparator) }
                    append(row.text(ofColumn: index, in: columns))
                }
            } else {
                append(row.title)
            }
            bytes.append(Self.rowSeparator)
        }
    }

    private mutating func append(_ text: String) {
        guard !text.isEmpty else { return }
        for byte in ListQuery.fold(text).utf8 where byte >= 0x20 { bytes.append(byte) }
    }

    /// The folded bytes of a needle, as the index stores text.
    static func needle(_ text: String) -> [UInt8] {
        Array(ListQuery.fold(text).utf8.filter { $0 >= 0x20 })
    }

    /// The first offset at or after `from` where the pattern occurs: `memchr` for its first byte, then
    /// `memcmp` for the rest.
    private static func find(_ pattern: UnsafePointer<UInt8>, count: Int, in base: UnsafePointer<UInt8>, from: Int, total: Int) -> Int? {
        var position = from
        let last = total - count
        while position <= last {
            guard let hit = memchr(base + position, Int32(pattern[0]), last - position + 1) else { return nil }
            let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            if count == 1 || memcmp(base + offset + 1, pattern + 1, count - 1) == 0 { return offset }
            position = offset + 1
        }
        return nil
    }

    /// The rows (ascending) whose text contains `needle`, in any column or only in column `column`.
    /// Returns nil when cancelled.
    func rows(containing needle: [UInt8], column: Int? = nil) -> [Int]? {
        guard !needle.isEmpty else { return Array(0..<count) }
        var result: [Int] = []
        var row = 0
        let total = bytes.count
        return bytes.withUnsafeBufferPointer { haystack -> [Int]? in
            needle.withUnsafeBufferPointer { pattern -> [Int]? in
                guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return [] }
                var position = 0
                var scans = 0
                while position < total {
                    guard let offset = Self.find(patternBase, count: pattern.count, in: base, from: position, total: total) else { break }
                    // Advance `row` to the row holding `offset` (rows start in increasing order).
                    while row + 1 < rowStarts.count, rowStarts[row + 1] <= offset { row += 1 }
                    let rowEnd = row + 1 < rowStarts.count ? rowStarts[row + 1] : total
                    if let column {
                        var separators = 0
                        for i in rowStarts[row]..<offset where haystack[i] == Self.columnSeparator { separators += 1 }
                        if separators == column {
                            result.append(row)
                            position = rowEnd
                        } else {
                            position = offset + 1
                        }
                    } else {
                        result.append(row)
                        position = rowEnd
                    }
                    scans += 1
                    if scans & 0x3FF == 0, Task.isCancelled { return nil }
                }
                return result
            }
        }
    }
}
