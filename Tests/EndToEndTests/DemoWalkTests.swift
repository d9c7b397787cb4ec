import Foundation
import Testing

/// End-to-end: the real `sitewalk --demo` binary in tmux, read from the screen.
@Suite(.serialized)
struct DemoWalkTests {
    @Test func walksCompanyProjectRFIsAndQuitsCleanly() async throws {
        let binary = BuiltBinary.sitewalk
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "sitewalk binary not found at \(binary.path)")
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.close() }
        try await tmux.waitFor(text: "e2e$")
        try tmux.run("'\(binary.path)' --demo; echo SITEWALK_EXITED=$?")

        let companies = try await tmux.waitFor(text: "Sandbox Demo Company")
        #expect(companies.contains(" demo "), "status bar shows the environment")
        try await tmux.openSeedProjectRFIs()

        let screen = try await tmux.waitFor(text: "Thermostat Conflict with Wall Finish")
        #expect(screen.contains("Sandbox Demo Company"), "breadcrumb names the company")
        #expect(screen.contains("1234 - Sandbox Test Project"), "breadcrumb names the project")
        #expect(screen.contains(" demo "), "status bar shows the environment")
        let tokenTime = screen.range(of: #"token \d+h\d\dm"#, options: .regularExpression)
        #expect(tokenTime != nil, "status bar shows the token's remaining time")
        #expect(screen.contains("READ-ONLY"))

        try tmux.send("q", literal: true)
        let after = try await tmux.waitFor(text: "SITEWALK_EXITED=0")
        #expect(!after.contains("READ-ONLY"), "the browser's screen is gone")
        #expect(after.contains("e2e$"), "the shell prompt is back")
    }
}
