/// The state of one `TOMLParser.parse` call: the document's UTF-8 bytes and a position in them.
///
/// Recursive descent over values; recursion happens only for arrays and inline tables, and every level
/// is counted against `maxDepth`, as is every level of nested tables, so no input can exhaust the stack
/// (here, or later when the value is compared or freed). Errors are built where they are found;
/// line and column are worked out only then.
struct TOMLReader {
    let bytes: [UInt8]
    let maxDepth: Int
    var pos = 0
    /// Where the first line's text starts (after a byte order mark), for columns.
    var textStart = 0
    let root: TOMLTableNode
    /// The table that key/value lines go into: the root, or the table of the last header.
    var current: TOMLTableNode
    /// Counts headers; tables made by dotted keys can be extended by dotted keys only in their own section.
    var section = 0
    /// Whether to remember where keys were defined (`TOMLParser.parseDocument`).
    var keepsKeyOffsets = false
    /// Where the keys of inline tables were defined (inline tables are frozen as soon as they are read),
    /// when `keepsKeyOffsets`.
    var inlineKeyOffsets: [[String]: Int] = [:]

    /// Prepares to read `text`.
    init(text: String, maxDepth: Int) {
        bytes = Array(text.utf8)
        self.maxDepth = max(1, maxDepth)
        root = TOMLTableNode(parent: nil, name: nil, depth: 0, definedAt: 0)
        current = root
    }

    // MARK: Document structure

    /// Reads the whole document: lines of key/value pairs, headers, comments and blank lines.
    mutating func readDocument() throws(TOMLError) -> TOMLTable {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            pos = 3
            textStart = 3
        }
        while true {
            skipSpaces()
            guard let byte = peek() else { break }
            switch byte {
            case UInt8(ascii: "#"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                guard try skipLineEnd() else { throw fail("expected the end of the line, found \(found())") }
            case UInt8(ascii: "["):
                try readHeader()
                guard try skipLineEnd() else {
                    throw fail("expected the end of the line after the table header, found \(found())")
                }
            default:
                let table = current
                let key = try readKeyValue(into: table)
                guard try skipLineEnd() else {
                    throw fail("expected the end of the line after the value of \(display(table.path + key)), found \(found())")
                }
            }
        }
        return root.freeze()
    }

    /// Skips spaces, a comment and the line break after them; false (at what was found) when the line goes on.
    mutating func skipLineEnd() throws(TOMLError) -> Bool {
        skipSpaces()
        if peek() == UInt8(ascii: "#") { try skipComment() }
        switch peek() {
        case nil: return true
        case UInt8(ascii: "\n"): pos += 1
        case UInt8(ascii: "\r"): try skipCRLF()
        default: return false
        }
        return true
    }

    /// Reads `[a.b]` or `[[a.b]]` and makes its table the current one.
    mutating func readHeader() throws(TOMLError) {
        let start = pos
        pos += 1
        let isList = peek() == UInt8(ascii: "[")
        if isList { pos += 1 }
        skipSpaces()
        let key = try readKey(what: "a table name")
        guard peek() == UInt8(ascii: "]") else {
            throw fail("expected '\(isList ? "]]" : "]")' to close the table header, found \(found())")
        }
        pos += 1
        if isList {
            guard peek() == UInt8(ascii: "]") else {
                throw fail("expected ']]' to close the array-of-tables header, found \(found())")
            }
            pos += 1
        }
        section += 1
        var parent = root
        for name in key.dropLast() {
            parent = try headerParent(name, in: parent, at: start)
        }
        let name = key[key.count - 1]
        current = isList ? try appendListTable(name, in: parent, at: start) : try defineTable(name, in: parent, at: start)
    }

    /// A table on the way to a header's table: created if missing; an array of tables gives its last element.
    func headerParent(_ name: String, in parent: TOMLTableNode, at start: Int) throws(TOMLError) -> TOMLTableNode {
        switch parent.slot(name) {
        case nil:
            let table = try newTable(name, in: parent, depth: parent.depth + 1, at: start)
            parent.add(name, .table(table), at: start)
            return table
        case .table(let table):
            return table
        case .tables(let list):
            return list.tables[list.tables.count - 1]
        case .value(let value):
            throw fail("\(display(parent.path + [name])) is already \(describe(value)) on line \(line(of: parent.offset(of: name)!)); it cannot hold a table", at: start)
        }
    }

    /// The table a `[header]` defines: new, or one so far only implied by longer headers.
    func defineTable(_ name: String, in parent: TOMLTableNode, at start: Int) throws(TOMLError) -> TOMLTableNode {
        let path = { parent.path + [name] }
        switch parent.slot(name) {
        case nil:
            let table = try newTable(name, in: parent, depth: parent.depth + 1, at: start)
            table.definedByHeader = true
            parent.add(name, .table(table), at: start)
            return table
        case .table(let table):
            if table.definedByHeader || table.dottedSection != nil {
                throw fail("table \(display(path())) is already defined on line \(line(of: table.definedAt))", at: start)
            }
            table.definedByHeader = true
            table.definedAt = start
            return table
        case .tables:
            throw fail("\(display(path())) is already an array of tables (line \(line(of: parent.offset(of: name)!))); it cannot also be a table", at: start)
        case .value(let value):
            throw fail("\(display(path())) is already \(describe(value)) on line \(line(of: parent.offset(of: name)!)); it cannot also be a table", at: start)
        }
    }

    /// A new element of the array of tables a `[[header]]` names.
    func appendListTable(_ name: String, in parent: TOMLTableNode, at start: Int) throws(TOMLError) -> TOMLTableNode {
        let path = { parent.path + [name] }
        let table = try newTable(name, in: parent, depth: parent.depth + 2, at: start)
        table.definedByHeader = true
        switch parent.slot(name) {
        case nil:
            parent.add(name, .tables(TOMLTableList(first: table)), at: start)
        case .tables(let list):
            list.tables.append(table)
        case .table(let existing):
            throw fail("\(display(path())) is already a table (line \(line(of: existing.definedAt))); it cannot also be an array of tables", at: start)
        case .value(let value):
            throw fail("\(display(path())) is already \(describe(value)) on line \(line(of: parent.offset(of: name)!)); [[\(display(path(), quoted: false))]] cannot add to it", at: start)
        }
        return table
    }

    /// An empty table named `name` in `parent`, if it is not nested too deeply; the caller attaches it.
    func newTable(_ name: String, in parent: TOMLTableNode, depth: Int, at start: Int) throws(TOMLError) -> TOMLTableNode {
        guard depth <= maxDepth else { throw tooDeep(at: start) }
        return TOMLTableNode(parent: parent, name: name, depth: depth, definedAt: start)
    }

    // MARK: Key positions

    /// The line of every key defined in the document read (call after `readDocument`).
    func keyLines() -> [[String]: Int] {
        var offsets = inlineKeyOffsets
        root.collectOffsets(into: &offsets, prefix: [])
        // Line starts, then a binary search per key: linear in the document and the keys.
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        return offsets.mapValues { offset in
            var low = 0, high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return low + 1
        }
    }

    // MARK: Keys

    /// Reads `key = value` into `table` (following dotted keys) and returns the key's parts.
    mutating func readKeyValue(into table: TOMLTableNode) throws(TOMLError) -> [String] {
        let start = pos
        let key = try readKey(what: "a key")
        guard peek() == UInt8(ascii: "=") else {
            throw fail("expected '=' after the key \(display(table.path + key)), found \(found())")
        }
        pos += 1
        skipSpaces()
        var target = table
        for part in key.dropLast() {
            target = try dottedTable(part, in: target, at: start)
        }
        let last = key[key.count - 1]
        if let earlier = target.offset(of: last) {
            throw fail("\(display(table.path + key)) is already defined on line \(line(of: earlier))", at: start)
        }
        let value = try readValue(level: target.depth + 1, owner: target, key: last)
        target.add(last, .value(value), at: start)
        return key
    }

    /// The table a dotted key's part names: created if missing, or one that dotted keys made in this section.
    func dottedTable(_ name: String, in parent: TOMLTableNode, at start: Int) throws(TOMLError) -> TOMLTableNode {
        let path = { parent.path + [name] }
        switch parent.slot(name) {
        case nil:
            let table = try newTable(name, in: parent, depth: parent.depth + 1, at: start)
            table.dottedSection = section
            parent.add(name, .table(table), at: start)
            return table
        case .table(let table):
            if table.definedByHeader || (table.dottedSection != nil && table.dottedSection != section) {
                throw fail("table \(display(path())) is already defined on line \(line(of: table.definedAt)); a dotted key cannot add to it here", at: start)
            }
            if table.dottedSection == nil {
                table.dottedSection = section
                table.definedAt = start
            }
            return table
        case .tables:
            throw fail("\(display(path())) is an array of tables (line \(line(of: parent.offset(of: name)!))); a dotted key cannot add to it", at: start)
        case .value(let value):
            throw fail("\(display(path())) is already \(describe(value)) on line \(line(of: parent.offset(of: name)!)); it cannot hold keys", at: start)
        }
    }

    /// Reads a key: simple keys joined by dots, spaces allowed around the dots; skips spaces after it.
    mutating func readKey(what: String) throws(TOMLError) -> [String] {
        var parts: [String] = []
        while true {
            parts.append(try readSimpleKey(what: what))
            skipSpaces()
            guard peek() == UInt8(ascii: ".") else { return parts }
            pos += 1
            skipSpaces()
        }
    }

    /// Reads a bare key (`A-Z a-z 0-9 _ -`) or a quoted one (basic or literal string, one line).
    mutating func readSimpleKey(what: String) throws(TOMLError) -> String {
        switch peek() {
        case UInt8(ascii: "\""):
            if peek(at: 1) == UInt8(ascii: "\""), peek(at: 2) == UInt8(ascii: "\"") {
                throw fail("\(what) cannot be a multi-line string")
            }
            return try readBasicString()
        case UInt8(ascii: "'"):
            if peek(at: 1) == UInt8(ascii: "'"), peek(at: 2) == UInt8(ascii: "'") {
                throw fail("\(what) cannot be a multi-line string")
            }
            return try readLiteralString()
        default:
            let start = pos
            while let byte = peek(), isBareKeyByte(byte) { pos += 1 }
            guard pos > start else { throw fail("expected \(what), found \(found())") }
            return String(decoding: bytes[start..<pos], as: UTF8.self)
        }
    }
}
