import ArgumentParser
import Foundation
import ProcoreAPI

/// `sitewalk info`: every path Sitewalk uses.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Print every path Sitewalk uses.")

    func run() throws {
        let paths = SitewalkPaths(environment: ProcessInfo.processInfo.environment)
        let configuration = (try? SitewalkConfiguration.load(paths.configFile)) ?? SitewalkConfiguration()
        let themes = ThemeChoice.library(paths: paths).directories.map(\.path).joined(separator: ", ")
        let rows: [(String, String)] = [
            ("version", SitewalkVersion.current),
            ("config", paths.configFile.path),
            ("tokens", paths.tokensDirectory.path),
            ("themes", themes),
            ("log", paths.logFile.path),
            ("simulator log", paths.stateDirectory.appendingPathComponent("sandbox.log").path),
            ("downloads", (configuration.downloadsDirectory ?? paths.downloadsDirectory).path),
        ]
        for (name, value) in rows { print(name.padding(toLength: 14, withPad: " ", startingAt: 0) + value) }
    }
}
