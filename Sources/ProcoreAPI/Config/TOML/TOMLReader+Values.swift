/// Values: arrays, inline tables, numbers, dates and times (see `TOMLReader`).
extension TOMLReader {
    // MARK: Values

    /// Reads one value of `key` in `owner`. `level` counts the tables and arrays around it.
    mutating func readValue(level: Int, owner: TOMLTableNode, key: String) throws(TOMLError) -> TOMLValue {
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
    mutating func readArray(level: Int, owner: TOMLTableNode, key: String) throws(TOMLError) -> TOMLValue {
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
    mutating func readInlineTable(level: Int, owner: TOMLTableNode, key: String) throws(TOMLError) -> TOMLValue {
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
                if keepsKeyOffsets { table.collectOffsets(into: &inlineKeyOffsets, prefix: table.path) }
                return .table(table.freeze())
            default:
                let hint = isLineEnd(pos) ? " (an inline table must be on one line)" : ""
                throw fail("expected ',' or '}' in the inline table, found \(found())\(hint)")
            }
        }
    }

    /// Reads a value without delimiters: a boolean, a number, or a date and time.
    mutating func readBareValue() throws(TOMLError) -> TOMLValue {
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
    func readNumber(_ token: [UInt8], text: String, at start: Int) throws(TOMLError) -> TOMLValue {
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
    func readInteger(_ digits: ArraySlice<UInt8>, radix: Int64, negative: Bool, text: String, at start: Int) throws(TOMLError) -> Int64 {
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
    func readFloat(_ body: [UInt8], negative: Bool, text: String, at start: Int) throws(TOMLError) -> Double {
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
    func checkDigits(_ digits: ArraySlice<UInt8>, radix: Int64, text: String, at start: Int) throws(TOMLError) {
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
    func isDateOrTime(_ token: [UInt8]) -> Bool {
        if token.count >= 5, token[0..<4].allSatisfy({ isDigit($0) }), token[4] == UInt8(ascii: "-") { return true }
        return token.count >= 3 && isDigit(token[0]) && isDigit(token[1]) && token[2] == UInt8(ascii: ":")
    }

    /// Checks an RFC 3339 date, time or date-time as TOML allows them.
    func readDateTime(_ token: [UInt8], text: String, at start: Int) throws(TOMLError) -> TOMLDateTime {
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

    func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
