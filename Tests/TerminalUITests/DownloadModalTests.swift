import Foundation
import ProcoreAPI
import Testing
@testable import TerminalUI
@testable import Workspace

/// `d`: one link downloads at once, several open a picker, none flashes; progress in the status bar.
struct DownloadModalTests {
    @Test func recordWithoutFilesFlashes() async throws {
        let workspace = try await WorkspaceFixture.withRFI(attachments: [])
        #expect(workspace.focus == .records)
        #expect(workspace.selectedRecord?.id == 43776)
        let app = BrowserApp(workspace: workspace, theme: .mono)
        app.handle(.char("d"))
        #expect(app.state.mode == .normal)
        #expect(workspace.flash?.text == "no files on this record")
        #expect(workspace.downloads.isEmpty)
    }

    @Test func oneFileStartsAtOnce() async throws {
        let workspace = try await WorkspaceFixture.withRFI(attachments: [WorkspaceFixture.attachment(1, "sketch.pdf")])
        let app = BrowserApp(workspace: workspace, theme: .mono)
        app.handle(.char("d"))
        #expect(app.state.mode == .normal)
        #expect(workspace.downloads.map(\.name) == ["sketch.pdf"])
    }

    @Test func severalFilesOpenAPickerThatEscCancelsAndEnterChooses() async throws {
        let workspace = try await WorkspaceFixture.withRFI(attachments: [
            WorkspaceFixture.attachment(1, "sketch.pdf"), WorkspaceFixture.attachment(2, "photo.jpg"),
        ])
        let app = BrowserApp(workspace: workspace, theme: .mono)
        app.handle(.char("d"))
        guard case .picker(let picker) = app.state.mode else { Issue.record("no picker: \(app.state.mode)"); return }
        #expect(picker.items.map(\.label) == ["sketch.pdf", "photo.jpg"])
        let screen = BrowserScreen.render(workspace, keymap: .defaults, state: app.state, width: 120, height: 30).lines()
        #expect(screen.contains { $0.contains("Download which file?") })
        #expect(screen.contains { $0.contains("photo.jpg") && $0.contains("attachments.1.url") })
        #expect(screen.contains { $0.contains("Esc cancel") })

        app.handle(.escape)
        #expect(app.state.mode == .normal)
        #expect(workspace.downloads.isEmpty, "Esc cancels")

        app.handle(.char("d"))
        app.handle(.down)
        app.handle(.down)
        app.handle(.enter)
        #expect(app.state.mode == .normal)
        #expect(workspace.downloads.map(\.name) == ["photo.jpg"], "the cursor stops at the last item")
    }

    @Test func statusBarShowsARunningDownloadsProgress() {
        var download = DownloadState(id: 1, name: "drawing.pdf", progress: nil, phase: .running)
        #expect(DownloadSummary.text(download) == "⇣ drawing.pdf starting…")
        download.progress = DownloadProgress(fileName: "drawing.pdf", received: 48, total: 100, bytesPerSecond: 31_000_000)
        #expect(DownloadSummary.text(download) == "⇣ drawing.pdf 48% 31 MB/s")
        download.progress = DownloadProgress(fileName: "drawing.pdf", received: 2_500_000, total: nil, bytesPerSecond: 0)
        #expect(DownloadSummary.text(download) == "⇣ drawing.pdf 2.5 MB")
        download.phase = .finished(URL(fileURLWithPath: "/tmp/drawing.pdf"))
        #expect(DownloadSummary.text(download) == nil, "a finished download flashes its path instead")
    }

    @Test func statusBarDrawsTheDownload() async throws {
        let workspace = try await WorkspaceFixture.withRFI(attachments: [WorkspaceFixture.attachment(1, "sketch.pdf")])
        workspace.download(workspace.selectedFileLinks[0])
        let id = workspace.downloads[0].id
        workspace.apply(.downloadProgress(id: id, DownloadProgress(fileName: "sketch.pdf", received: 24, total: 48, bytesPerSecond: 1_000_000)))
        let lines = BrowserScreen.render(workspace, keymap: .defaults, state: WorkspaceFixture.state, width: 160, height: 20).lines()
        #expect(lines[18].contains("⇣ sketch.pdf 50% 1.0 MB/s"))
    }
}

/// The picker modal keeps the screen whole at any size and keeps the cursor visible.
struct PickerViewTests {
    @Test func tinyWindowsStillShowTheSelectedItemAndWholeLines() async throws {
        let workspace = try await WorkspaceFixture.withRFI(attachments: (1...12).map { WorkspaceFixture.attachment($0, "file-\($0).pdf") })
        var state = WorkspaceFixture.state
        var picker = Picker.downloads(workspace.selectedFileLinks)
        picker.move(10)
        state.mode = .picker(picker)
        for (width, height) in [(120, 40), (80, 24), (30, 10), (24, 6), (20, 5)] {
            let lines = BrowserScreen.render(workspace, keymap: .defaults, state: state, width: width, height: height).lines()
            #expect(lines.count == height)
            #expect(lines.allSatisfy { DisplayWidth.of($0) == width }, "\(width)×\(height)")
            #expect(lines.contains { $0.contains("file-11") }, "the selected item shows at \(width)×\(height):\n\(lines.joined(separator: "\n"))")
        }
    }
}
