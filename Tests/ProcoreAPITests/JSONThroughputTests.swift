import Foundation
import Testing
import ProcoreAPI

@Suite("JSON throughput (printed, not asserted)")
struct JSONThroughputTests {
    @Test func parsesABatchOfRFIsAndReportsSpeed() throws {
        let record = [UInt8](try ProcoreFixtures.data(named: "rfi_show_v1_0_sandbox.json"))
        let count = 2_000
        var body: [UInt8] = [UInt8(ascii: "[")]
        for index in 0..<count {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body.append(contentsOf: record)
        }
        body.append(UInt8(ascii: "]"))
        let clock = ContinuousClock()
        var parsed: JSONValue = .null
        let elapsed = try clock.measure { parsed = try JSONParser.parse(body) }
        let seconds = Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
        print("JSONParser: \(body.count) bytes in \(elapsed) ≈ \(Int(Double(body.count) / 1e6 / max(seconds, 1e-9))) MB/s (debug builds are much slower)")
        #expect(parsed.arrayValue?.count == count)
        #expect(parsed[count - 1]?["id"] == 43776)
    }
}
