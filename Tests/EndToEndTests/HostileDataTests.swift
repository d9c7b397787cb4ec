import Foundation
import Testing

/// The hostile dataset in the real browser: escape sequences, OSC 52, bidi, NUL, huge and deep values.
struct HostileDataTests {
    @Test func hostileRecordsAreShownAsSafeVisibleTextAndNothingReachesTheTerminal() async throws {
        let binary = BuiltBinary.sitewalk
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.close() }
        try await tmux.waitFor(text: "e2e$")
        try tmux.run("'\(binary.path)' --demo --demo-dataset hostile; echo SITEWALK_EXITED=$?")
        let companies = try await tmux.waitFor(text: "Evil")
        #expect(companies.contains("␛["), "the CSI sequence in the company name is shown as a placeholder")
        try await tmux.openSeedProjectRFIs()
        var screen = try await tmux.waitFor(text: "OSC 52")
        // Walk every hostile record, and switch the inspector to JSON on each.
        for _ in 0..<5 {
            try tmux.send("j", literal: true)
            try tmux.send("Space")
            screen = try tmux.capture()
            try tmux.send("Space")
        }
        screen = try tmux.capture()
        #expect(screen.contains("READ-ONLY"), "the browser is still up and drawing")
        let raw = try tmux.captureWithEscapes()
        // tmux's own colour escapes are fine; nothing from the data may appear as a live sequence.
        #expect(!raw.contains("\u{1B}]"), "no OSC sequence reached the screen")
        #expect(!raw.contains("\u{1B}P"), "no DCS sequence reached the screen")
        #expect(!raw.contains("\u{07}"), "no BEL reached the screen")
        for scalar in screen.unicodeScalars where scalar.value != 0x0A {
            #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value), "control U+\(String(scalar.value, radix: 16)) on screen")
            #expect(!(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value), "bidi control on screen")
        }
        #expect(try tmux.listBuffers().isEmpty, "OSC 52 never reached tmux's clipboard")
        #expect(try tmux.paneTitle().contains("pwned") == false, "the window title was not changed")
        try tmux.send("q", literal: true)
        try await tmux.waitFor(text: "SITEWALK_EXITED=0")
    }
}
