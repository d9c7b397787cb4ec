import Foundation
import ProcoreAPI
import Testing
@testable import TerminalUI
@testable import Workspace

/// The event loop reuses canvases and takes a fast path for ASCII text: both must draw exactly what a
/// fresh canvas and the general path draw.
struct FrameReuseTests {
    @Test("Rendering into a reused canvas of another size and content equals rendering into a fresh one")
    func reusedCanvasMatchesFresh() async throws {
        let workspace = try await WorkspaceFixture.withRFI(attachments: [WorkspaceFixture.attachment(1, "plan.pdf")])
        var reused = Canvas(width: 40, height: 9)
        reused.put("stale text that must disappear", x: 0, y: 3, style: Style(fg: .error, [.bold]))
        for (width, height) in [(250, 70), (120, 30), (90, 24)] {
            BrowserScreen.render(workspace, keymap: .defaults, state: WorkspaceFixture.state, into: &reused,
                                 width: width, height: height)
            let fresh = BrowserScreen.render(workspace, keymap: .defaults, state: WorkspaceFixture.state,
                                             width: width, height: height)
            #expect(reused.width == width && reused.height == height)
            #expect(reused.lines() == fresh.lines())
            #expect(reused.styleLines() == fresh.styleLines())
            #expect(reused.diff(from: fresh).isEmpty)
        }
    }

    @Test("ASCII text clipped on the left, truncated or cut on the right lands like any other text",
          arguments: [(-2, 6, true), (-2, 4, false), (0, 3, true), (3, 20, true), (1, 1, true), (-9, 20, true)])
    func asciiFastPathEdges(_ x: Int, _ maxWidth: Int, _ truncation: Bool) {
        let ascii = "abcdefgh"
        var canvas = Canvas(width: 10, height: 1)
        let used = canvas.put(ascii, x: x, y: 0, style: .plain, maxWidth: maxWidth, truncation: truncation)
        let expected = Self.reference(ascii, x: x, width: 10, maxWidth: maxWidth, truncation: truncation)
        #expect(canvas.lines() == [expected.line])
        #expect(used == expected.used)
        // The general (cluster by cluster) path, taken for any non-ASCII text, lays out the same way.
        var general = Canvas(width: 10, height: 1)
        let latin = "àbcdefgh"
        let usedGeneral = general.put(latin, x: x, y: 0, style: .plain, maxWidth: maxWidth, truncation: truncation)
        let expectedLatin = Self.reference(latin, x: x, width: 10, maxWidth: maxWidth, truncation: truncation)
        #expect(general.lines() == [expectedLatin.line])
        #expect(usedGeneral == expectedLatin.used)
    }

    /// What `put` must draw for ASCII text: the visible cells, `…` in the last one when cut and truncating.
    static func reference(_ text: String, x: Int, width: Int, maxWidth: Int, truncation: Bool) -> (line: String, used: Int) {
        var row = Array(repeating: Character(" "), count: width)
        let limit = min(width, x + maxWidth)
        var chars = Array(text)
        if x + chars.count > limit {
            chars = Array(chars.prefix(max(0, limit - x - (truncation ? 1 : 0))))
            if truncation { chars.append("…") }
        }
        var used = 0
        for (i, c) in chars.enumerated() where x + i >= 0 && x + i < limit {
            row[x + i] = c
            used += 1
        }
        return (String(row), used)
    }

    @Test("A status keeps its colour when asked again (the cache answers like the rules)")
    func statusColoursAreStable() {
        for status in ["Open", "Closed", "Draft", "Rejected", "Not Approved", "Something else", "open"] {
            let first = ListView.statusRole(status)
            #expect(ListView.statusRole(status) == first)
        }
        #expect(ListView.statusRole("Closed") == .ok)
        #expect(ListView.statusRole("Open") == .warning)
        #expect(ListView.statusRole("Rejected") == .error)
    }
}
