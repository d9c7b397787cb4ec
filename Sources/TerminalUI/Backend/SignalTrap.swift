import Foundation

/// Turns SIGTERM, SIGHUP and SIGINT into a flag the UI loop reads, waking it through a pipe, so
/// every exit path restores the terminal; makes sure those and SIGWINCH are not blocked.
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
        // A process can inherit a mask that blocks these (a test runner, some supervisors): then SIGWINCH
        // never reaches curses (no resize) and SIGTERM/SIGHUP never end the loop. Unblock them.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGWINCH] { sigaddset(&wanted, sig) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
    }

    /// The signal caught, if any.
    public static var pendingSignal: Int32? { caught == 0 ? nil : caught }
}
