import Foundation
import ProcoreAPI
import TerminalUI

/// Picks the theme: `NO_COLOR` means mono; else `--theme`, else `default`. A broken theme falls back
/// to `default` with a message naming the file and the problem.
struct ThemeChoice {
    let theme: Theme
    let problem: String?

    /// The directories searched: the user's, then the shipped `themes/` beside the executable or in the source tree.
    static func library(paths: SitewalkPaths) -> ThemeLibrary {
        var directories = [paths.themesDirectory]
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var probe = executable.deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = probe.appendingPathComponent("themes")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.toml").path) {
                directories.append(candidate)
                break
            }
            probe = probe.deletingLastPathComponent()
        }
        return ThemeLibrary(directories: directories)
    }

    static func resolve(requested: String?, paths: SitewalkPaths, environment: [String: String]) -> ThemeChoice {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return ThemeChoice(theme: .mono, problem: nil) }
        let name = requested ?? "default"
        do {
            return ThemeChoice(theme: try library(paths: paths).load(name), problem: nil)
        } catch {
            return ThemeChoice(theme: .terminalDefault, problem: "\(error); using the default theme")
        }
    }
}
