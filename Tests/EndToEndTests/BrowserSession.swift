import Foundation
import TerminalUI

/// A `sitewalk --demo` in tmux, with the paths the test controls and helpers to walk the seed.
final class BrowserSession {
    let tmux: TmuxSession
    /// `$XDG_DOWNLOAD_DIR` of the browser (downloads go to `<this>/sitewalk`).
    let downloadRoot: URL

    /// Starts the browser at `width`×`height` and waits for the seed company.
    /// `prepare` runs with the session's HOME before the browser starts (config files, token files).
    /// `environment` is set for the browser's process only (names and values must be shell-safe).
    init(width: Int = 120, height: Int = 40, arguments: String = "--demo", environment: [String: String] = [:],
         prepare: (URL) throws -> Void = { _ in }) async throws {
        let binary = BuiltBinary.sitewalk
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw E2EFailure("sitewalk binary not found at \(binary.path)")
        }
        let tmux = try TmuxSession(width: width, height: height)
        self.tmux = tmux
        downloadRoot = tmux.home.appendingPathComponent("downloads")
        do {
            try prepare(tmux.home)
            try await tmux.waitFor(text: "e2e$")
            let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)' " }.joined()
            try tmux.run("\(variables)XDG_DOWNLOAD_DIR='\(downloadRoot.path)' '\(binary.path)' \(arguments); echo SITEWALK_EXITED=$?")
            try await tmux.waitFor(text: "Sandbox Demo Comp")  // the whole name at any width the tests use
        } catch {
            tmux.close()  // no test owns the session yet: end it here (the browser gets SIGHUP)
            throw error
        }
    }

    /// Opens the company and the project, leaving the focus on the Tools pane.
    func openProject() async throws {
        try tmux.send("Enter")
        try await tmux.waitFor(text: "1234 - Sandbox Test Proj")
        try tmux.send("Enter")
        try await tmux.waitFor(text: "RFIs")
    }

    /// In the Tools pane: filters on `title`, opens the first match, and waits until the breadcrumb
    /// names the tool and `expected` shows.
    @discardableResult
    func openTool(_ title: String, expecting expected: String) async throws -> String {
        try tmux.send("/")
        try tmux.send("Escape")
        try tmux.send("/")
        try tmux.send(title, literal: true)
        try tmux.send("Enter")
        try tmux.send("Enter")
        return try await tmux.waitFor("\(title) open, showing “\(expected)”") { screen in
            let lines = screen.split(separator: "\n")
            let body = lines.dropFirst().joined(separator: "\n")  // not the breadcrumb, which names the company
            return (lines.first ?? "").hasSuffix("› \(title)") && body.contains(expected)
        }
    }

    /// Presses `key` (PgDn) until `text` shows, at most `pages` times, waiting for each redraw.
    @discardableResult
    func scroll(until text: String, key: String = "PgDn", pages: Int = 8) async throws -> String {
        var screen = try tmux.capture()
        for _ in 0..<pages where !screen.contains(text) {
            let before = screen
            try tmux.send(key)
            screen = try await tmux.waitFor("the screen to scroll towards “\(text)”") { $0 != before }
        }
        guard screen.contains(text) else { throw E2EFailure("“\(text)” not found after \(pages) pages; screen was:\n\(screen)") }
        return screen
    }

    /// Quits with `q` and waits for the shell.
    func quit() async throws {
        try tmux.send("q", literal: true)
        try await tmux.waitFor(text: "SITEWALK_EXITED=0")
    }

    func close() { tmux.close() }
}

/// What a whole screen must look like.
enum ScreenShape {
    /// The lines of a `capture-pane -N` capture that break the shape: no line is wider than the
    /// window, and the pane rows and the status bar (every row but the breadcrumb and the footer, which
    /// may end in cleared cells that tmux does not report) are exactly as wide as the window.
    static func badLines(_ screen: String, width: Int) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        return lines.enumerated().compactMap { index, line in
            let w = DisplayWidth.of(line)
            let mustBeWhole = index > 0 && index < lines.count - 1
            return w > width || (mustBeWhole && w != width) ? "\(index): [\(w)] \(line)" : nil
        }
    }
}
