import Foundation
import Testing
import ProcoreAPI

@Suite("JSON fixtures: real Procore bodies")
struct JSONFixtureTests {
    @Test func everyFixtureIsPresent() throws {
        let fixtures = try ProcoreFixtures.allJSONFixtures()
        #expect(fixtures.count >= 21)
    }

    @Test func everyFixtureParsesAndRoundTrips() throws {
        for fixture in try ProcoreFixtures.allJSONFixtures() {
            let value = try JSONParser.parse(fixture.data)
            #expect(value.objectValue != nil || value.arrayValue != nil, "\(fixture.name)")
            for pretty in [false, true] {
                let written = JSONWriter.write(value, pretty: pretty)
                #expect(try JSONParser.parse(written) == value, "\(fixture.name) pretty=\(pretty)")
            }
        }
    }

    @Test func fixturesAgreeWithFoundationOnTopLevelKeys() throws {
        for fixture in try ProcoreFixtures.allJSONFixtures() {
            let ours = try JSONParser.parse(fixture.data)
            guard let foundation = try JSONSerialization.jsonObject(with: fixture.data) as? [String: Any] else { continue }
            let ourKeys = Set(ours.objectValue?.keys ?? [])
            #expect(ourKeys == Set(foundation.keys), "\(fixture.name)")
        }
    }

    @Test func keyOrderMatchesTheBodyText() throws {
        let data = try ProcoreFixtures.data(named: "rfi_show_v1_0_sandbox.json")
        let value = try JSONParser.parse(data)
        let keys = try #require(value.objectValue?.keys)
        #expect(Array(keys.prefix(5)) == ["id", "created_at", "initiated_at", "link", "project_stage"])
        // Keys appear in the text in the same order as in the parsed object.
        let text = String(decoding: data, as: UTF8.self)
        var searchFrom = text.startIndex
        for key in keys where key != "id" {
            guard let range = text.range(of: "\n    \"\(key)\":", range: searchFrom..<text.endIndex) else {
                Issue.record("key \(key) not found after previous key")
                return
            }
            searchFrom = range.upperBound
        }
    }

    @Test func rfiPathsAndDisplayText() throws {
        let rfi = try JSONParser.parse(ProcoreFixtures.data(named: "rfi_show_v1_0_sandbox.json"))
        #expect(rfi["id"]?.int64Value == 43776)
        #expect(rfi.value(atPath: "assignee.name")?.stringValue == "Test Architect (Architect TEST Company)")
        #expect(rfi.value(atPath: "assignees.0.login")?.stringValue == "sandbox+arch@procore.com")
        #expect(rfi.value(atPath: "questions.0.attachments")?.displayText == "[0 items]")
        #expect(rfi["rfi_manager"]?.displayText == "API Support")
        #expect(rfi["cost_impact"]?.displayText == "{2 fields}")
        #expect(rfi["private"]?.displayText == "false")
        #expect(rfi["project_stage"]?.isNull == true)
        #expect(rfi["project_stage"]?.displayText == "")
        #expect(rfi.value(atPath: "assignees.9.login") == nil)
        #expect(rfi.value(atPath: "assignee.name.first") == nil)
    }

    @Test func fileLinkFieldsAreReachable() throws {
        let file = try JSONParser.parse(ProcoreFixtures.data(named: "project_file_show.json"))
        let url = try #require(file.value(atPath: "file_versions.0.url")?.stringValue)
        #expect(URL(string: url) != nil)
        #expect(file["name"]?.stringValue == "test_pdf.pdf")
    }

    @Test func coordinatesKeepTheirLiteralDigits() throws {
        let project = try JSONParser.parse(ProcoreFixtures.data(named: "projects_list_item_docs.json"))
        guard case .number(let latitude)? = project["latitude"], case .number(let longitude)? = project["longitude"] else {
            Issue.record("latitude/longitude are not numbers")
            return
        }
        #expect(latitude.text == "34.385045633646")
        #expect(longitude.text == "-119.490841957738")
        #expect(JSONWriter.write(project, pretty: false).contains("\"longitude\":-119.490841957738"))
    }
}
