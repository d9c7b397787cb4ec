import Foundation

/// Loads the captured Procore response bodies copied into the test bundle's `Fixtures` folder.
enum ProcoreFixtures {
    /// Every `*.json` fixture, sorted by file name.
    static func allJSONFixtures() throws -> [(name: String, data: Data)] {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw FixtureMissing(name: "Fixtures")
        }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { (name: $0.lastPathComponent, data: try Data(contentsOf: $0)) }
    }

    /// One fixture by file name (`rfi_show_v1_0_sandbox.json`).
    static func data(named name: String) throws -> Data {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw FixtureMissing(name: "Fixtures")
        }
        return try Data(contentsOf: folder.appendingPathComponent(name))
    }

    struct FixtureMissing: Error {
        let name: String
    }
}
