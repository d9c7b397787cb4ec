import Foundation
import Testing
@testable import TerminalUI
@testable import Workspace

/// `y`: what can be copied, and the OSC 52 bytes (plain and wrapped for tmux).
struct CopyTests {
    @Test func osc52CarriesBase64BetweenTheIntroducerAndBEL() {
        #expect(OSC52.sequence(for: "43776") == "\u{1B}]52;c;NDM3NzY=\u{07}")
        let unicode = OSC52.sequence(for: "日本 ✓")
        #expect(unicode.hasPrefix("\u{1B}]52;c;") && unicode.hasSuffix("\u{07}"))
        let payload = unicode.dropFirst(7).dropLast()
        #expect(Data(base64Encoded: String(payload)).map { String(decoding: $0, as: UTF8.self) } == "日本 ✓")
        #expect(!payload.contains("\u{1B}"), "no escape inside the payload, whatever the text")
    }

    @Test func tmuxWrappingDoublesEveryEscapeInsideTheDCS() {
        let wrapped = OSC52.tmuxWrapped("\u{1B}]52;c;QQ==\u{07}")
        #expect(wrapped == "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;QQ==\u{07}\u{1B}\\")
        #expect(OSC52.bytes(for: "A", environment: ["TMUX": "/tmp/tmux-0/default,1,0"]) == wrapped)
        #expect(OSC52.bytes(for: "A", environment: [:]) == "\u{1B}]52;c;QQ==\u{07}")
        #expect(OSC52.bytes(for: "A", environment: ["TMUX": ""]) == "\u{1B}]52;c;QQ==\u{07}")
    }

    @Test func recordOffersIdPathsWebLinkAndJSON() async throws {
        let workspace = try await WorkspaceFixture.withRFI(attachments: [])
        let choices = CopyChoice.choices(for: workspace)
        #expect(choices.map(\.label) == ["record id", "API path of the record", "API path of the list", "web link", "JSON"])
        #expect(choices[0].value == "43776")
        #expect(choices[1].value == "/rest/v1.0/projects/77/rfis/43776")
        #expect(choices[2].value == "/rest/v1.0/projects/77/rfis")
        #expect(choices[3].value == "https://app.procore.com/562949953443325/project/rfi/show/43776")
        #expect(choices[4].value.contains("\"subject\": \"Thermostat Conflict"))
        #expect(choices[0].flash == "copied record id 43776")
        #expect(choices[4].flash.hasPrefix("copied JSON ("))
    }

    @Test func yOpensThePickerAndEnterCopiesWithAFlash() async throws {
        let workspace = try await WorkspaceFixture.withRFI(attachments: [])
        let app = BrowserApp(workspace: workspace, theme: .mono, processEnvironment: ["TMUX": "x"])
        var written: [String] = []
        app.clipboardWriter = { written.append($0) }
        app.handle(.char("y"))
        guard case .picker(let picker) = app.state.mode else { Issue.record("no picker"); return }
        #expect(picker.items.first?.label == "record id")
        let lines = BrowserScreen.render(workspace, keymap: .defaults, state: app.state, width: 120, height: 30).lines()
        #expect(lines.contains { $0.contains("Copy to the clipboard") })
        #expect(lines.contains { $0.contains("record id") && $0.contains("43776") })
        app.handle(.enter)
        #expect(app.state.mode == .normal)
        #expect(written == [OSC52.tmuxWrapped(OSC52.sequence(for: "43776"))])
        #expect(workspace.flash?.text == "copied record id 43776")
    }

    @Test func projectsPaneOffersItsIdAndPath() async throws {
        let workspace = try await WorkspaceFixture.withRFI(attachments: [])
        workspace.handle(.focus(.projects))
        let choices = CopyChoice.choices(for: workspace)
        #expect(choices.map(\.label) == ["project id", "API path of the list", "JSON"])
        #expect(choices[0].value == "77")
        #expect(choices[1].value == "/rest/v1.1/projects?company_id=4")
    }
}
