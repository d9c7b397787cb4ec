import Foundation
import Testing
import ProcoreAPI

@Suite("JSONWriter")
struct JSONWriterTests {
    @Test func escapesEveryControlCharacterAndSeparators() throws {
        var raw = ""
        for value in 0..<0x20 { raw.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        raw += "\"\\/\u{7F}\u{2028}\u{2029}é日😀"
        let written = JSONWriter.write(.string(raw), pretty: false)
        #expect(written == #""\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\/\u007f\u2028\u2029é日😀""#)
        #expect(!written.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(try JSONParser.parse(written) == .string(raw))
        #expect(try JSONSerialization.jsonObject(with: Data(written.utf8), options: .fragmentsAllowed) as? String == raw)
    }

    @Test func keysAreEscapedToo() throws {
        let value: JSONValue = ["a\"b\n": 1]
        #expect(JSONWriter.write(value, pretty: false) == #"{"a\"b\n":1}"#)
    }

    @Test func prettyFormat() {
        let value: JSONValue = ["id": 1, "tags": ["a", "b"], "empty": [], "none": [:], "nested": ["x": nil]]
        let expected = """
        {
          "id": 1,
          "tags": [
            "a",
            "b"
          ],
          "empty": [],
          "none": {},
          "nested": {
            "x": null
          }
        }
        """
        #expect(JSONWriter.write(value, pretty: true) == expected)
        #expect(JSONWriter.write([], pretty: true) == "[]")
        #expect(JSONWriter.write(.object([:]), pretty: true) == "{}")
        #expect(JSONWriter.write("x", pretty: true) == "\"x\"")
    }

    @Test func compactFormat() {
        let value: JSONValue = ["id": 1, "tags": ["a", nil, true], "o": ["k": 2.5]]
        #expect(JSONWriter.write(value, pretty: false) == #"{"id":1,"tags":["a",null,true],"o":{"k":2.5}}"#)
        #expect(JSONWriter.writeData(value, pretty: false) == Data(#"{"id":1,"tags":["a",null,true],"o":{"k":2.5}}"#.utf8))
    }

    @Test func sortKeysIsStableForDuplicates() {
        let value: JSONValue = ["b": 1, "a": 2, "c": ["z": 1, "y": 2], "a": 3]
        #expect(JSONWriter.write(value, pretty: false, sortKeys: true) == #"{"a":2,"a":3,"b":1,"c":{"y":2,"z":1}}"#)
        #expect(JSONWriter.write(value, pretty: false) == #"{"b":1,"a":2,"c":{"z":1,"y":2},"a":3}"#)
    }

    @Test func randomValuesRoundTrip() throws {
        var generator = SplitMix64Generator(seed: 2026)
        for _ in 0..<400 {
            let value = RandomJSON.value(depth: 0, using: &generator)
            for pretty in [false, true] {
                let written = JSONWriter.write(value, pretty: pretty)
                let reparsed = try JSONParser.parse(written)
                #expect(reparsed == value, "\(written)")
                // Foundation accepts everything we write (it rejects numbers it cannot represent).
                let exotic = written.contains("1E+400") || written.contains("123456789012345678901234567890")
                #expect(exotic || (try? JSONSerialization.jsonObject(with: Data(written.utf8), options: .fragmentsAllowed)) != nil, "\(written)")
            }
        }
    }
}
