import Foundation
import Testing
import ProcoreAPI

@Suite("JSONValue, JSONNumber, JSONObject")
struct JSONValueTests {
    @Test func numberConversions() throws {
        #expect(JSONNumber(Int64(-42)).text == "-42")
        #expect(JSONNumber(1.5).text == "1.5")
        #expect(JSONNumber(Double.infinity).text == "1e999")
        #expect(JSONNumber(Double.nan).text == "0")
        #expect(JSONNumber(literal: "1.50")?.doubleValue == 1.5)
        #expect(JSONNumber(literal: "1.0")?.int64Value == 1)
        #expect(JSONNumber(literal: "25e2")?.int64Value == 2500)
        #expect(JSONNumber(literal: "-12.3400e2")?.int64Value == -1234)
        #expect(JSONNumber(literal: "1.5")?.int64Value == nil)
        #expect(JSONNumber(literal: "1e30")?.int64Value == nil)
        #expect(JSONNumber(literal: "1.00000000000000001")?.int64Value == nil)
        #expect(JSONNumber(literal: "0e99999999999999999999")?.int64Value == 0)
        #expect(JSONNumber(literal: "9223372036854775808")?.int64Value == nil)
        #expect(JSONNumber(literal: "12")?.doubleValue == 12)
    }

    @Test(arguments: ["", " 1", "1 ", "+1", "01", "1.", ".5", "1e", "NaN", "Infinity", "-", "0x10", "1_000"])
    func invalidNumberLiteralsAreRejected(literal: String) {
        #expect(JSONNumber(literal: literal) == nil)
    }

    @Test func doubleTextIsAValidLiteral() {
        for value in [0.1, -0.0, 1e-7, Double.leastNonzeroMagnitude, 1.7976931348623157e308, 123456789.125, 1e21] {
            let number = JSONNumber(value)
            #expect(JSONNumber(literal: number.text) != nil, "\(number.text)")
            #expect(number.doubleValue == value)
        }
    }

    @Test func accessorsReturnNilForTheWrongKind() {
        let value: JSONValue = ["s": "text", "n": 5, "b": true, "a": [1, 2], "o": ["name": "x"], "z": nil]
        #expect(value["s"]?.stringValue == "text")
        #expect(value["s"]?.int64Value == nil)
        #expect(value["n"]?.int64Value == 5)
        #expect(value["n"]?.doubleValue == 5)
        #expect(value["n"]?.stringValue == nil)
        #expect(value["b"]?.boolValue == true)
        #expect(value["a"]?.arrayValue?.count == 2)
        #expect(value["a"]?[1] == 2)
        #expect(value["a"]?[2] == nil)
        #expect(value["a"]?[-1] == nil)
        #expect(value["o"]?.objectValue?["name"] == "x")
        #expect(value["z"]?.isNull == true)
        #expect(value["missing"] == nil)
        #expect(value[0] == nil)
        #expect(JSONValue.string("x")["key"] == nil)
    }

    @Test func paths() {
        let drawing: JSONValue = [
            "current_revision": ["pdf_url": "https://app.procore.com/fas/a.pdf"],
            "attachments": [["url": "u0"], ["url": "u1"]],
            "custom": ["0": "zero-key"],
        ]
        #expect(drawing.value(atPath: "current_revision.pdf_url") == "https://app.procore.com/fas/a.pdf")
        #expect(drawing.value(atPath: "attachments.1.url") == "u1")
        #expect(drawing.value(atPath: "attachments.2.url") == nil)
        #expect(drawing.value(atPath: "attachments.x") == nil)
        #expect(drawing.value(atPath: "custom.0") == "zero-key")
        #expect(drawing.value(atPath: "current_revision..pdf_url") == nil)
        #expect(drawing.value(atPath: "") == drawing)
    }

    @Test func displayText() {
        #expect(JSONValue.string("Level 1").displayText == "Level 1")
        #expect(JSONValue.string("two\r\nlines\nhere").displayText == "two lines here")
        #expect(JSONValue.number(JSONNumber(literal: "1.50")!).displayText == "1.50")
        #expect(JSONValue.bool(true).displayText == "true")
        #expect(JSONValue.null.displayText == "")
        #expect(JSONValue.array([1, 2, 3]).displayText == "[3 items]")
        #expect(JSONValue.array([1]).displayText == "[1 item]")
        #expect((["id": 1, "name": "Quinn"] as JSONValue).displayText == "Quinn")
        #expect((["id": 1, "title": "Punch list"] as JSONValue).displayText == "Punch list")
        #expect((["id": 1, "name": 7] as JSONValue).displayText == "{2 fields}")
        #expect(JSONValue.object([:]).displayText == "{0 fields}")
    }

    @Test func objectEditingKeepsOrderAndIndex() {
        var object = JSONObject()
        for index in 0..<40 { object.append(key: "k\(index)", value: .number(JSONNumber(Int64(index)))) }
        object.append(key: "k3", value: "dup")
        #expect(object["k3"] == "dup")
        #expect(object.count == 41)
        object["k3"] = "replaced"
        #expect(object.entries[40].value == "replaced")
        #expect(object.entries[3].value == 3)
        object["k3"] = nil
        #expect(object.contains(key: "k3") == false)
        #expect(object.count == 39)
        #expect(object["k39"] == 39)
        object["new"] = true
        #expect(object.keys.last == "new")
        object.entries = [(key: "only", value: 1)]
        #expect(object["k39"] == nil)
        #expect(object["only"] == 1)
    }

    @Test func equalityAndHashingFollowEntryOrder() {
        let ab: JSONValue = ["a": 1, "b": 2]
        let ba: JSONValue = ["b": 2, "a": 1]
        #expect(ab != ba)
        #expect(ab == ["a": 1, "b": 2])
        #expect(Set([ab, ba, ["a": 1, "b": 2]]).count == 2)
        #expect(JSONValue.number(JSONNumber(literal: "1.0")!) != 1)
    }

    @Test func literalsBuildTheExpectedCases() {
        let value: JSONValue = ["s": "x", "i": 1, "d": 2.5, "b": false, "n": nil, "a": [], "o": [:]]
        #expect(value.objectValue?.keys == ["s", "i", "d", "b", "n", "a", "o"])
        #expect(value["d"] == .number(JSONNumber(2.5)))
        #expect(value["o"] == .object(JSONObject()))
        #expect(value.description == #"{"s":"x","i":1,"d":2.5,"b":false,"n":null,"a":[],"o":{}}"#)
    }
}

@Suite("JSONObject wide-object index")
struct JSONObjectIndexTests {
    private static func wide(_ count: Int) -> JSONObject {
        JSONObject((0..<count).map { (key: "field_\($0)", value: JSONValue.number(JSONNumber(Int64($0)))) })
    }

    @Test func copiesDoNotShareMutations() {
        let original = Self.wide(100)
        #expect(original["field_50"] == 50)  // builds the shared index
        var copy = original
        copy["field_50"] = "changed"
        copy.append(key: "field_10", value: "duplicate")
        copy["field_99"] = nil
        #expect(copy["field_50"] == "changed")
        #expect(copy["field_10"] == "duplicate")
        #expect(copy["field_99"] == nil)
        #expect(original["field_50"] == 50)
        #expect(original["field_10"] == 10)
        #expect(original["field_99"] == 99)
        #expect(original.count == 100)
    }

    @Test func concurrentLookupsAgree() async {
        let object = Self.wide(2_000)
        let hits = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var found = 0
                    for index in stride(from: task, to: 2_000, by: 3) where object["field_\(index)"]?.int64Value == Int64(index) {
                        found += 1
                    }
                    return found
                }
            }
            return await group.reduce(0, +)
        }
        let expected = (0..<8).reduce(0) { total, task in total + stride(from: task, to: 2_000, by: 3).underestimatedCount }
        #expect(hits == expected)
    }

    @Test func wideObjectLookupIsFast() {
        let object = Self.wide(20_000)
        let clock = ContinuousClock()
        var found = 0
        let elapsed = clock.measure {
            for index in 0..<20_000 where object["field_\(index)"] != nil { found += 1 }
        }
        #expect(found == 20_000)
        // A linear scan would need ~200 million key comparisons; the index keeps this well under a second even in debug.
        #expect(elapsed < .seconds(5) * TestTime.scale)
    }
}
