import Foundation

/// Turns SIGTERM, SIGHUP and SIGINT into a flag the UI loop reads, waking it through a pipe, so
/// every exit path restores the terminal.
public enum SignalTrap {
    nonisolated(unsafe) private static var wakeFD: Int32 = -1
    nonisolated(unsafe) private static var caught: Int32 = 0

    /// Installs the handlers; `pipe` is written to when a signal arrives.
    public static func install(waking pipe: WakePipe) {
        wakeFD = pipe.writeFD
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            signal(sig) { number in
                SignalTrap.caught = number
                var byte: UInt8 = 2
                _ = write(SignalTrap.wakeFD, &byte, 1)
            }
        }
        signal(SIGPIPE, SIG_IGN)
    }

    /// The signal caught, if any.
    public static var pendingSignal: Int32? { caught == 0 ? nil : caught }
}
