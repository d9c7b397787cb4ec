import Foundation
import Testing

/// End-to-end: every tool of the seed project opens and shows a record, and files download to disk.
@Suite(.serialized)
struct SeedToolsWalkTests {
    /// Each seed tool (as the Tools pane names it) and a text one of its records shows.
    static let tools: [(String, String)] = [
        ("Directory", "Test Architect"),
        ("Schedule", "Notice to Proceed"),
        ("Documents", "01 - Contracts"),
        ("Photos", "Sandbox"),
        ("Drawings", "Main Building"),
        ("RFIs", "Thermostat Conflict with Wall Finish"),
        ("Submittals", "Cast-in-Place Concrete"),
        ("Observations", "Missing guardrail"),
        ("Punch List", "Touch up paint"),
        ("Meetings", "OAC Meeting #1"),
        ("Daily Log", "approved"),
        ("Inspections", "Pre-Pour Concrete Inspection"),
        ("Change Events", "Relocate thermostat at Conference"),
    ]

    @Test func opensEverySeedToolAndSeesARecord() async throws {
        let browser = try await BrowserSession(width: 160, height: 40)
        defer { browser.close() }
        try await browser.openProject()
        for (tool, expected) in Self.tools {
            let screen = try await browser.openTool(tool, expecting: expected)
            #expect(screen.contains("› \(tool)"), "the breadcrumb names \(tool)")
            // The counter follows the rows by a frame when the load settles: wait for it rather than race it.
            try await browser.tmux.waitFor("\(tool) shows a counter with its first record selected") { $0.contains("1 of ") }
            try browser.tmux.send("h", literal: true)
            try await browser.tmux.waitFor("focus back on Tools after \(tool)") { $0.contains("↑↓ move") && !$0.contains("s sort") }
        }
        try await browser.quit()
    }

    @Test func downloadsAPhotoIntoTheConfiguredDownloadsDirectory() async throws {
        let browser = try await BrowserSession(width: 200, height: 40)
        defer { browser.close() }
        let tmux = browser.tmux
        try await browser.openProject()
        try await browser.openTool("Photos", expecting: "Sandbox")
        try tmux.send("Enter")
        try await tmux.waitFor(text: "sandbox.jpg")
        try tmux.send("d", literal: true)
        try await tmux.waitFor(text: "saved \(browser.downloadRoot.path)/sitewalk/sandbox.jpg")
        let file = browser.downloadRoot.appendingPathComponent("sitewalk/sandbox.jpg")
        let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.intValue
        #expect(size == 284_671)
        try await browser.quit()
    }
}
