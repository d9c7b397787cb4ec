import ProcoreAPI
import Testing

/// The TOML 1.0 reader behind `config.toml` and the theme files: every kind of value, the table rules,
/// and errors that name the line, the column and what is wrong instead of crashing.
struct TOMLParserTests {
    // MARK: Valid documents

    @Test func readsEachKindOfValue() throws {
        let doc = try TOMLParser.parse("""
        string = "text"
        integer = -42
        float = 3.5
        yes = true
        no = false
        odt = 1979-05-27T07:32:00Z
        ldt = 1979-05-27T07:32:00.999
        date = 1979-05-27
        time = 07:32:00
        list = [1, "two"]
        inline = { a = 1 }
        """)
        #expect(doc["string"]?.string == "text")
        #expect(doc["integer"]?.integer == -42)
        #expect(doc["integer"]?.int == -42)
        #expect(doc["float"]?.double == 3.5)
        #expect(doc["yes"]?.bool == true)
        #expect(doc["no"]?.bool == false)
        #expect(doc["odt"]?.dateTime == TOMLDateTime(kind: .offsetDateTime, text: "1979-05-27T07:32:00Z"))
        #expect(doc["ldt"]?.dateTime == TOMLDateTime(kind: .localDateTime, text: "1979-05-27T07:32:00.999"))
        #expect(doc["date"]?.dateTime == TOMLDateTime(kind: .localDate, text: "1979-05-27"))
        #expect(doc["time"]?.dateTime == TOMLDateTime(kind: .localTime, text: "07:32:00"))
        #expect(doc["list"]?.array == [.integer(1), .string("two")])
        #expect(doc["inline"]?["a"]?.int == 1)
        // Accessors do not convert between kinds.
        #expect(doc["integer"]?.string == nil)
        #expect(doc["integer"]?.double == nil)
        #expect(doc["string"]?.table == nil)
    }

    @Test func readsEveryIntegerForm() throws {
        let doc = try TOMLParser.parse("""
        plus = +99
        zero = 0
        minus_zero = -0
        grouped = 1_000_000
        hex = 0xDEAD_beef
        octal = 0o755
        binary = 0b1101_0110
        max = 9223372036854775807
        min = -9223372036854775808
        """)
        #expect(doc["plus"]?.integer == 99)
        #expect(doc["zero"]?.integer == 0)
        #expect(doc["minus_zero"]?.integer == 0)
        #expect(doc["grouped"]?.integer == 1_000_000)
        #expect(doc["hex"]?.integer == 0xDEAD_BEEF)
        #expect(doc["octal"]?.integer == 0o755)
        #expect(doc["binary"]?.integer == 0b1101_0110)
        #expect(doc["max"]?.integer == .max)
        #expect(doc["min"]?.integer == .min)
    }

    @Test func readsEveryFloatForm() throws {
        let doc = try TOMLParser.parse("""
        a = +1.0
        b = -0.01
        c = 5e+22
        d = 1e06
        e = -2E-2
        f = 6.626e-34
        g = 224_617.445_991
        h = inf
        i = +inf
        j = -inf
        k = nan
        l = -0.0
        """)
        #expect(doc["a"]?.double == 1.0)
        #expect(doc["b"]?.double == -0.01)
        #expect(doc["c"]?.double == 5e22)
        #expect(doc["d"]?.double == 1e6)
        #expect(doc["e"]?.double == -0.02)
        #expect(doc["f"]?.double == 6.626e-34)
        #expect(doc["g"]?.double == 224_617.445_991)
        #expect(doc["h"]?.double == .infinity)
        #expect(doc["i"]?.double == .infinity)
        #expect(doc["j"]?.double == -.infinity)
        #expect(doc["k"]?.double?.isNaN == true)
        #expect(doc["l"]?.double?.sign == .minus)
    }

    @Test func readsDatesAndTimesInEveryAllowedSpelling() throws {
        let doc = try TOMLParser.parse("""
        a = 1979-05-27T00:32:00-07:00
        b = 1979-05-27T00:32:00.999999+05:30
        c = 1979-05-27 07:32:00Z
        d = 1979-05-27t07:32:00z
        e = 2024-02-29
        f = 00:32:00.999999
        g = [1979-05-27 07:32:00, 1979-05-27]
        """)
        #expect(doc["a"]?.dateTime?.kind == .offsetDateTime)
        #expect(doc["b"]?.dateTime?.text == "1979-05-27T00:32:00.999999+05:30")
        #expect(doc["c"]?.dateTime == TOMLDateTime(kind: .offsetDateTime, text: "1979-05-27 07:32:00Z"))
        #expect(doc["d"]?.dateTime?.kind == .offsetDateTime)
        #expect(doc["e"]?.dateTime?.kind == .localDate)
        #expect(doc["f"]?.dateTime?.kind == .localTime)
        #expect(doc["g"]?.array?.compactMap(\.dateTime?.kind) == [.localDateTime, .localDate])
    }

    @Test func decodesEveryEscape() throws {
        let doc = try TOMLParser.parse(#"""
        s = "b\b t\t n\n f\f r\r q\" bs\\ u\u00E9 U\U0001F600 nul\u0000"
        literal = 'C:\Users\nodejs\templates'
        quoted = 'Tom "Dubs" Preston-Werner'
        """#)
        #expect(doc["s"]?.string == "b\u{8} t\t n\n f\u{C} r\r q\" bs\\ u\u{E9} U\u{1F600} nul\u{0}")
        #expect(doc["literal"]?.string == #"C:\Users\nodejs\templates"#)
        #expect(doc["quoted"]?.string == #"Tom "Dubs" Preston-Werner"#)
    }

    @Test func readsMultilineStrings() throws {
        let doc = try TOMLParser.parse(#"""
        basic = """
        Roses are red
        Violets are blue"""
        folded = """\
               The quick brown \
               fox jumps over \

               the lazy dog.\
               """
        quotes = """Here are two quotation marks: "". Simple enough."""
        ending = """one ""two"""""
        escaped = """three \"\"\" quotes"""
        literal = '''
        The first newline is
        trimmed in raw strings.
           All other whitespace \n
           is preserved.
        '''
        apostrophes = ''''That,' she said, 'is still pointless.''''
        """#)
        #expect(doc["basic"]?.string == "Roses are red\nViolets are blue")
        #expect(doc["folded"]?.string == "The quick brown fox jumps over the lazy dog.")
        #expect(doc["quotes"]?.string == #"Here are two quotation marks: "". Simple enough."#)
        #expect(doc["ending"]?.string == #"one ""two"""#)
        #expect(doc["escaped"]?.string == #"three """ quotes"#)
        #expect(doc["literal"]?.string == "The first newline is\ntrimmed in raw strings.\n   All other whitespace \\n\n   is preserved.\n")
        #expect(doc["apostrophes"]?.string == "'That,' she said, 'is still pointless.'")
    }

    @Test func acceptsCRLFLineEndingsAndReturnsLFInStrings() throws {
        let doc = try TOMLParser.parse("a = 1\r\n# note\r\nb = \"\"\"\r\nx\r\ny\"\"\"\r\n[t]\r\nc = [\r\n 1,\r\n]\r\n")
        #expect(doc["a"]?.int == 1)
        #expect(doc["b"]?.string == "x\ny")
        #expect(doc["t"]?["c"]?.array == [.integer(1)])
    }

    @Test func readsBareQuotedAndDottedKeysInOrder() throws {
        let doc = try TOMLParser.parse("""
        zebra = 1
        bare-key_2 = 2
        "quoted key" = 3
        'literal "key"' = 4
        "" = 5
        "a.b" = 6
        site . "google.com" . ok = true
        1234 = 7
        apple.type = "fruit"
        apple.color = "red"
        """)
        #expect(doc.keys == ["zebra", "bare-key_2", "quoted key", #"literal "key""#, "", "a.b", "site", "1234", "apple"])
        #expect(doc["a.b"]?.int == 6)
        #expect(doc["site"]?["google.com"]?["ok"]?.bool == true)
        #expect(doc["apple"]?.table?.keys == ["type", "color"])
    }

    @Test func readsNestedTablesAndImpliedParents() throws {
        let doc = try TOMLParser.parse("""
        # comment before everything
        [x.y.z.w]   # for this to work
        a = 1
        [x]         # defining a super-table afterward is fine
        b = 2
        [ j . "ʞ" . 'l' ]
        c = 3
        [fruit]
        apple.color = "red"
        apple.taste.sweet = true
        [fruit.apple.texture]  # a sub-table of a table made by dotted keys
        smooth = true
        """)
        #expect(doc["x"]?["y"]?["z"]?["w"]?["a"]?.int == 1)
        #expect(doc["x"]?["b"]?.int == 2)
        #expect(doc["x"]?.table?.keys == ["y", "b"])
        #expect(doc["j"]?["ʞ"]?["l"]?["c"]?.int == 3)
        #expect(doc["fruit"]?["apple"]?["taste"]?["sweet"]?.bool == true)
        #expect(doc["fruit"]?["apple"]?["texture"]?["smooth"]?.bool == true)
    }

    @Test func readsArraysOfTables() throws {
        let doc = try TOMLParser.parse("""
        [[fruits]]
        name = "apple"

        [fruits.physical]
        color = "red"

        [[fruits.varieties]]
        name = "red delicious"

        [[fruits.varieties]]
        name = "granny smith"

        [[fruits]]
        name = "banana"

        [[fruits.varieties]]
        name = "plantain"

        [[empty]]
        [[empty]]
        """)
        let fruits = try #require(doc["fruits"]?.array)
        #expect(fruits.count == 2)
        #expect(fruits[0]["name"]?.string == "apple")
        #expect(fruits[0]["physical"]?["color"]?.string == "red")
        #expect(fruits[0]["varieties"]?.array?.compactMap { $0["name"]?.string } == ["red delicious", "granny smith"])
        #expect(fruits[1]["varieties"]?.array?.compactMap { $0["name"]?.string } == ["plantain"])
        #expect(doc["empty"]?.array == [.table(TOMLTable()), .table(TOMLTable())])
    }

    @Test func readsMultilineArraysAndInlineTables() throws {
        let doc = try TOMLParser.parse("""
        numbers = [
          1,    # one
          2,
          # a comment line
          3,    # trailing comma next
        ]
        nested = [ [ 1, 2 ], ["a", 'b'], [ { x = 1 } ], [] ]
        point = { x = 1, y.z = 2, name.first = "Tom", name.last = "P" }
        empty = {}
        """)
        #expect(doc["numbers"]?.array == [.integer(1), .integer(2), .integer(3)])
        #expect(doc["nested"]?.array?.count == 4)
        #expect(doc["nested"]?.array?[2].array?.first?["x"]?.int == 1)
        #expect(doc["point"]?["y"]?["z"]?.int == 2)
        #expect(doc["point"]?["name"]?.table?.keys == ["first", "last"])
        #expect(doc["empty"]?.table?.isEmpty == true)
    }

    @Test func skipsAByteOrderMarkAndAcceptsAnEmptyDocument() throws {
        #expect(try TOMLParser.parse("\u{FEFF}a = 1")["a"]?.int == 1)
        #expect(try TOMLParser.parse("").isEmpty)
        #expect(try TOMLParser.parse("\n  # only a comment\n\t\n").isEmpty)
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let deep = "x = " + String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        var value = try TOMLParser.parse(deep)["x"]
        var depth = 0
        while let inner = value?.array {
            depth += 1
            value = inner.first
        }
        #expect(depth == 128)
    }

    // MARK: Invalid documents

    /// Each input, the line and column of its error, and words the reason must contain.
    @Test(arguments: [
        // The inputs that aborted TOMLKit's toml++ (docs/reliability.md).
        ("[keys]\nquit = [\"q\",}}}}", 2, 13, "expected a value, found '}'"),
        ("[é]", 1, 2, "expected a table name, found 'é' (U+00E9)"),
        ("[\n", 1, 2, "expected a table name, found end of line"),
        ("[[\u{1}]]", 1, 3, "found control character U+0001"),
        ("\u{FEFF}[[!", 1, 3, "found '!'"),
        ("[\u{324}", 1, 2, "found U+0324"),
        // Keys.
        ("a = 1\nb = 2\na = 3", 3, 1, "'a' is already defined on line 1"),
        ("a.b = 1\na.b = 2", 2, 1, "'a.b' is already defined on line 1"),
        ("a = 1\na.b = 2", 2, 1, "'a' is already an integer on line 1"),
        ("\"a\" = 1\n'a' = 2", 2, 1, "already defined"),
        ("key value", 1, 5, "expected '=' after the key 'key', found 'v'"),
        ("= 1", 1, 1, "expected a key, found '='"),
        ("a. = 1", 1, 4, "expected a key, found '='"),
        ("x = 1 y = 2", 1, 7, "expected the end of the line after the value of 'x', found 'y'"),
        ("x =\n", 1, 4, "expected a value, found end of line"),
        ("x = ", 1, 5, "expected a value, found end of file"),
        ("\"\"\"k\"\"\" = 1", 1, 1, "a key cannot be a multi-line string"),
        // Tables.
        ("[a]\nx = 1\n[a]", 3, 1, "table 'a' is already defined on line 1"),
        ("[a.b]\n[a]\n[a]", 3, 1, "table 'a' is already defined on line 2"),
        ("[fruit]\napple.color = \"red\"\n[fruit.apple]", 3, 1, "table 'fruit.apple' is already defined on line 2"),
        ("[a.b.c]\nz = 9\n[a]\nb.c.t = 1", 4, 1, "table 'a.b.c' is already defined on line 1; a dotted key cannot add to it"),
        ("a = {b = 1}\n[a]", 2, 1, "'a' is already an inline table on line 1"),
        ("a = {b = 1}\na.c = 2", 2, 1, "'a' is already an inline table on line 1; it cannot hold keys"),
        ("a = [{b = 1}]\n[a.c]", 2, 1, "'a' is already an array value on line 1"),
        ("a = [1]\n[[a]]", 2, 1, "[[a]] cannot add to it"),
        ("[[a]]\n[a]", 2, 1, "'a' is already an array of tables (line 1)"),
        ("[a]\n[[a]]", 2, 1, "'a' is already a table (line 1)"),
        ("[a] b = 1", 1, 5, "expected the end of the line after the table header, found 'b'"),
        ("[a", 1, 3, "expected ']' to close the table header, found end of file"),
        ("[[a]", 1, 5, "expected ']]'"),
        ("[]", 1, 2, "expected a table name, found ']'"),
        // Inline tables and arrays.
        ("t = {a = 1, a = 2}", 1, 13, "'t.a' is already defined on line 1"),
        ("t = {a = 1,}", 1, 12, "an inline table cannot end with a comma"),
        ("t = {a = 1\n}", 1, 11, "(an inline table must be on one line)"),
        ("a = [1 2]", 1, 8, "expected ',' or ']' after an array element, found '2'"),
        ("a = [,]", 1, 6, "expected a value, found ','"),
        ("a = [1,\n2,\n", 1, 5, "this array is not closed"),
        // Strings.
        ("s = \"abc\ny = 1", 1, 5, "this string is not closed: expected '\"' before the end of the line"),
        ("s = 'abc", 1, 5, "this string is not closed"),
        ("a = 1\ns = \"\"\"\nno end\n", 2, 5, "this multi-line string is not closed: expected \"\"\""),
        ("s = '''\nno end", 1, 5, "expected '''"),
        ("s = \"bad \\q escape\"", 1, 10, "invalid escape '\\q'"),
        ("s = \"\\x41\"", 1, 6, "invalid escape '\\x'"),
        ("s = \"\\u12\"", 1, 6, "\\u must be followed by 4 hexadecimal digits"),
        ("s = \"\\uD800\"", 1, 6, "\\uD800 is not a Unicode scalar value"),
        ("s = \"\\U00110000\"", 1, 6, "is not a Unicode scalar value"),
        ("s = \"a\\ b\"", 1, 7, "invalid escape"),
        ("s = \"\"\"a\\ b\"\"\"", 1, 9, "a backslash followed by spaces must end the line"),
        ("s = \"\"\"a\"\"\"\"\"\"", 1, 9, "three quotes in a row"),
        // Control characters and line ends.
        ("s = \"a\u{1}b\"", 1, 7, "control character U+0001 is not allowed in a string"),
        ("s = 'a\u{7F}'", 1, 7, "control character U+007F"),
        ("# comment \u{0} here", 1, 11, "control character U+0000 is not allowed in a comment"),
        ("a = 1\rb = 2", 1, 6, "a carriage return (U+000D) must be followed by a line feed"),
        ("\u{C}a = 1", 1, 1, "expected a key, found control character U+000C"),
        // Numbers.
        ("n = 9223372036854775808", 1, 5, "does not fit in 64 bits"),
        ("n = -9223372036854775809", 1, 5, "does not fit in 64 bits"),
        ("n = 0x1_0000_0000_0000_0000", 1, 5, "does not fit in 64 bits"),
        ("n = 99999999999999999999999999999999", 1, 5, "does not fit in 64 bits"),
        ("n = 012", 1, 5, "leading zeros are not allowed"),
        ("n = 1__2", 1, 5, "an underscore must be between two digits"),
        ("n = 1_", 1, 5, "an underscore must be between two digits"),
        ("n = -0x1", 1, 5, "only decimal numbers can have a sign"),
        ("n = 0o8", 1, 5, "invalid number '0o8'"),
        ("n = 1.", 1, 5, "a decimal point must have digits on both sides"),
        ("n = 1e", 1, 5, "an exponent needs digits"),
        ("n = .5", 1, 5, "invalid number '.5'"),
        ("n = 1.2.3", 1, 5, "invalid number"),
        ("n = yes", 1, 5, "expected a value, found 'yes' (a string needs quotes)"),
        ("n = True", 1, 5, "found 'True'"),
        ("n = truex", 1, 5, "found 'truex'"),
        // Dates and times.
        ("d = 1979-13-01", 1, 5, "the month must be 01 to 12"),
        ("d = 2023-02-29", 1, 5, "there is no day 29 in that month"),
        ("d = 1979-05-27T24:00:00", 1, 5, "the time is out of range"),
        ("d = 1979-05-27T07:32", 1, 5, "expected a time as HH:MM:SS"),
        ("d = 1979-05-27T", 1, 5, "expected a time as HH:MM:SS"),
        ("d = 07:32:00Z", 1, 5, "unexpected text after the time"),
        ("d = 1979-05-27T07:32:00+25:00", 1, 5, "the offset is out of range"),
        ("d = 1979-5-27", 1, 5, "expected a date as YYYY-MM-DD"),
    ] as [(String, Int, Int, String)])
    func refusesWithLineColumnAndReason(text: String, line: Int, column: Int, reason: String) {
        do {
            let doc = try TOMLParser.parse(text)
            Issue.record("must be refused, got \(doc.keys)")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.column == column, "\(error)")
            #expect(error.reason.contains(reason), "\(error)")
            #expect(error.description == "line \(error.line), column \(error.column): \(error.reason)")
        }
    }

    @Test func tenThousandOpenBracketsAreAnErrorNotAStackOverflow() {
        let brackets = String(repeating: "[", count: 10_000)
        #expect(throws: TOMLError(line: 1, column: 3, reason: "expected a table name, found '['")) {
            try TOMLParser.parse(brackets)
        }
        // As a value, the 129th `[` (column 5 + 128) passes the limit.
        #expect(throws: TOMLError(line: 2, column: 133, reason: "tables and arrays are nested deeper than 128 levels")) {
            try TOMLParser.parse("a = 1\nx = " + brackets)
        }
        #expect(throws: TOMLError.self) { try TOMLParser.parse("x = " + String(repeating: "{a = ", count: 10_000)) }
        #expect(throws: TOMLError.self) { try TOMLParser.parse("x = " + String(repeating: "[{a = ", count: 10_000)) }
    }

    @Test func tenThousandKeyPartsAreAnErrorNotAStackOverflow() {
        let parts = Array(repeating: "a", count: 10_000).joined(separator: ".")
        for text in ["[\(parts)]", "[[\(parts)]]", "\(parts) = 1", "x = {\(parts) = 1}"] {
            #expect(throws: TOMLError.self) { try TOMLParser.parse(text) }
        }
        #expect(throws: TOMLError.self) { try TOMLParser.parse("x = " + String(repeating: "[", count: 10), maxDepth: 5) }
    }

    /// Every prefix of a document exercising most of the grammar either parses or throws `TOMLError`.
    @Test func everyPrefixOfADocumentParsesOrThrows() {
        let document = """
        # head
        title = "T\\u00e9st \\"q\\""
        [owner]
        name = 'Tom'
        dob = 1979-05-27T07:32:00-08:00
        [database]
        ports = [ 8000, 8001, 0x1F, 1_0 ]
        data = [ ["delta", "phi"], [3.14e-2, -inf] ]
        temp = { cpu = 79.5, case.max = 72.0 }
        text = \"\"\"
        a \\
          b\"\"\"
        raw = '''x'''
        [[servers]]
        ip = "10.0.0.1"
        [servers.alpha]
        role = "frontend"
        """
        let scalars = Array(document.unicodeScalars)
        for end in 0...scalars.count {
            var prefix = ""
            prefix.unicodeScalars.append(contentsOf: scalars[0..<end])
            do { _ = try TOMLParser.parse(prefix) } catch {
                #expect(error.line >= 1 && error.column >= 1)
            }
        }
        #expect((try? TOMLParser.parse(document))?["servers"]?.array?.first?["alpha"]?["role"]?.string == "frontend")
    }

    @Test func tableEditingKeepsOrderAndEqualityIgnoresIt() {
        var table = TOMLTable([(key: "b", value: .integer(1)), (key: "a", value: .integer(2))])
        table["c"] = .bool(true)
        table["b"] = .integer(3)
        #expect(table.keys == ["b", "a", "c"])
        #expect(table.entries.map(\.key) == ["b", "a", "c"])
        table["a"] = nil
        #expect(table.keys == ["b", "c"])
        #expect(table.count == 2 && table.contains("c") && !table.contains("a"))
        let reordered = TOMLTable([(key: "c", value: .bool(true)), (key: "b", value: .integer(3))])
        #expect(table == reordered)
    }

    @Test func aDocumentKnowsTheLineOfEveryKey() throws {
        let document = try TOMLParser.parseDocument("""
        title = "x"
        a.b.c = 1

        [server]
        host = "h"   # a comment
        inline = { port = 8, nested = { deep = true } }

        [[item]]
        name = "first"
        [[item]]
        name = "second"
        
        "quoted.key" = 2
        """)
        #expect(document.root["title"]?.string == "x")
        #expect(document.line(of: ["title"]) == 1)
        #expect(document.line(of: ["a"]) == 2 && document.line(of: ["a", "b", "c"]) == 2)
        #expect(document.line(of: ["server"]) == 4)
        #expect(document.line(of: ["server", "host"]) == 5)
        #expect(document.line(of: ["server", "inline", "nested", "deep"]) == 6)
        #expect(document.line(of: ["item"]) == 8)
        #expect(document.line(of: ["item", "name"]) == 9, "the first element's key")
        #expect(document.line(of: ["item", "quoted.key"]) == 13)
        #expect(document.line(of: ["server", "missing"]) == nil)
    }
}
