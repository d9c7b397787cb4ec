import ArgumentParser
import Foundation
import ProcoreAPI
import TerminalUI

/// `sitewalk download URL`: a Procore file link, with the redirect trust policy and progress.
struct DownloadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "download",
        abstract: "Download a Procore file link (token only to the environment's hosts, never to storage).",
        discussion: """
        -o DIR saves inside DIR under the server's (sanitised) name; -o FILE writes FILE. Without -o the \
        file goes to the current directory. An interrupted download leaves NAME.part; run it again to resume.
        """)

    @Argument(help: "The file URL from a record (document version, photo, drawing PDF, attachment).")
    var url: String

    @Option(name: .shortAndLong, help: "A directory to save into, or the file name to write.")
    var output: String?

    @Flag(name: .long, help: "Replace an existing file instead of choosing a numbered name.")
    var overwrite = false

    @Option(name: .long, help: "The environment.")
    var env: String?

    func validate() throws {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), scheme == "http" || scheme == "https",
              parsed.host != nil else {
            throw ValidationError("URL must be an http(s) file link")
        }
    }

    func run() async throws {
        try await runReportingOneLine {
            try await CommandContext.with(environmentName: env) { context in
                let destination = Self.destination(for: output)
                let interactive = isatty(STDERR_FILENO) == 1
                let reporter = ProgressReporter(interactive: interactive)
                let result = try await FileDownloader(client: context.client)
                    .download(URL(string: url)!, to: destination, overwrite: overwrite) { progress in reporter.report(progress) }
                reporter.finish()
                print(result.file.path)
            }
        }
    }

    /// `-o`: an existing directory means "inside it"; anything else is the file to write.
    static func destination(for output: String?) -> DownloadDestination {
        guard let output else { return .directory(URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) }
        let url = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .directory(url)
        }
        return .file(url)
    }
}

/// Prints download progress on stderr: a bar redrawn in place on a terminal, plain lines when piped.
final class ProgressReporter: @unchecked Sendable {
    private let interactive: Bool
    private let lock = NSLock()
    private var lastLine = Date.distantPast
    private var drewBar = false

    init(interactive: Bool) { self.interactive = interactive }

    func report(_ progress: DownloadProgress) {
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        let line = Self.describe(progress)
        if interactive {
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
            drewBar = true
        } else if now.timeIntervalSince(lastLine) >= 1 || progress.fraction == 1 {
            FileHandle.standardError.write(Data("\(line)\n".utf8))
            lastLine = now
        }
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if drewBar { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    static func describe(_ progress: DownloadProgress) -> String {
        let name = TextSanitizer.sanitize(progress.fileName)
        var parts = [name]
        if let fraction = progress.fraction {
            let filled = Int(fraction * 20)
            parts.append("[" + String(repeating: "#", count: filled) + String(repeating: "-", count: 20 - filled) + "]")
            parts.append("\(Int(fraction * 100))%")
        }
        var size = NumberText.bytes(progress.received)
        if let total = progress.total { size += " / " + NumberText.bytes(total) }
        parts.append(size)
        if progress.bytesPerSecond > 0 { parts.append(NumberText.bytes(Int64(progress.bytesPerSecond)) + "/s") }
        if let left = progress.secondsLeft, progress.fraction != 1 { parts.append(NumberText.duration(Int(left.rounded(.up))) + " left") }
        return parts.joined(separator: "  ")
    }
}
