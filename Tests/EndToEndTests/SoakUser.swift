import Foundation

/// The scripted user of the fault soak: walks the browser through tools, filters, records, the inspector
/// and downloads, and reads every screen it waits on for errors — each must say what went wrong.
final class SoakUser {
    let tmux: TmuxSession
    /// Where the browser saves files.
    let downloads: URL
    /// Called between screen reads (the soak samples memory there).
    var tick: () -> Void = {}
    /// Keys (or literal strings) sent.
    private(set) var keysSent = 0
    /// Errors seen in a pane (the explanation phrase of each), one per retry pressed.
    private(set) var paneErrors: [String] = []
    /// Distinct error flashes seen in the status bar.
    private(set) var flashErrors: Set<String> = []
    /// What broke a pass rule: an error without its explanation, a sign-out.
    private(set) var problems: [String] = []
    /// Downloads asked for and answered with a saved file or a failure message.
    private(set) var downloadsAsked = 0

    /// The explanations ``ProcoreAPI/ProcoreError`` gives, one phrase of each.
    static let explanations = [
        "signed out", "access token was rejected", "forbidden", "not found", "rate limited", "request was refused",
        "server error", "network error", "was not JSON", "read-only", "refused to send the token", "cancelled",
    ]

    init(tmux: TmuxSession, downloads: URL) {
        self.tmux = tmux
        self.downloads = downloads
    }

    /// Whether the last keys left the browser typing a filter (where `r` would be text, not reload).
    private var filtering = false

    /// Presses keys by tmux name.
    func press(_ keys: String...) throws {
        for key in keys {
            try tmux.send(key)
            keysSent += 1
            if key == "/" { filtering = true } else if key == "Enter" || key == "Escape" { filtering = false }
        }
    }

    /// Types text.
    func type(_ text: String) throws {
        try tmux.send(text, literal: true)
        keysSent += text.count
    }

    /// Waits until `condition` holds, reading every screen for errors. A pane showing an error (with
    /// its explanation) is retried with `r`; a screen that never gets there in `timeout` seconds is a hang.
    @discardableResult
    func wait(_ what: String, timeout: TimeInterval = 90, _ condition: (String) throws -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        var lastRetry = Date.distantPast
        while Date() < deadline {
            tick()
            screen = try tmux.capture()
            inspect(screen)
            if try condition(screen) { return screen }
            if screen.contains("r to retry"), !filtering, Date().timeIntervalSince(lastRetry) > 1 {
                paneErrors.append(Self.explanations.first { screen.contains($0) } ?? "(none)")
                try press("r")
                lastRetry = Date()
            }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        throw E2EFailure("no answer in \(Int(timeout))s waiting for \(what); screen was:\n\(screen)")
    }

    /// Checks one screen: a pane error must carry an explanation and the request; an error flash must too;
    /// the session must never be signed out by faults.
    func inspect(_ screen: String) {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if screen.contains("r to retry") {
            if !Self.explanations.contains(where: { screen.contains($0) }) {
                note("a pane error without an explanation:\n\(screen)")
            }
            if !screen.contains("GET /") { note("a pane error without its request:\n\(screen)") }
        }
        for line in lines {
            if let range = line.range(of: #"(GET /\S+( \d{3})?: |download failed: ).*"#, options: .regularExpression) {
                let flash = String(line[range]).trimmingCharacters(in: .whitespaces)
                if !flashErrors.contains(flash) {
                    flashErrors.insert(flash)
                    let explained = flash.hasPrefix("download failed: ")
                        ? flash.count > "download failed: ".count + 3
                        : Self.explanations.contains { flash.contains($0) }
                    if !explained { note("an error flash without an explanation: \(flash)") }
                }
            }
        }
        for phrase in ["signed out", "access token was rejected", "sitewalk login"] where screen.contains(phrase) {
            note("the session was lost under faults (“\(phrase)”):\n\(screen)")
        }
    }

    /// Records a broken rule once.
    private func note(_ problem: String) {
        if !problems.contains(problem) { problems.append(problem) }
    }

    /// The title of the focused pane: the one whose border is drawn bold (read from the colours).
    func focusedPane() -> String? {
        guard let escaped = try? tmux.captureWithEscapes() else { return nil }
        let lines = escaped.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 1 ? Self.boldPaneTitle(String(lines[1])) : nil
    }

    /// In the top border row of the panes, the title of the pane whose corner `┌` is bold.
    static func boldPaneTitle(_ line: String) -> String? {
        let scalars = Array(line.unicodeScalars)
        var bold = false
        var i = 0
        /// Skips an escape sequence at `i`, applying SGR bold changes; returns the index after it.
        func skipEscape(_ i: Int, apply: Bool) -> Int {
            var j = i + 2
            var parameters = ""
            while j < scalars.count, !(0x40...0x7E).contains(scalars[j].value) {
                parameters.unicodeScalars.append(scalars[j])
                j += 1
            }
            if apply, j < scalars.count, scalars[j] == "m" {
                let codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
                var k = 0
                while k < codes.count {
                    switch codes[k] {
                    case 0, 22: bold = false
                    case 1: bold = true
                    case 38, 48, 58: k += (k + 1 < codes.count && codes[k + 1] == 5) ? 2 : 4
                    default: break
                    }
                    k += 1
                }
            }
            return j + 1
        }
        while i < scalars.count {
            if scalars[i] == "\u{1B}", i + 1 < scalars.count, scalars[i + 1] == "[" {
                i = skipEscape(i, apply: true)
                continue
            }
            if scalars[i] == "┌", bold {
                var title = ""
                var j = i + 1
                while j < scalars.count, scalars[j] != "─", scalars[j] != "┐" {
                    if scalars[j] == "\u{1B}", j + 1 < scalars.count, scalars[j + 1] == "[" {
                        j = skipEscape(j, apply: false)
                        continue
                    }
                    title.unicodeScalars.append(scalars[j])
                    j += 1
                }
                return title.trimmingCharacters(in: .whitespaces)
            }
            i += 1
        }
        return nil
    }

    /// Whether the Tools pane has the focus.
    func toolsFocused() -> Bool { focusedPane() == "Tools" }

    /// The focused pane and the breadcrumb once two reads 150 ms apart agree (no key still on its way).
    private func settledPlace() async throws -> (focus: String, crumb: String) {
        var last: (String, String)?
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            tick()
            let screen = try tmux.capture()
            inspect(screen)
            let place = (focusedPane() ?? "", screen.split(separator: "\n").first.map(String.init) ?? "")
            if let last, last == place, !place.0.isEmpty { return place }
            last = place
            try await Task.sleep(nanoseconds: 150_000_000)
        }
        throw E2EFailure("the screen did not settle; the focus is on \(focusedPane() ?? "?")")
    }

    /// Steps back (`h`) until the Tools pane has the focus, waiting for each step to show; from a pane
    /// left of Tools, steps right with Tab.
    func backToTools() async throws {
        for _ in 0..<10 {
            let place = try await settledPlace()
            if place.focus == "Tools" { return }
            let leftOfTools = place.focus.hasPrefix("Companies") || place.focus.hasPrefix("Projects")
            try press(leftOfTools ? "Tab" : "h")
            try await wait("a step from \(place.focus) towards Tools", timeout: 30) { screen in
                self.focusedPane() != place.focus || screen.split(separator: "\n").first.map(String.init) != place.crumb
            }
        }
        throw E2EFailure("the focus did not get back to Tools; it is on \(focusedPane() ?? "?")")
    }

    /// From the Companies pane: opens the seed company and project, leaving the focus on Tools.
    func openProject() async throws {
        try await wait("the seed company") { $0.contains("Sandbox Demo Comp") && !$0.contains("loading…") }
        try press("Enter")
        try await wait("the seed project") { $0.contains("1234 - Sandbox Test Proj") }
        try press("Enter")
        try await wait("the tools") { $0.contains("RFIs") && !$0.contains("loading…") && self.toolsFocused() }
    }

    /// One visit, from the Tools pane and back to it: open `tool`, move, filter on `expected`, open the
    /// record, toggle the inspector, download when `download` says how, and go back.
    func visit(tool: String, expected: String, download: SoakDownload?) async throws {
        guard toolsFocused() else { throw E2EFailure("a visit must start on Tools; the focus is on \(focusedPane() ?? "?")") }
        try press("/", "Escape", "/")
        try type(tool)
        try press("Enter", "Enter")
        try await wait("\(tool) with “\(expected)”") { screen in
            let lines = screen.split(separator: "\n")
            return (lines.first ?? "").hasSuffix("› \(tool)") && lines.dropFirst().joined(separator: "\n").contains(expected)
        }
        try press("r")  // reload, bypassing the cache: the requests meet the faults again
        try await wait("\(tool) reloaded") { !$0.contains("loading…") && $0.contains(expected) }
        try press("j", "j", "k", "g")
        try await filter(String(expected.prefix(5)).lowercased(), expected: expected)
        try press("Enter")
        if let download {
            if download == .inside {
                // Open the first row; a key that lands while the list is being redrawn is pressed again.
                var opened = false
                for _ in 0..<3 where !opened {
                    try press("Enter")
                    // The breadcrumb names the opened row and its first file is previewed (a file name alone
                    // is not enough: the inspector's preview of the album and the last download's flash show some).
                    opened = (try? await wait("a file inside \(tool)", timeout: 20) { screen in
                        let crumb = screen.split(separator: "\n").first.map(String.init) ?? ""
                        return crumb.hasSuffix("› \(expected)") && !screen.contains("select a record")
                            && (screen.contains(".jpg") || screen.contains(".pdf"))
                    }) != nil
                }
                if !opened { throw E2EFailure("no file inside \(tool) after three tries:\n\((try? tmux.capture()) ?? "")") }
            }
            try await fetch(tool)
        } else {
            try press("Enter")
            try await wait("a record of \(tool) opened") { !$0.contains("loading…") }
            if let inspector = focusedPane(), inspector.hasSuffix(" · fields") {
                let json = String(inspector.dropLast(" · fields".count)) + " · json"
                try press("Space")
                try await wait("the inspector showing JSON") { _ in self.focusedPane() == json }
                try press("Space")
                try await wait("the inspector showing fields") { _ in self.focusedPane() == inspector }
            }
        }
        try await backToTools()
    }

    /// Types a filter and waits for `expected` among its matches. Filtering a list loads its remaining
    /// pages; when that load fails (its error in the pane), leaves the filter (Esc), reloads (`r`) and
    /// types the filter again, like a user would.
    private func filter(_ text: String, expected: String) async throws {
        for _ in 0..<3 {
            try press("/")
            try type(text)
            var failed = false
            try await wait("the filter /\(text)") { screen in
                if screen.contains("r to retry") {
                    failed = true
                    return true
                }
                return screen.contains(expected) && screen.contains("/\(text)")
            }
            guard failed else { return }
            let screen = try tmux.capture()
            paneErrors.append(Self.explanations.first { screen.contains($0) } ?? "(none)")
            try press("Escape", "r")
            try await wait("the list reloaded after a failed filter") { !$0.contains("loading…") && $0.contains(expected) }
        }
        throw E2EFailure("the filter /\(text) failed three times:\n\((try? tmux.capture()) ?? "")")
    }

    /// Presses `d` on the selected record and waits for the download's answer (saved or failed).
    private func fetch(_ tool: String) async throws {
        let before = completedDownloads().count
        let failuresBefore = flashErrors.filter { $0.hasPrefix("download failed") }.count
        try press("d")
        downloadsAsked += 1
        try await wait("the download from \(tool) to end", timeout: 120) { screen in
            for refusal in ["select a record first", "no files on this record"] where screen.contains(refusal) {
                throw E2EFailure("d was refused (“\(refusal)”):\n\(screen)")
            }
            if screen.contains("Download which file?") {
                try? self.press("Enter")
                return false
            }
            return self.completedDownloads().count > before
                || self.flashErrors.filter { $0.hasPrefix("download failed") }.count > failuresBefore
        }
    }

    /// Files fully downloaded so far (not `.part` files).
    func completedDownloads() -> [URL] {
        let files = (try? FileManager.default.contentsOfDirectory(at: downloads, includingPropertiesForKeys: nil)) ?? []
        return files.filter { !$0.lastPathComponent.hasSuffix(".part") && !$0.lastPathComponent.hasPrefix(".") }
    }
}

/// How a soak visit downloads: from the selected record, or from the first file inside it.
enum SoakDownload {
    case record
    case inside
}
