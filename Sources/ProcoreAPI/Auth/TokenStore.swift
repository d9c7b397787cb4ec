import Foundation

/// Where tokens live on disk: one file per environment in `tokens/`, directory 0700, files 0600,
/// written atomically (temporary file, fsync, rename).
///
/// A corrupt file, or one that other users can read, is reported and never silently used or overwritten.
public struct TokenStore: Sendable {
    /// The `tokens` directory.
    public let directory: URL

    /// A token file could not be used; the message names the file and the problem.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        /// The file concerned.
        public let file: String
        /// What is wrong with it.
        public let reason: String
        /// One line for a person.
        public var description: String { "token file \(file): \(reason)" }
    }

    /// Creates a store rooted at `directory` (usually `$XDG_CONFIG_HOME/sitewalk/tokens`).
    public init(directory: URL) { self.directory = directory }

    /// The file holding one environment's tokens.
    public func file(for environment: String) -> URL {
        directory.appendingPathComponent(Self.safeName(environment) + ".json")
    }

    /// Reads an environment's tokens; nil when none are stored.
    public func load(environment: String) throws -> TokenSet? {
        let url = file(for: environment)
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw Problem(file: url.path, reason: "is not a regular file; refusing to use it")
        }
        if info.st_mode & 0o077 != 0 {
            throw Problem(file: url.path, reason: String(format: "has mode %o; it must be 0600 (run: chmod 600 '%@')", info.st_mode & 0o777, url.path))
        }
        if info.st_uid != getuid() {
            throw Problem(file: url.path, reason: "belongs to another user; refusing to use it")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw Problem(file: url.path, reason: "cannot be read (\(error.localizedDescription))")
        }
        do { return try JSONDecoder().decode(TokenSet.self, from: data) } catch {
            throw Problem(file: url.path, reason: "is corrupt (not a token file); remove it with `sitewalk logout` or by hand")
        }
    }

    /// Writes an environment's tokens atomically with mode 0600, creating the directory with mode 0700.
    public func save(_ tokens: TokenSet, environment: String) throws {
        try ensureDirectory()
        let url = file(for: environment)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(tokens)
        let temp = directory.appendingPathComponent(".\(Self.safeName(environment)).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Problem(file: temp.path, reason: "cannot be created (\(String(cString: strerror(errno))))") }
        var ok = fchmod(fd, 0o600) == 0
        ok = ok && data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        ok = ok && fsync(fd) == 0
        let writeErrno = errno
        close(fd)
        guard ok, rename(temp.path, url.path) == 0 else {
            unlink(temp.path)
            throw Problem(file: url.path, reason: "cannot be written (\(String(cString: strerror(writeErrno))))")
        }
        let dirFD = open(directory.path, O_RDONLY | O_DIRECTORY)
        if dirFD >= 0 { fsync(dirFD); close(dirFD) }
    }

    /// Takes an exclusive lock on an environment's tokens across processes (`flock` on `NAME.lock`),
    /// so two Sitewalks never spend the same single-use refresh token. Returns the unlock action.
    public func lock(environment: String) throws -> @Sendable () -> Void {
        try ensureDirectory()
        let path = directory.appendingPathComponent(Self.safeName(environment) + ".lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Problem(file: path, reason: "cannot be opened (\(String(cString: strerror(errno))))") }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(fd)
                throw Problem(file: path, reason: "cannot be locked (\(String(cString: strerror(errno))))")
            }
        }
        return { flock(fd, LOCK_UN); close(fd) }
    }

    /// Removes an environment's tokens.
    public func delete(environment: String) throws {
        let url = file(for: environment)
        if unlink(url.path) != 0 && errno != ENOENT {
            throw Problem(file: url.path, reason: "cannot be removed (\(String(cString: strerror(errno))))")
        }
    }

    /// Creates `tokens/` with mode 0700 (and tightens it when it already exists).
    func ensureDirectory() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if chmod(directory.path, 0o700) != 0 {
            throw Problem(file: directory.path, reason: "cannot be made private (\(String(cString: strerror(errno))))")
        }
    }

    /// An environment name reduced to characters safe in a file name.
    static func safeName(_ name: String) -> String {
        let allowed = name.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" ? Character($0) : "_" }
        let result = String(allowed)
        return result.isEmpty ? "default" : result
    }
}
