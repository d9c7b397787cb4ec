import Foundation
import Testing
import ProcoreAPI

@Suite("JSONDocument")
struct JSONDocumentTests {
    static let sample = #"""
    [ {"id": 1, "subject": "He said \"no\"", "tags": ["a", ["b", {"c": "]"}]], "n": -2.5e3},
      {"id": 2, "name": "Zoë \u00e9 \ud83d\ude00 会議", "nested": {"deep": {"deeper": [1, 2, {"x": null}]}}},
      "a plain string with , and ] inside",
      42, true, null, [], {},
      {"dup": 1, "dup": 2, "back\\slash": "\\", "esc\"key": "v", "ctrl": "tab\there"}
    ]
    """#

    static func elements(_ text: String) throws -> (JSONDocument, [Range<Int>]?) {
        let document = JSONDocument(bytes: Array(text.utf8))
        return (document, try document.elementRanges())
    }

    @Test func elementRangesCutEachElementExactly() throws {
        let (document, ranges) = try Self.elements(Self.sample)
        let parsed = try JSONParser.parse(Self.sample).arrayValue
        let found = try #require(ranges)
        #expect(found.count == 9)
        #expect(try found.map { try document.value(in: $0) } == parsed)
        #expect(String(decoding: document.bytes[found[2]], as: UTF8.self) == #""a plain string with , and ] inside""#)
    }

    @Test func emptyArraysAndWhitespaceAndByteOrderMark() throws {
        #expect(try Self.elements("[]").1 == [])
        #expect(try Self.elements(" \n\t[ \r\n ] \n").1 == [])
        let withBOM = JSONDocument(bytes: [0xEF, 0xBB, 0xBF] + Array("[1,2]".utf8))
        #expect(try withBOM.elementRanges() == [4..<5, 6..<7])
    }

    @Test func aDocumentThatIsNotAnArrayHasNoElements() throws {
        #expect(try Self.elements(#"{"a": [1, 2]}"#).1 == nil)
        #expect(try Self.elements(#""text""#).1 == nil)
    }

    @Test func malformedDocumentsAreErrorsLikeTheParser() throws {
        let bad = ["", "[", "[1,", "[1 2]", "[1,]", "[,1]", #"["a]"#, #"["\x"]"#, #"["\u12G4"]"#, "[tru]", "[01]",
                   "[1.]", "[-]", #"[{"a" 1}]"#, #"[{"a":1,}]"#, #"[{1:2}]"#, "[1]]", "[1] x", #"[{"a": [}]"#, "[[[]]", "]"]
        for text in bad {
            #expect(throws: JSONParseError.self, "\(text)") { try JSONParser.parse(text) }
            if text.first == "[" {
                #expect(throws: JSONParseError.self, "\(text)") { try JSONDocument(bytes: Array(text.utf8)).elementRanges() }
            } else {
                // Not an array: no ranges, and the caller parses it (which reports the error).
                #expect((try? JSONDocument(bytes: Array(text.utf8)).elementRanges()) ?? nil == nil, "\(text)")
            }
        }
    }

    @Test func nestingDeeperThanTheLimitIsAnError() throws {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONParseError.self) { try JSONDocument(bytes: Array(deep.utf8)).elementRanges() }
        let fine = "[" + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "]"
        #expect(try JSONDocument(bytes: Array(fine.utf8)).elementRanges()?.count == 1)
    }

    /// Every prefix and many one-byte mutations of a valid document: the scanner refuses exactly the
    /// arrays the parser refuses, and the elements it finds are the parser's.
    @Test func scannerAgreesWithTheParserOnDamagedInput() throws {
        let original = Array(Self.sample.utf8)
        var inputs: [[UInt8]] = (0..<original.count).map { Array(original[0..<$0]) }
        var random = SplitMixGenerator(seed: 7)
        let replacements: [UInt8] = Array("[]{}\",:\\ 0-eEtfnu\u{7F}".utf8) + [0xFF, 0x00, 0xC3]
        for _ in 0..<3_000 {
            var mutated = original
            mutated[Int(random.next() % UInt64(mutated.count))] = replacements[Int(random.next() % UInt64(replacements.count))]
            inputs.append(mutated)
        }
        for input in inputs {
            let document = JSONDocument(bytes: input)
            let parsed = try? JSONParser.parse(input)
            let ranges: [Range<Int>]??
            do { ranges = .some(try document.elementRanges()) } catch { ranges = .none }
            let text = String(decoding: input, as: UTF8.self)
            switch ranges {
            case .none:
                #expect(parsed == nil, "the scanner refused what the parser accepts: \(text)")
            case .some(.none):
                #expect(parsed?.arrayValue == nil, "not an array to the scanner, an array to the parser: \(text)")
            case .some(.some(let found)):
                #expect(try found.map { try document.value(in: $0) } == parsed?.arrayValue, "\(text)")
            }
        }
    }

    @Test func pathsAreReadWithoutParsingTheRest() throws {
        let (document, ranges) = try Self.elements(Self.sample)
        let found = try #require(ranges)
        #expect(document.value(atPath: "subject", in: found[0]) == "He said \"no\"")
        #expect(document.value(atPath: "tags.1.1.c", in: found[0]) == "]")
        #expect(document.value(atPath: "tags.5", in: found[0]) == nil)
        #expect(document.value(atPath: "nested.deep.deeper.2.x", in: found[1]) == .null)
        #expect(document.value(atPath: "nested.missing", in: found[1]) == nil)
        #expect(document.value(atPath: "", in: found[3]) == 42)
        #expect(document.value(atPath: "id", in: found[3]) == nil, "a number has no members")
        #expect(document.member("dup", in: found[8]) == 2, "the last of duplicated keys, as JSONObject")
        #expect(document.member("back\\slash", in: found[8]) == "\\")
        #expect(document.member("esc\"key", in: found[8]) == "v", "keys with escapes are decoded")
        #expect(document.member("ctrl", in: found[8]) == "tab\there")
        #expect(document.member("name", in: found[1]) == "Zoë é 😀 会議")
        #expect(document.memberRanges(["id", "id", "none"], in: found[0])?.map { $0 != nil } == [true, true, false])
        #expect(document.memberRanges(["id"], in: found[2]) == nil, "a string is not an object")
        let parsed = try JSONParser.parse(Self.sample)
        for (index, range) in found.enumerated() {
            for path in ["id", "subject", "tags.1.0", "nested.deep", "dup", "0", ""] {
                #expect(document.value(atPath: path, in: range) == parsed[index]?.value(atPath: path), "\(index) \(path)")
            }
        }
    }
}

/// A small deterministic generator (SplitMix64), so the damaged inputs are the same every run.
private struct SplitMixGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
