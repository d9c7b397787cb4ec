import Foundation
import Testing
import ProcoreAPI

@Suite("JSONParser")
struct JSONParserTests {
    @Test func parsesScalarsAndContainers() throws {
        let value = try JSONParser.parse(#"{"a": [1, -2.5e3, true, false, null, "x"], "b": {}, "c": []}"#)
        let expected: JSONValue = ["a": [1, .number(JSONNumber(literal: "-2.5e3")!), true, false, nil, "x"], "b": .object([:]), "c": []]
        #expect(value == expected)
        #expect(try JSONParser.parse("  42 ") == 42)
        #expect(try JSONParser.parse("\"only\"") == "only")
        #expect(try JSONParser.parse("null").isNull)
    }

    @Test func int64IdsAbove2To53StayExact() throws {
        let value = try JSONParser.parse(#"{"id": 9007199254740993, "max": 9223372036854775807, "min": -9223372036854775808}"#)
        #expect(value["id"]?.int64Value == 9_007_199_254_740_993)
        #expect(value["max"]?.int64Value == Int64.max)
        #expect(value["min"]?.int64Value == Int64.min)
        #expect(JSONWriter.write(value, pretty: false) == #"{"id":9007199254740993,"max":9223372036854775807,"min":-9223372036854775808}"#)
    }

    @Test func numbersBeyondInt64AreKeptAsText() throws {
        let value = try JSONParser.parse(#"[9223372036854775808, 123456789012345678901234567890, 1e400, -1E-400, 0.10000000000000000000001]"#)
        let texts = value.arrayValue?.compactMap { element -> String? in
            if case .number(let number) = element { return number.text }
            return nil
        }
        #expect(texts == ["9223372036854775808", "123456789012345678901234567890", "1e400", "-1E-400", "0.10000000000000000000001"])
        #expect(value[0]?.int64Value == nil)
        #expect(value[1]?.int64Value == nil)
        #expect(value[2]?.doubleValue == nil)
        #expect(value[3]?.doubleValue == 0)
        #expect(JSONWriter.write(value, pretty: false) == "[9223372036854775808,123456789012345678901234567890,1e400,-1E-400,0.10000000000000000000001]")
    }

    @Test func keyOrderIsPreserved() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": 2, "m": 3, "b": 4}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m", "b"])
        #expect(JSONWriter.write(value, pretty: false) == #"{"z":1,"a":2,"m":3,"b":4}"#)
    }

    @Test func duplicateKeysLastWinsButAllAreKept() throws {
        let value = try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#)
        #expect(value["a"] == 3)
        #expect(value.objectValue?.count == 3)
        #expect(value.objectValue?.keys == ["a", "b", "a"])
        #expect(JSONWriter.write(value, pretty: false) == #"{"a":1,"b":2,"a":3}"#)
    }

    @Test func duplicateKeysInWideObjectsUseTheIndex() throws {
        var text = "{"
        for index in 0..<500 { text += "\"k\(index)\": \(index), " }
        text += #""k7": "late"}"#
        let value = try JSONParser.parse(text)
        #expect(value.objectValue?.count == 501)
        #expect(value["k7"] == "late")
        #expect(value["k499"] == 499)
        #expect(value["missing"] == nil)
    }

    @Test func rawControlCharactersInStringsAreAccepted() throws {
        let bytes: [UInt8] = Array(#"{"note":"line1"#.utf8) + [0x0A, 0x09, 0x00, 0x1F] + Array(#"end"}"#.utf8)
        let value = try JSONParser.parse(bytes)
        #expect(value["note"]?.stringValue == "line1\n\t\u{0}\u{1F}end")
        // Written back escaped, so the output is strict JSON.
        let written = JSONWriter.write(value, pretty: false)
        #expect(written == #"{"note":"line1\n\t\u0000\u001fend"}"#)
        #expect(try JSONSerialization.jsonObject(with: Data(written.utf8)) is [String: Any])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"id": 1}"#.utf8)
        #expect(try JSONParser.parse(bytes) == ["id": 1])
        #expect(try JSONParser.parse(Data(bytes)) == ["id": 1])
    }

    @Test func invalidUTF8IsRepairedWithReplacementCharacter() throws {
        let bytes: [UInt8] = Array(#"["a"#.utf8) + [0xFF, 0xC3] + Array(#"b", "\u00e9"#.utf8) + [0xE6, 0x97] + Array(#""]"#.utf8)
        let value = try JSONParser.parse(bytes)
        #expect(value[0]?.stringValue == "a\u{FFFD}\u{FFFD}b")
        #expect(value[1]?.stringValue?.hasPrefix("é") == true)
        #expect(value[1]?.stringValue?.hasSuffix("\u{FFFD}") == true)
    }

    @Test func escapesAndSurrogates() throws {
        let value = try JSONParser.parse(#"["\"\\\/\b\f\n\r\t", "\u65e5\u672C", "\ud83d\ude00", "\ud83d", "\ude00x", "\ud83d\u0041"]"#)
        #expect(value[0]?.stringValue == "\"\\/\u{8}\u{C}\n\r\t")
        #expect(value[1]?.stringValue == "日本")
        #expect(value[2]?.stringValue == "😀")
        #expect(value[3]?.stringValue == "\u{FFFD}")
        #expect(value[4]?.stringValue == "\u{FFFD}x")
        #expect(value[5]?.stringValue == "\u{FFFD}A")
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = try #require(throws: JSONParseError.self) { try JSONParser.parse(deep) }
        #expect(error.offset == JSONParser.defaultMaxDepth)
        #expect(error.reason.contains("nesting"))

        let objects = String(repeating: #"{"a":"#, count: 600) + "1" + String(repeating: "}", count: 600)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(objects) }
    }

    @Test func nestingAtTheLimitParses() throws {
        let depth = JSONParser.defaultMaxDepth
        let text = String(repeating: "[", count: depth) + "7" + String(repeating: "]", count: depth)
        let parsed = try JSONParser.parse(text)
        #expect(JSONWriter.write(parsed, pretty: false) == text)
        #expect(try JSONParser.parse(JSONWriter.write(parsed, pretty: true)) == parsed)
        var value = parsed
        for _ in 0..<depth { value = try #require(value[0]) }
        #expect(value == 7)
        #expect(try JSONParser.parse("[[1]]", maxDepth: 2) == [[1]])
        #expect(throws: JSONParseError.self) { try JSONParser.parse("[[1]]", maxDepth: 1) }
    }

    @Test(arguments: ["", " ", "{", "[", "[1", "[1,", #"{"a""#, #"{"a":"#, #"{"a":1"#, #"{"a":1,"#, "\"abc", "\"a\\", "\"\\u12", "tru", "nul", "-", "1.", "1e", "1e+"])
    func truncatedInputReportsTheEndOffset(text: String) throws {
        let error = try #require(throws: JSONParseError.self) { try JSONParser.parse(text) }
        #expect(error.offset == text.utf8.count)
        #expect(error.reason.contains("end of input"))
    }

    @Test func everyPrefixOfAFixtureFailsAtItsEnd() throws {
        let data = try ProcoreFixtures.data(named: "rfi_show_v1_0_sandbox.json")
        let bytes = [UInt8](data)
        let complete = bytes.lastIndex(of: UInt8(ascii: "}"))! + 1
        for length in 0..<complete {
            do {
                _ = try JSONParser.parse(bytes[0..<length])
                Issue.record("prefix of \(length) bytes parsed")
            } catch let error as JSONParseError {
                #expect(error.offset == length)
            }
        }
        #expect(try JSONParser.parse(bytes[0..<complete]).objectValue != nil)
    }

    @Test(arguments: [
        ("[1,]", 3), ("{\"a\":1,}", 7), ("[01]", 2), ("01", 1), ("+1", 0), ("[1 2]", 3), ("{\"a\" 1}", 5),
        ("{1:2}", 1), ("nulx", 3), ("[.5]", 1), ("[1.e3]", 3), ("\"\\x\"", 2), ("\"\\u12g4\"", 5), ("[] []", 3),
        ("NaN", 0), ("'a'", 0),
    ])
    func invalidInputReportsTheOffset(text: String, offset: Int) throws {
        let error = try #require(throws: JSONParseError.self) { try JSONParser.parse(text) }
        #expect(error.offset == offset, "\(text): \(error)")
    }

    @Test func errorSnippetShowsTheStartOfTheBodyEscaped() throws {
        let html = "<html>\n<head><title>502 Bad Gateway</title></head>\r\n<body>" + String(repeating: "x", count: 200)
        let error = try #require(throws: JSONParseError.self) { try JSONParser.parse(html) }
        #expect(error.offset == 0)
        #expect(error.snippet.hasPrefix("<html>\\n<head><title>502 Bad Gateway</title></head>\\r\\n<body>x"))
        #expect(!error.snippet.contains("\n"))
        #expect(error.description.contains("byte 0"))
        // The snippet never splits a multi-byte character at the 80-byte cut.
        let cjk = "[" + String(repeating: "日", count: 40)
        let cjkError = try #require(throws: JSONParseError.self) { try JSONParser.parse(cjk) }
        #expect(!cjkError.snippet.contains("\u{FFFD}"))
        #expect(cjkError.snippet.utf8.count <= 80)
    }

    @Test func collectionsDataAndStringsParseAlike() throws {
        let text = #"{"k": [1, "日本"]}"#
        let fromString = try JSONParser.parse(text)
        #expect(try JSONParser.parse(Data(text.utf8)) == fromString)
        #expect(try JSONParser.parse(Array(text.utf8)) == fromString)
        #expect(try JSONParser.parse(Array(text.utf8)[...]) == fromString)
        // A non-contiguous collection goes through the copying path.
        #expect(try JSONParser.parse(text.utf8.lazy.map { $0 }) == fromString)
    }

    @Test func randomMutationsNeverCrash() throws {
        var generator = SplitMix64Generator(seed: 0xC0FFEE)
        let seeds = try ProcoreFixtures.allJSONFixtures().map { [UInt8]($0.data) }
        var parsed = 0
        for round in 0..<3_000 {
            var bytes = seeds[round % seeds.count]
            let edits = Int.random(in: 1...8, using: &generator)
            for _ in 0..<edits where !bytes.isEmpty {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: index)
                case 2: bytes.insert(Array("{[\"\\,:]}0-eE.u".utf8).randomElement(using: &generator)!, at: index)
                default: bytes.removeSubrange(index...)
                }
            }
            if (try? JSONParser.parse(bytes)) != nil { parsed += 1 }
        }
        // Some mutations (inside strings) still parse; most do not. Neither may trap.
        #expect(parsed > 0)
        #expect(parsed < 3_000)
    }
}
