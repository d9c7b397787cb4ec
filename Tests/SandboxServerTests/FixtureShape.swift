import Foundation
import Testing
@testable import SandboxServer

/// Compares a body with a real fixture: same keys, same JSON types (null matches anything, objects recurse).
enum FixtureShape {
    /// The real Procore bodies, kept with the ProcoreAPI tests (copied from the project's shared fixtures).
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ProcoreAPITests/Fixtures")

    static func load(_ name: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func expectSameShape(_ value: Any?, fixture name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fixture = try load(name)
        var problems: [String] = []
        compare(value as Any, fixture, path: "$", problems: &problems, requireAllKeys: true)
        #expect(problems.isEmpty, "\(problems.joined(separator: "; "))", sourceLocation: sourceLocation)
    }

    static func kind(_ v: Any) -> String {
        if v is NSNull { return "null" }
        if let n = v as? NSNumber {
            if String(cString: n.objCType) == "c" || String(cString: n.objCType) == "B" { return "bool" }
            return "number"
        }
        if v is String { return "string" }
        if v is [Any] { return "array" }
        if v is [String: Any] { return "object" }
        return "?"
    }

    static func compare(_ a: Any, _ f: Any, path: String, problems: inout [String], requireAllKeys: Bool) {
        let ka = kind(a), kf = kind(f)
        if ka == "null" || kf == "null" { return }
        if ka != kf { problems.append("\(path): \(ka) vs fixture \(kf)"); return }
        if let oa = a as? [String: Any], let of = f as? [String: Any] {
            for key in of.keys where oa[key] == nil && requireAllKeys { problems.append("\(path).\(key) missing") }
            for key in oa.keys where of[key] == nil && requireAllKeys { problems.append("\(path).\(key) not in fixture") }
            for (key, fv) in of { if let av = oa[key] { compare(av, fv, path: "\(path).\(key)", problems: &problems, requireAllKeys: false) } }
        }
        if let aa = a as? [Any], let af = f as? [Any], let x = aa.first, let y = af.first {
            compare(x, y, path: "\(path)[0]", problems: &problems, requireAllKeys: false)
        }
    }
}

@Suite("Fixture shape checker") struct FixtureShapeCheckerTests {
    @Test func catchesTypeAndKeyDifferences() throws {
        var problems: [String] = []
        let body = try JSONSerialization.jsonObject(with: Data(#"{"id":"1","private":1,"extra":null}"#.utf8))
        let fixture = try JSONSerialization.jsonObject(with: Data(#"{"id":1,"private":false,"name":"x"}"#.utf8))
        FixtureShape.compare(body, fixture, path: "$", problems: &problems, requireAllKeys: true)
        #expect(problems.count == 4, "\(problems)")
    }
}

@Suite("JSON writer") struct JSONWriterTests {
    @Test func escapesAndRoundTrips() throws {
        let value: JSONValue = ["a\"b": "line\nbreak\t\u{1}\\ \"q\" 日本 🚧 e\u{301}", "n": 33.0, "i": .int(-7), "z": nil, "list": [true, false]]
        let text = String(decoding: value.encoded(), as: UTF8.self)
        #expect(text.contains("\\u0001") && text.contains("33.0"))
        let parsed = try JSONSerialization.jsonObject(with: Data(value.encoded())) as? [String: Any]
        #expect(parsed?["a\"b"] as? String == "line\nbreak\t\u{1}\\ \"q\" 日本 🚧 e\u{301}")
        #expect(parsed?["i"] as? Int == -7)
    }
}
