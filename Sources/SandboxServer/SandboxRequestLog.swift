import Foundation

/// What the simulator was asked, for tests and `sitewalk sandbox --verbose`. Thread-safe.
///
/// It keeps header names only, never values, plus counters for the OAuth events tests assert on and the
/// access tokens it issued (so a test can grep a program's output and logs for leaks).
public final class SandboxRequestLog: Sendable {
    private struct State {
        var entries: [SandboxRequestLogEntry] = []
        var refreshGrants = 0
        var reusedRefreshTokens = 0
        var issuedTokens: [String] = []
        var observer: (@Sendable (SandboxRequestLogEntry) -> Void)?
    }

    private let state = Locked(State())
    private let file: Locked<FileHandle?>
    private let ledger: TokenLedger

    init(logFile: URL?, tokenLedger: TokenLedger = TokenLedger(file: nil)) {
        ledger = tokenLedger
        var handle: FileHandle?
        if let logFile {
            if !FileManager.default.fileExists(atPath: logFile.path) {
                _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
            }
            handle = try? FileHandle(forWritingTo: logFile)
            _ = try? handle?.seekToEnd()
        }
        file = Locked(handle)
    }

    /// At most this many entries are kept (a long-running `sitewalk sandbox` must not grow without bound);
    /// past it the oldest half is dropped.
    static let capacity = 200_000

    /// Every request so far (up to the newest 200,000), oldest first.
    public func entries() -> [SandboxRequestLogEntry] { state.withLock { $0.entries } }

    /// Forgets the entries and resets the counters (issued tokens are kept: they may still leak later).
    public func clear() {
        state.withLock {
            $0.entries.removeAll()
            $0.refreshGrants = 0
            $0.reusedRefreshTokens = 0
        }
    }

    /// How many `refresh_token` grants succeeded.
    public var refreshGrantCount: Int { state.withLock { $0.refreshGrants } }

    /// How many times an already-used (or revoked) refresh token was presented.
    public var reusedRefreshTokenCount: Int { state.withLock { $0.reusedRefreshTokens } }

    /// Every access and refresh token the server has issued, so tests can check none leaked.
    public func issuedAccessTokens() -> [String] { state.withLock { $0.issuedTokens } }

    /// How many entries match `predicate`.
    public func count(where predicate: (SandboxRequestLogEntry) -> Bool) -> Int {
        entries().filter(predicate).count
    }

    /// Calls `observer` with each new entry (from a server thread); nil stops it. Used by `--verbose`.
    public func setObserver(_ observer: (@Sendable (SandboxRequestLogEntry) -> Void)?) {
        state.withLock { $0.observer = observer }
    }

    // MARK: - Recording (internal)

    func record(_ entry: SandboxRequestLogEntry) {
        let observer = state.withLock { s -> (@Sendable (SandboxRequestLogEntry) -> Void)? in
            s.entries.append(entry)
            if s.entries.count > Self.capacity { s.entries.removeFirst(s.entries.count - Self.capacity / 2) }
            return s.observer
        }
        observer?(entry)
        file.withLock { handle in
            guard let handle else { return }
            let stamp = ISO8601DateFormatter().string(from: Date())
            handle.write(Data("\(stamp) \(entry.line)\n".utf8))
        }
    }

    func noteRefreshGrant() { state.withLock { $0.refreshGrants += 1 } }
    func noteReusedRefreshToken() { state.withLock { $0.reusedRefreshTokens += 1 } }
    func noteIssued(_ token: String) {
        state.withLock { $0.issuedTokens.append(token) }
        ledger.append(token)
    }

    /// The query string with secret-bearing parameter values replaced.
    static func redact(query: String) -> String {
        guard !query.isEmpty else { return query }
        let secret: Set<String> = ["access_token", "refresh_token", "code", "client_secret", "token"]
        return query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, secret.contains(String(parts[0])) { return "\(parts[0])=REDACTED" }
            return String(pair)
        }.joined(separator: "&")
    }
}
