/// The state of one `TOMLParser.parse` call: the document's UTF-8 bytes and a position in them.
///
/// Recursive descent over values; recursion happens only for arrays and inline tables, and every level
/// is counted against `maxDepth`, as is every level of nested tables, so no input can exhaust the stack
/// (here, or later when the value is compared or freed). Errors are built where they are found;
/// line and column are worked out only then.
struct TOMLReader {
    private let bytes: [UInt8]
    private let maxDepth: Int
    private var pos = 0
    /// Where the first line's text starts (after a byte order mark), for columns.
    private var textStart = 0
    private let root: TOMLTableNode
    /// The table that key/value lines go into: the root, or the table of the last header.
    private var current: TOMLTableNode
    /// Counts headers; tables made by dotted keys can be extended by dotted keys only in their own section.
    private var section = 0

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
    private mutating func skipLineEnd() throws(TOMLError) -> Bool {
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
    private mutating func readHeader() throws(TOMLError) {
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
    private func headerParent(_ name: String, in parent: TOMLTableNode, at start: Int) throws(TOMLError) -> TOMLTableNode {
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
    private func defineTable(_ name: String, in parent: TOMLTableNode, at start: Int) throws(TOMLError) -> TOMLTableNode {
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
    private func appendListTable(_ name: String, in parent: TOMLTableNode, at start: Int) throws(TOMLError) -> TOMLTableNode {
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
    private func newTable(_ name: String, in parent: TOMLTableNode, depth: Int, at start: Int) throws(TOMLError) -> TOMLTableNode {
        guard depth <= maxDepth else { throw tooDeep(at: start) }
        return TOMLTableNode(parent: parent, name: name, depth: depth, definedAt: start)
    }

    // MARK: Keys

    /// Reads `key = value` into `table` (following dotted keys) and returns the key's parts.
    private mutating func readKeyValue(into table: TOMLTableNode) throws(TOMLError) -> [String] {
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
    private func dottedTable(_ name: String, in parent: TOMLTableNode, at start: Int) throws(TOMLError) -> TOMLTableNode {
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
    private mutating func readKey(what: String) throws(TOMLError) -> [String] {
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
    private mutating func readSimpleKey(what: String) throws(TOMLError) -> String {
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

    // MARK: Values

    /// Reads one value of `key` in `owner`. `level` counts the tables and arrays around it.
    private mutating func readValue(level: Int, owner: TOMLTableNode, key: String) throws(TOMLError) -> TOMLValue {
        switch peek() {
        case nil:
            throw fail("expected a value, found end of file")
        case UInt8(ascii: "\""):
            if peek(at: 1) == UInt8(ascii: "\""), peek(at: 2) == UInt8(ascii: "\"") {
                return .string(try readMultilineString(quote: UInt8(ascii: "\"")))
            }
            return .string(try readBasicString())
        case UInt8(ascii: "'"):
            if peek(at: 1) == UInt8(ascii: "'"), peek(at: 2) == UInt8(ascii: "'") {
                return .string(try readMultilineString(quote: UInt8(ascii: "'")))
            }
            return .string(try readLiteralString())
        case UInt8(ascii: "["):
            return try readArray(level: level, owner: owner, key: key)
        case UInt8(ascii: "{"):
            return try readInlineTable(level: level, owner: owner, key: key)
        default:
            return try readBareValue()
        }
    }

    /// Reads `[a, b, ...]`: newlines and comments allowed between elements, a trailing comma allowed.
    private mutating func readArray(level: Int, owner: TOMLTableNode, key: String) throws(TOMLError) -> TOMLValue {
        guard level <= maxDepth else { throw tooDeep(at: pos) }
        let start = pos
        pos += 1
        var elements: [TOMLValue] = []
        while true {
            try skipBlankLines()
            guard peek() != nil else { throw fail("this array is not closed: expected ']' before the end of the file", at: start) }
            if peek() == UInt8(ascii: "]") {
                pos += 1
                return .array(elements)
            }
            elements.append(try readValue(level: level + 1, owner: owner, key: key))
            try skipBlankLines()
            switch peek() {
            case UInt8(ascii: ","):
                pos += 1
            case UInt8(ascii: "]"):
                pos += 1
                return .array(elements)
            case nil:
                throw fail("this array is not closed: expected ']' before the end of the file", at: start)
            default:
                throw fail("expected ',' or ']' after an array element, found \(found())")
            }
        }
    }

    /// Reads `{ a = 1, b.c = 2 }`: on one line, no trailing comma, closed once read.
    private mutating func readInlineTable(level: Int, owner: TOMLTableNode, key: String) throws(TOMLError) -> TOMLValue {
        guard level <= maxDepth else { throw tooDeep(at: pos) }
        let table = TOMLTableNode(parent: owner, name: key, depth: level, definedAt: pos)
        pos += 1
        skipSpaces()
        if peek() == UInt8(ascii: "}") {
            pos += 1
            return .table(table.freeze())
        }
        while true {
            _ = try readKeyValue(into: table)
            skipSpaces()
            switch peek() {
            case UInt8(ascii: ","):
                pos += 1
                skipSpaces()
                if peek() == UInt8(ascii: "}") { throw fail("an inline table cannot end with a comma") }
            case UInt8(ascii: "}"):
                pos += 1
                return .table(table.freeze())
            default:
                let hint = isLineEnd(pos) ? " (an inline table must be on one line)" : ""
                throw fail("expected ',' or '}' in the inline table, found \(found())\(hint)")
            }
        }
    }

    /// Reads a value without delimiters: a boolean, a number, or a date and time.
    private mutating func readBareValue() throws(TOMLError) -> TOMLValue {
        let start = pos
        while let byte = peek(), isBareValueByte(byte) { pos += 1 }
        guard pos > start else { throw fail("expected a value, found \(found())") }
        // A date and a time may be separated by one space: `1979-05-27 07:32:00`.
        if pos - start == 10, bytes[start + 4] == UInt8(ascii: "-"), peek() == UInt8(ascii: " "),
           isDigit(peek(at: 1)), isDigit(peek(at: 2)), peek(at: 3) == UInt8(ascii: ":") {
            pos += 1
            while let byte = peek(), isBareValueByte(byte) { pos += 1 }
        }
        let token = Array(bytes[start..<pos])
        let text = String(decoding: token, as: UTF8.self)
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: break
        }
        if isDateOrTime(token) {
            return .dateTime(try readDateTime(token, text: text, at: start))
        }
        return try readNumber(token, text: text, at: start)
    }

    // MARK: Numbers

    /// An integer or a float from a bare token.
    private func readNumber(_ token: [UInt8], text: String, at start: Int) throws(TOMLError) -> TOMLValue {
        let signed = token[0] == UInt8(ascii: "+") || token[0] == UInt8(ascii: "-")
        let negative = token[0] == UInt8(ascii: "-")
        let body = Array(token.dropFirst(signed ? 1 : 0))
        switch String(decoding: body, as: UTF8.self) {
        case "inf": return .float(negative ? -.infinity : .infinity)
        case "nan": return .float(negative ? -.nan : .nan)
        default: break
        }
        guard let first = body.first, isDigit(first) else {
            if !signed, token[0] | 0x20 >= UInt8(ascii: "a"), token[0] | 0x20 <= UInt8(ascii: "z") {
                throw fail("expected a value, found \(quote(text)) (a string needs quotes)", at: start)
            }
            throw fail("invalid number \(quote(text))", at: start)
        }
        if body.count >= 2, first == UInt8(ascii: "0") {
            let radix: Int64? = switch body[1] {
            case UInt8(ascii: "x"): 16
            case UInt8(ascii: "o"): 8
            case UInt8(ascii: "b"): 2
            default: nil
            }
            if let radix {
                if signed { throw fail("invalid number \(quote(text)): only decimal numbers can have a sign", at: start) }
                return .integer(try readInteger(body[2...], radix: radix, negative: false, text: text, at: start))
            }
        }
        if body.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            return .float(try readFloat(body, negative: negative, text: text, at: start))
        }
        try checkDigits(body[...], radix: 10, text: text, at: start)
        if body.count > 1, first == UInt8(ascii: "0") {
            throw fail("invalid number \(quote(text)): leading zeros are not allowed", at: start)
        }
        return .integer(try readInteger(body[...], radix: 10, negative: negative, text: text, at: start))
    }

    /// The value of digits in `radix` (underscores between digits allowed), refusing overflow.
    private func readInteger(_ digits: ArraySlice<UInt8>, radix: Int64, negative: Bool, text: String, at start: Int) throws(TOMLError) -> Int64 {
        try checkDigits(digits, radix: radix, text: text, at: start)
        var value: Int64 = 0
        for byte in digits where byte != UInt8(ascii: "_") {
            let digit = Int64(digitValue(byte)!)
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (next, overflow2) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 {
                throw fail("integer \(quote(text)) does not fit in 64 bits (\(Int64.min) to \(Int64.max))", at: start)
            }
            value = next
        }
        return value
    }

    /// A float: an integer part, then a fraction, an exponent or both.
    private func readFloat(_ body: [UInt8], negative: Bool, text: String, at start: Int) throws(TOMLError) -> Double {
        let isExponentMark = { (byte: UInt8) in byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") }
        var index = body.firstIndex { $0 == UInt8(ascii: ".") || isExponentMark($0) }!
        let integerPart = body[..<index]
        try checkDigits(integerPart, radix: 10, text: text, at: start)
        if integerPart.count > 1, integerPart.first == UInt8(ascii: "0") {
            throw fail("invalid number \(quote(text)): leading zeros are not allowed", at: start)
        }
        if body[index] == UInt8(ascii: ".") {
            let fractionStart = index + 1
            index = body[fractionStart...].firstIndex(where: isExponentMark) ?? body.count
            guard index > fractionStart else {
                throw fail("invalid number \(quote(text)): a decimal point must have digits on both sides", at: start)
            }
            try checkDigits(body[fractionStart..<index], radix: 10, text: text, at: start)
        }
        if index < body.count {
            index += 1
            if index < body.count, body[index] == UInt8(ascii: "+") || body[index] == UInt8(ascii: "-") { index += 1 }
            guard index < body.count else {
                throw fail("invalid number \(quote(text)): an exponent needs digits", at: start)
            }
            try checkDigits(body[index...], radix: 10, text: text, at: start)
        }
        let plain = String(decoding: body.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        guard let value = Double(plain) else { throw fail("invalid number \(quote(text))", at: start) }
        return negative ? -value : value
    }

    /// Checks that `digits` are digits of `radix`, with each underscore between two digits.
    private func checkDigits(_ digits: ArraySlice<UInt8>, radix: Int64, text: String, at start: Int) throws(TOMLError) {
        guard !digits.isEmpty else { throw fail("invalid number \(quote(text))", at: start) }
        var previousWasDigit = false
        for byte in digits {
            if byte == UInt8(ascii: "_") {
                guard previousWasDigit else {
                    throw fail("invalid number \(quote(text)): an underscore must be between two digits", at: start)
                }
                previousWasDigit = false
            } else if let value = digitValue(byte), value < radix {
                previousWasDigit = true
            } else {
                throw fail("invalid number \(quote(text))", at: start)
            }
        }
        guard previousWasDigit else {
            throw fail("invalid number \(quote(text)): an underscore must be between two digits", at: start)
        }
    }

    // MARK: Dates and times

    /// A token that starts like `1979-` or `07:`.
    private func isDateOrTime(_ token: [UInt8]) -> Bool {
        if token.count >= 5, token[0..<4].allSatisfy({ isDigit($0) }), token[4] == UInt8(ascii: "-") { return true }
        return token.count >= 3 && isDigit(token[0]) && isDigit(token[1]) && token[2] == UInt8(ascii: ":")
    }

    /// Checks an RFC 3339 date, time or date-time as TOML allows them.
    private func readDateTime(_ token: [UInt8], text: String, at start: Int) throws(TOMLError) -> TOMLDateTime {
        var index = 0
        func number(_ width: Int) -> Int? {
            guard index + width <= token.count else { return nil }
            var value = 0
            for byte in token[index..<(index + width)] {
                guard let digit = digitValue(byte), digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            index += width
            return value
        }
        func skip(_ byte: Character) -> Bool {
            guard index < token.count, token[index] == byte.asciiValue! else { return false }
            index += 1
            return true
        }
        func invalid(_ why: String) -> TOMLError {
            fail("invalid date or time \(quote(text)): \(why)", at: start)
        }

        var hasDate = false
        var hasTime = false
        var hasOffset = false
        if token.count >= 5, token[4] == UInt8(ascii: "-") {
            guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2) else {
                throw invalid("expected a date as YYYY-MM-DD")
            }
            guard (1...12).contains(month) else { throw invalid("the month must be 01 to 12") }
            guard day >= 1, day <= daysIn(month: month, year: year) else { throw invalid("there is no day \(day) in that month") }
            hasDate = true
            if index < token.count {
                guard skip("T") || skip("t") || skip(" ") else { throw invalid("expected 'T' or a space between the date and the time") }
                hasTime = true
            }
        }
        if !hasDate || hasTime {
            guard let hour = number(2), skip(":"), let minute = number(2), skip(":"), let second = number(2) else {
                throw invalid("expected a time as HH:MM:SS")
            }
            guard hour <= 23, minute <= 59, second <= 59 else { throw invalid("the time is out of range (00:00:00 to 23:59:59)") }
            if skip(".") {
                let fractionStart = index
                while index < token.count, isDigit(token[index]) { index += 1 }
                guard index > fractionStart else { throw invalid("expected digits after the decimal point") }
            }
            if hasDate, index < token.count {
                if !(skip("Z") || skip("z")) {
                    guard skip("+") || skip("-") else { throw invalid("expected 'Z' or an offset such as +01:00") }
                    guard let hours = number(2), skip(":"), let minutes = number(2) else {
                        throw invalid("expected an offset as +HH:MM or -HH:MM")
                    }
                    guard hours <= 23, minutes <= 59 else { throw invalid("the offset is out of range") }
                }
                hasOffset = true
            }
        }
        guard index == token.count else { throw invalid("unexpected text after the \(hasDate ? "date" : "time")") }
        let kind: TOMLDateTime.Kind
        if !hasDate {
            kind = .localTime
        } else if !hasTime {
            kind = .localDate
        } else {
            kind = hasOffset ? .offsetDateTime : .localDateTime
        }
        return TOMLDateTime(kind: kind, text: text)
    }

    private func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: Strings

    /// Reads `"..."` with escapes, on one line.
    private mutating func readBasicString() throws(TOMLError) -> String {
        let start = pos
        pos += 1
        var text: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw fail("this string is not closed: expected '\"' before the end of the file", at: start)
            }
            switch byte {
            case UInt8(ascii: "\""):
                pos += 1
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try readEscape(into: &text, multiline: false)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw fail("this string is not closed: expected '\"' before the end of the line (use \"\"\" for several lines)", at: start)
            default:
                try checkNotControl(byte, in: "a string")
                text.append(byte)
                pos += 1
            }
        }
    }

    /// Reads `'...'` as written, on one line.
    private mutating func readLiteralString() throws(TOMLError) -> String {
        let start = pos
        pos += 1
        let contentStart = pos
        while true {
            guard let byte = peek() else {
                throw fail("this string is not closed: expected \"'\" before the end of the file", at: start)
            }
            switch byte {
            case UInt8(ascii: "'"):
                pos += 1
                return String(decoding: bytes[contentStart..<(pos - 1)], as: UTF8.self)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw fail("this string is not closed: expected \"'\" before the end of the line (use ''' for several lines)", at: start)
            default:
                try checkNotControl(byte, in: "a string")
                pos += 1
            }
        }
    }

    /// Reads `"""..."""` (with escapes) or `'''...'''` (as written). A newline right after the opening
    /// quotes is dropped; CRLF becomes LF; one or two quotes may come just before the closing three.
    private mutating func readMultilineString(quote: UInt8) throws(TOMLError) -> String {
        let start = pos
        let escapes = quote == UInt8(ascii: "\"")
        let delimiter = escapes ? "\"\"\"" : "'''"
        pos += 3
        if peek() == UInt8(ascii: "\n") {
            pos += 1
        } else if peek() == UInt8(ascii: "\r") {
            try skipCRLF()
        }
        var text: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw fail("this multi-line string is not closed: expected \(delimiter) before the end of the file", at: start)
            }
            switch byte {
            case quote:
                var run = 1
                while peek(at: run) == quote { run += 1 }
                if run >= 3 {
                    guard run <= 5 else {
                        throw fail("three quotes in a row end a multi-line string; \(escapes ? "escape one of them" : "use a basic string for these")")
                    }
                    text.append(contentsOf: repeatElement(quote, count: run - 3))
                    pos += run
                    return String(decoding: text, as: UTF8.self)
                }
                text.append(contentsOf: repeatElement(quote, count: run))
                pos += run
            case UInt8(ascii: "\\") where escapes:
                try readEscape(into: &text, multiline: true)
            case UInt8(ascii: "\n"):
                text.append(byte)
                pos += 1
            case UInt8(ascii: "\r"):
                try skipCRLF()
                text.append(UInt8(ascii: "\n"))
            default:
                try checkNotControl(byte, in: "a string")
                text.append(byte)
                pos += 1
            }
        }
    }

    /// Reads one escape at the backslash and appends what it stands for. In a multi-line string, a
    /// backslash ending a line drops the line break and the whitespace after it.
    private mutating func readEscape(into text: inout [UInt8], multiline: Bool) throws(TOMLError) {
        let start = pos
        pos += 1
        guard let byte = peek() else { return }  // the string's own loop reports the missing end
        let simple: UInt8? = switch byte {
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "t"): 0x09
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        default: nil
        }
        if let simple {
            text.append(simple)
            pos += 1
            return
        }
        if byte == UInt8(ascii: "u") || byte == UInt8(ascii: "U") {
            let width = byte == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            for offset in 1...width {
                guard let next = peek(at: offset), let digit = digitValue(next), digit < 16 else {
                    throw fail("\\\(byte == UInt8(ascii: "u") ? "u" : "U") must be followed by \(width) hexadecimal digits", at: start)
                }
                value = value << 4 | UInt32(digit)
            }
            guard let scalar = Unicode.Scalar(value) else {
                let hex = String(decoding: bytes[(pos + 1)...(pos + width)], as: UTF8.self)
                throw fail("\\\(byte == UInt8(ascii: "u") ? "u" : "U")\(hex) is not a Unicode scalar value", at: start)
            }
            text.append(contentsOf: String(scalar).utf8)
            pos += 1 + width
            return
        }
        if multiline, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || isLineEnd(pos) {
            skipSpaces()
            guard isLineEnd(pos) else {
                throw fail("a backslash followed by spaces must end the line (a line-ending backslash)", at: start)
            }
            while true {
                skipSpaces()
                if peek() == UInt8(ascii: "\n") {
                    pos += 1
                } else if peek() == UInt8(ascii: "\r") {
                    try skipCRLF()
                } else {
                    return
                }
            }
        }
        let shown = byte >= 0x21 && byte < 0x7F ? " '\\\(Character(Unicode.Scalar(byte)))'" : ": a backslash before \(found())"
        throw fail("invalid escape\(shown) (TOML has \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)", at: start)
    }

    // MARK: Whitespace and comments

    /// Skips spaces and tabs.
    private mutating func skipSpaces() {
        while let byte = peek(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { pos += 1 }
    }

    /// Skips whitespace, comments and line breaks (inside arrays).
    private mutating func skipBlankLines() throws(TOMLError) {
        while true {
            skipSpaces()
            switch peek() {
            case UInt8(ascii: "#"): try skipComment()
            case UInt8(ascii: "\n"): pos += 1
            case UInt8(ascii: "\r"): try skipCRLF()
            default: return
            }
        }
    }

    /// Skips a comment up to (not including) the line break.
    private mutating func skipComment() throws(TOMLError) {
        pos += 1
        while let byte = peek(), !isLineEnd(pos) {
            try checkNotControl(byte, in: "a comment")
            pos += 1
        }
    }

    /// Skips `\r\n`; a carriage return alone is an error.
    private mutating func skipCRLF() throws(TOMLError) {
        guard peek(at: 1) == UInt8(ascii: "\n") else {
            throw fail("a carriage return (U+000D) must be followed by a line feed")
        }
        pos += 2
    }

    /// True at `\n` or `\r\n`.
    private func isLineEnd(_ offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        return bytes[offset] == UInt8(ascii: "\n")
            || (bytes[offset] == UInt8(ascii: "\r") && offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\n"))
    }

    /// Refuses the control characters TOML forbids in strings and comments (all but tab).
    private func checkNotControl(_ byte: UInt8, in place: String) throws(TOMLError) {
        if (byte < 0x20 && byte != 0x09) || byte == 0x7F {
            throw fail("control character \(codePoint(UInt32(byte))) is not allowed in \(place)\(place == "a string" ? " (escape it)" : "")")
        }
    }

    // MARK: Bytes

    private func peek(at offset: Int = 0) -> UInt8? {
        pos + offset < bytes.count ? bytes[pos + offset] : nil
    }

    private func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func digitValue(_ byte: UInt8) -> Int64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int64(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }

    /// Bytes of numbers, booleans and dates: letters, digits, `_ + - . :`.
    private func isBareValueByte(_ byte: UInt8) -> Bool {
        isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    // MARK: Messages

    private func fail(_ reason: String, at offset: Int? = nil) -> TOMLError {
        let (line, column) = position(of: offset ?? pos)
        return TOMLError(line: line, column: column, reason: reason)
    }

    private func tooDeep(at offset: Int) -> TOMLError {
        fail("tables and arrays are nested deeper than \(maxDepth) levels", at: offset)
    }

    private func line(of offset: Int) -> Int { position(of: offset).line }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    private func position(of offset: Int) -> (line: Int, column: Int) {
        let end = min(offset, bytes.count)
        var line = 1
        var lineStart = textStart
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        var column = 1
        if lineStart < end {
            for index in lineStart..<end where bytes[index] & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// What is at the current position, for "found ...": `'}'`, `end of line`, `control character U+0001`.
    private func found() -> String {
        guard let byte = peek() else { return "end of file" }
        if isLineEnd(pos) { return "end of line" }
        if byte < 0x80 {
            if byte < 0x20 || byte == 0x7F { return "control character \(codePoint(UInt32(byte)))" }
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        let scalar = String(decoding: bytes[pos..<min(pos + 4, bytes.count)], as: UTF8.self).unicodeScalars.first!
        return describe(scalar)
    }

    /// A non-ASCII scalar for a message: the character when it is safe to show, always its code point.
    private func describe(_ scalar: Unicode.Scalar) -> String {
        switch scalar.properties.generalCategory {
        case .control: return "control character \(codePoint(scalar.value))"
        case .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return codePoint(scalar.value)
        default: return "'\(Character(scalar))' (\(codePoint(scalar.value)))"
        }
    }

    /// What a defined value is, for messages: "a string", "an inline table".
    private func describe(_ value: TOMLValue) -> String {
        switch value {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a float"
        case .bool: "a boolean"
        case .dateTime: "a date or time"
        case .array: "an array value"
        case .table: "an inline table"
        }
    }

    private func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A bare token for a message, cut to a readable length (tokens hold only ASCII letters, digits, `_+-.:`).
    private func quote(_ text: String) -> String {
        text.count > 40 ? "'\(text.prefix(40))...'" : "'\(text)'"
    }

    /// A key path for a message, `'servers."alpha beta".ip'`; unusual characters are escaped.
    private func display(_ path: [String], quoted: Bool = true) -> String {
        let parts = path.map { part -> String in
            if !part.isEmpty, part.utf8.allSatisfy(isBareKeyByte) { return part }
            var escaped = "\""
            for scalar in part.unicodeScalars {
                switch scalar {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                default:
                    if scalar.isASCII, scalar.value >= 0x20, scalar.value != 0x7F {
                        escaped.unicodeScalars.append(scalar)
                    } else if !scalar.isASCII, describe(scalar).hasPrefix("'") {
                        escaped.unicodeScalars.append(scalar)
                    } else {
                        let hex = String(scalar.value, radix: 16, uppercase: true)
                        escaped += scalar.value > 0xFFFF ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                            : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    }
                }
            }
            return escaped + "\""
        }
        let joined = parts.joined(separator: ".")
        let shown = joined.count > 80 ? String(joined.prefix(80)) + "..." : joined
        return quoted ? "'\(shown)'" : shown
    }
}
