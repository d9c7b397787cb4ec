import Foundation

/// An append-only file of every access and refresh token the simulator issues, one per line, read by
/// the CI leak audit (`.ci/token-audit LEDGER OUTPUTS...`), which fails when any of them shows up in a
/// log, a screen capture or the test output.
///
/// It is off unless `SandboxConfiguration.tokenLedger` names a file; by default that comes from the
/// `SITEWALK_SANDBOX_TOKEN_LEDGER` environment variable, so one ledger collects the tokens of the test
/// process and of every `sitewalk` binary the tests start. Keep it in a temporary directory, never in
/// the repository. The file is created with mode 0600, and each token is one `O_APPEND` write, so
/// several processes can share it.
struct TokenLedger: Sendable {
    /// The ledger file; nil when tokens are not recorded.
    let file: URL?

    /// Appends one token and a newline (a no-op without a file; errors are ignored: the ledger is
    /// a test aid and must never break the simulator).
    func append(_ token: String) {
        guard let file else { return }
        let fd = open(file.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let line = Array((token + "\n").utf8)
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
