import Foundation
import Testing
import TerminalUI

/// End-to-end: the features of the front end, driven through tmux against `sitewalk --demo`.
@Suite(.serialized)
struct BrowserFeatureTests {
    @Test func filtersTheRFIsAndShowsTheRecordAsJSON() async throws {
        let browser = try await BrowserSession()
        defer { browser.close() }
        let tmux = browser.tmux
        try await browser.openProject()
        try await browser.openTool("RFIs", expecting: "Thermostat Conflict with Wall Finish")

        try tmux.send("/")
        try tmux.send("nothing-like-this", literal: true)
        try await tmux.waitFor("the RFI filtered out") { !$0.contains("Thermostat Conflict") && $0.contains("/nothing-like-this") }
        try tmux.send("Escape")
        try await tmux.waitFor(text: "Thermostat Conflict with Wall Finish")
        try tmux.send("/")
        try tmux.send("thermostat", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor("the RFI kept by the filter") { $0.contains("Thermostat Conflict") && $0.contains("1 of 1") }

        try tmux.send("Enter")
        try await tmux.waitFor(text: "fields")
        try tmux.send("Space")
        try await tmux.waitFor(text: "· json")
        let json = try await browser.scroll(until: "\"subject\": \"Thermostat Conflict")
        #expect(json.contains("· json"), "the inspector says it shows JSON")
        try await browser.quit()
    }

    @Test func helpOverlayListsEveryBindingOfTheKeymap() async throws {
        let browser = try await BrowserSession(width: 120, height: 40)
        defer { browser.close() }
        try browser.tmux.send("?", literal: true)
        // Wait for the whole overlay (a capture can land in the middle of a frame), then check each line.
        let bindings = Keymap.defaults.bindings
        let complete = try? await browser.tmux.waitFor("the help overlay with every binding", timeout: 10) { screen in
            screen.contains("Keys — Esc or ? to close") && bindings.allSatisfy { screen.contains($0.help) }
        }
        let screen = try complete ?? browser.tmux.capture()
        for binding in Keymap.defaults.bindings {
            let keys = binding.keys.map(\.description).joined(separator: " ")
            #expect(screen.contains(keys), "help lists the keys of \(binding.action.rawValue): \(keys)")
            #expect(screen.contains(binding.help), "help explains \(binding.action.rawValue)")
        }
        try browser.tmux.send("Escape")
        try await browser.tmux.waitFor("the overlay closed") { !$0.contains("Keys — Esc") }
        try await browser.quit()
    }

    @Test func resizingRedrawsAWholeScreenAtEverySize() async throws {
        let browser = try await BrowserSession(width: 200, height: 60)
        defer { browser.close() }
        let tmux = browser.tmux
        try await browser.openProject()
        for (width, height) in [(200, 60), (80, 24), (30, 10), (200, 60)] {
            try tmux.resize(width: width, height: height)
            var full = ""
            try await tmux.waitFor("a whole \(width)×\(height) screen") { _ in
                full = (try? tmux.captureFull()) ?? ""
                let lines = full.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                return lines.count == height && ScreenShape.badLines(full, width: width).isEmpty
                    && full.contains(" demo ") && full.contains("Tools")
            }
            let rows = full.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            // The focused pane's box is whole: a corner at each end of its top and bottom edges.
            let top = rows[1], bottom = rows[height - 3]
            #expect(top.hasPrefix("┌") && top.hasSuffix("┐"), "top border at \(width)×\(height): \(top)")
            #expect(bottom.hasPrefix("└") && bottom.hasSuffix("┘"), "bottom border at \(width)×\(height): \(bottom)")
            #expect(rows[0].contains("Sitewalk"), "the breadcrumb at \(width)×\(height)")
            if width >= 80 { #expect(full.contains("READ-ONLY") && full.contains("1234 - Sandbox Test Proj")) }
        }
        try await browser.quit()
    }

    @Test func ctrlCRestoresTheTerminal() async throws {
        let browser = try await BrowserSession()
        defer { browser.close() }
        let tmux = browser.tmux
        try await browser.openProject()
        try tmux.send("C-c")
        let after = try await tmux.waitFor(text: "SITEWALK_EXITED=0")
        #expect(!after.contains("READ-ONLY"), "the browser's screen is gone")
        try tmux.run("stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e icanon -e icrnl | sort | tr '\\n' , ; echo")
        try await tmux.waitFor(text: "echo,icanon,icrnl,")
    }

    @Test func downloadsTheRFIAttachmentIntoTheDownloadsDirectory() async throws {
        let browser = try await BrowserSession(width: 200, height: 40)
        defer { browser.close() }
        let tmux = browser.tmux
        try await browser.openProject()
        try await browser.openTool("RFIs", expecting: "Thermostat Conflict with Wall Finish")
        try tmux.send("d", literal: true)
        let file = browser.downloadRoot.appendingPathComponent("sitewalk/Conference 130 thermostat.pdf")
        try await tmux.waitFor(text: "saved \(browser.downloadRoot.path)/sitewalk/Conference 130 thermostat.pdf")
        let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.intValue
        #expect(size == 48_213)
        try await browser.quit()
    }

    @Test func copiesTheRecordIdThroughOSC52() async throws {
        let browser = try await BrowserSession()
        defer { browser.close() }
        let tmux = browser.tmux
        try tmux.setOption("set-clipboard", "on")
        try await browser.openProject()
        try await browser.openTool("RFIs", expecting: "Thermostat Conflict with Wall Finish")
        try tmux.send("y", literal: true)
        try await tmux.waitFor(text: "Copy to the clipboard")
        try tmux.send("Enter")
        let screen = try await tmux.waitFor(text: "copied record id")
        let id = screen.range(of: #"copied record id \d+"#, options: .regularExpression).map { String(screen[$0].dropFirst(17)) }
        #expect(try tmux.showBuffer() == id, "tmux received the OSC 52 sequence and holds the id")
        try await browser.quit()
    }

    @Test func environmentSwitcherExplainsSignInConfirmsProductionAndSwitches() async throws {
        // A stored production token (never used: the test answers No), so production asks for confirmation.
        let browser = try await BrowserSession { home in
            let tokens = home.appendingPathComponent(".config/sitewalk/tokens")
            try FileManager.default.createDirectory(at: tokens, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let file = tokens.appendingPathComponent("production.json")
            try Data(#"{"access_token":"e2e-not-a-token","expires_in":5400,"grant":"client_credentials"}"#.utf8).write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        }
        defer { browser.close() }
        let tmux = browser.tmux
        try tmux.send("e", literal: true)
        var screen = try await tmux.waitFor(text: "Switch environment")
        for name in ["demo (current)", "production", "sandbox", "monthly"] { #expect(screen.contains(name)) }
        #expect(screen.contains("production · signed in"))
        #expect(screen.contains("sandbox · not signed in"))

        try tmux.send("Down", "Down", "Enter")  // demo, production, sandbox: not signed in
        screen = try await tmux.waitFor(text: "sitewalk login --env sandbox")
        try tmux.send("Escape")
        try tmux.send("Up", "Enter")  // production asks first
        try await tmux.waitFor(text: "Switch to PRODUCTION?")
        try tmux.send("n", literal: true)
        try await tmux.waitFor("back at the list") { !$0.contains("Switch to PRODUCTION?") && $0.contains("Switch environment") }
        try tmux.send("Escape")

        try tmux.send(":", literal: true)
        try tmux.send("en", literal: true)
        try tmux.send("Tab")
        try await tmux.waitFor(text: "env  environments")  // two candidates: completed to their common prefix
        try tmux.send(" d", literal: true)
        try tmux.send("Tab")
        try await tmux.waitFor(text: ":env demo")
        try tmux.send("Enter")
        try await tmux.waitFor(text: "switched to demo")
        try await tmux.waitFor(text: "Sandbox Demo Company")
        try await browser.quit()
    }

    @Test func commandLineSwitchesThemeAndRejectsUnknownCommands() async throws {
        let browser = try await BrowserSession()
        defer { browser.close() }
        let tmux = browser.tmux
        try tmux.send(":", literal: true)
        try tmux.send("theme light", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "theme light")
        try tmux.send(":", literal: true)
        try tmux.send("fly", literal: true)
        try tmux.send("Enter")
        let screen = try await tmux.waitFor(text: "unknown command :fly")
        #expect(screen.contains("env, theme, filter"))
        try await browser.quit()
    }
}
