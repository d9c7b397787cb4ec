import Foundation
import Testing
@testable import TerminalUI

/// `docs/keys.md` lists exactly the keymap's bindings, with the same keys.
struct KeysDocTests {
    static var document: String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try? String(contentsOf: root.appendingPathComponent("docs/keys.md"), encoding: .utf8)
    }

    /// The default-bindings table: action id → keys.
    static func table(_ text: String) -> [String: [String]] {
        var rows: [String: [String]] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, cells[1].hasPrefix("`"), !cells[0].hasPrefix("`:") else { continue }
            let action = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let keys = cells[1].split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
            rows[action] = keys
        }
        return rows
    }

    @Test func keysDocumentMatchesTheKeymap() throws {
        let text = try #require(Self.document, "docs/keys.md not found")
        let rows = Self.table(text)
        for binding in Keymap.defaults.bindings {
            #expect(rows[binding.action.rawValue] == binding.keys.map(\.description),
                    "docs/keys.md row for \(binding.action.rawValue)")
        }
        #expect(rows.count == Keymap.defaults.bindings.count, "no extra rows: \(rows.keys.sorted())")
    }
}
