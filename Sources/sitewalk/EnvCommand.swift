import ArgumentParser
import Foundation
import ProcoreAPI

/// `sitewalk env list`: the environments, marking the current one.
struct EnvCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "env", abstract: "Environments.",
                                                    subcommands: [List.self], defaultSubcommand: List.self)

    /// `sitewalk env list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List environments, marking the current one.")

        func run() throws {
            let paths = SitewalkPaths(environment: ProcessInfo.processInfo.environment)
            let configuration: SitewalkConfiguration
            do { configuration = try SitewalkConfiguration.load(paths.configFile) } catch {
                FileHandle.standardError.write(Data("sitewalk: \(error)\n".utf8))
                throw ExitCode.failure
            }
            let current = configuration.defaultEnvironment ?? "sandbox"
            let store = TokenStore(directory: paths.tokensDirectory)
            for environment in configuration.environments {
                let mark = environment.name == current ? "*" : " "
                let state: String
                if FileManager.default.fileExists(atPath: store.file(for: environment.name).path) {
                    state = (try? store.load(environment: environment.name)).flatMap { $0 }.map { _ in "signed in" } ?? "token file unusable"
                } else {
                    state = "signed out"
                }
                print("\(mark) \(environment.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(environment.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(environment.apiURL.absoluteString.padding(toLength: 36, withPad: " ", startingAt: 0)) \(state)")
            }
            print("\(current == "demo" ? "*" : " ") \("demo".padding(toLength: 12, withPad: " ", startingAt: 0)) \("demo".padding(toLength: 10, withPad: " ", startingAt: 0)) \("(embedded simulator)".padding(toLength: 36, withPad: " ", startingAt: 0)) no account needed")
        }
    }
}
