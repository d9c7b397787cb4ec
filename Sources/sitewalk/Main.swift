import ArgumentParser
import Foundation

/// The entry point: parses the command line and runs the command on the main thread.
///
/// The browser's curses loop must own the real main thread (background loads run on the
/// cooperative pool and NIO's threads), so the root command runs synchronously here; the other
/// subcommands are async.
@main
enum SitewalkMain {
    static func main() async {
        do {
            var command = try SitewalkCommand.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            SitewalkCommand.exit(withError: error)
        }
    }
}
