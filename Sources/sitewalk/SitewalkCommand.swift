import ArgumentParser
import Foundation
import ProcoreAPI

/// `sitewalk`: the root of every subcommand; with none, the browser.
struct SitewalkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitewalk",
        abstract: "A read-only terminal browser for the Procore REST API.",
        discussion: "Run `sitewalk --demo` to browse the built-in simulator: no account, no network.",
        version: SitewalkVersion.current,
        subcommands: [BrowseCommand.self, GetCommand.self, DownloadCommand.self, LoginCommand.self, LogoutCommand.self,
                      TokenCommand.self, EnvCommand.self, InfoCommand.self, SandboxCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
