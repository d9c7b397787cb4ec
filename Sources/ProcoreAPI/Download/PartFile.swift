import Foundation
import NIOCore

/// The `NAME.part` beside a download's destination: written with constant memory, fsynced and
/// renamed into place on success, kept (to resume) on failure.
final class PartFile: @unchecked Sendable {
    /// The final file.
    let target: URL
    /// Whether the caller named the file exactly (`-o file`).
    let exact: Bool
    /// The validator (ETag or Last-Modified) of the bytes in the part, for `If-Range` on a retry in
    /// the same process. (A resume in a later run sends `Range` alone and checks `Content-Range`.)
    private(set) var validator: String?

    /// `target` + `.part`.
    var url: URL { target.deletingLastPathComponent().appendingPathComponent(target.lastPathComponent + ".part") }

    init(target: URL, exact: Bool) {
        self.target = target
        self.exact = exact
    }

    /// Chooses the target: an exact file, or a sanitised name inside a directory (server name, else the
    /// record's, else the URL's last segment).
    static func choose(destination: DownloadDestination, serverName: String?, suggestedName: String?, url: URL) throws -> PartFile {
        switch destination {
        case .file(let file):
            let directory = file.deletingLastPathComponent()
            guard FileManager.default.fileExists(atPath: directory.path) else {
                throw DownloadError("the directory \(directory.path) does not exist")
            }
            return PartFile(target: file, exact: true)
        case .directory(let directory):
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw DownloadError("cannot create \(directory.path): \(error.localizedDescription)")
            }
            let raw = serverName ?? suggestedName ?? url.lastPathComponent
            let name = fit(FileNameSanitizer.sanitize(raw, fallback: "download"))
            return PartFile(target: directory.appendingPathComponent(name), exact: false)
        }
    }

    /// Bytes in the part file (0 when there is none).
    func size() -> Int64 {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return 0 }
        return Int64(info.st_size)
    }

    /// Empties the part.
    func truncate() throws {
        if Foundation.truncate(url.path, 0) != 0 && errno != ENOENT {
            throw DownloadError("cannot reset \(url.lastPathComponent): \(String(cString: strerror(errno)))")
        }
        validator = nil
    }

    /// Streams a response body into the part (appending after a resume), reporting progress about every
    /// 200 ms. The bytes are written on the connection's event loop as they arrive; the part is fsynced
    /// before this returns.
    ///
    /// - Throws: `DownloadError` for a disk failure, `ShortBody` when the body ended before `total`,
    ///   AsyncHTTPClient's error when the transfer failed.
    func write(_ response: StreamedResponse, append: Bool, validator newValidator: String?, total: Int64?,
               progress: (@Sendable (DownloadProgress) -> Void)?) async throws {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
        let fd = open(url.path, flags, 0o644)
        guard fd >= 0 else { throw Self.diskError(errno, file: url) }
        defer { close(fd) }
        validator = newValidator
        let start = append ? size() : 0
        let meter = DownloadMeter(fileName: target.lastPathComponent, received: start, total: total, progress: progress)
        _ = try await response.write(to: fd, file: url, offset: start) { meter.add($0) }
        if let total, meter.received < total {
            throw ShortBody(received: meter.received, total: total)
        }
        guard fsync(fd) == 0 else { throw Self.diskError(errno, file: url) }
        meter.finish()
    }

    /// Writes all of `buffer` to `fd`, retrying after `EINTR` and short writes.
    ///
    /// - Throws: `DownloadError` naming `file` and the cause (a full disk, a read-only file system…).
    static func writeAll(_ buffer: ByteBuffer, to fd: Int32, file: URL) throws {
        try buffer.withUnsafeReadableBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw diskError(errno, file: file)
                }
                offset += n
            }
        }
    }

    /// Asks the kernel to start writing `length` bytes at `offset` of `fd` to disk, without waiting for
    /// them (Linux `sync_file_range(SYNC_FILE_RANGE_WRITE)`; nothing elsewhere or when it fails). The
    /// fsync at the end still decides success.
    static func startWriteBack(_ fd: Int32, offset: Int64, length: Int64) {
        #if os(Linux)
        _ = syncFileRange?(fd, offset, length, 2 /* SYNC_FILE_RANGE_WRITE */)
        #endif
    }

    #if os(Linux)
    private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32
    /// glibc's `sync_file_range`, looked up at run time: Swift's Glibc module leaves out GNU extensions.
    private static let syncFileRange: SyncFileRange? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sync_file_range")
        .map { unsafeBitCast($0, to: SyncFileRange.self) }
    #endif

    /// Moves the finished part into place; an existing file gets a numbered name instead, unless `overwrite`.
    func finish(overwrite: Bool) throws -> URL {
        if overwrite || !FileManager.default.fileExists(atPath: target.path) {
            if !overwrite {
                // link() refuses to replace an existing file, closing the race with another writer.
                if link(url.path, target.path) == 0 {
                    unlink(url.path)
                    Self.syncDirectory(of: target)
                    return target
                }
                if errno != EEXIST { return try renameInto(target) }
            } else {
                return try renameInto(target)
            }
        }
        let base = Self.fit(target.lastPathComponent, maxBytes: 228)
        for n in 1...9_999 {
            let candidate = target.deletingLastPathComponent().appendingPathComponent(FileNameSanitizer.numbered(base, n))
            if link(url.path, candidate.path) == 0 {
                unlink(url.path)
                Self.syncDirectory(of: candidate)
                return candidate
            }
            if errno != EEXIST { throw Self.diskError(errno, file: candidate) }
        }
        throw DownloadError("no free name for \(target.lastPathComponent)")
    }

    private func renameInto(_ file: URL) throws -> URL {
        guard rename(url.path, file.path) == 0 else { throw Self.diskError(errno, file: file) }
        Self.syncDirectory(of: file)
        return file
    }

    private static func syncDirectory(of file: URL) {
        let fd = open(file.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY)
        if fd >= 0 { fsync(fd); close(fd) }
    }

    /// Shortens a name (keeping its extension and whole characters) so that `NAME.part` and a
    /// numbered `NAME (12).ext` still fit the 255-byte limit of file systems.
    static func fit(_ name: String, maxBytes: Int = 240) -> String {
        guard name.utf8.count > maxBytes else { return name }
        let dot = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : $0 }
        var stem = String(dot.map { name[..<$0] } ?? name[...])
        let ext = dot.map { String(name[$0...]) } ?? ""
        let keepExt = ext.utf8.count <= 16 ? ext : ""
        while !stem.isEmpty, stem.utf8.count + keepExt.utf8.count > maxBytes { stem.removeLast() }
        return stem.isEmpty ? "download" + keepExt : stem + keepExt
    }

    /// The body ended before `Content-Length` said it would: the part is kept and the next attempt resumes.
    struct ShortBody: Error, CustomStringConvertible {
        let received: Int64
        let total: Int64
        var description: String { "the connection closed after \(received) of \(total) bytes" }
    }

    /// A clear message for a file-system error.
    static func diskError(_ code: Int32, file: URL) -> DownloadError {
        switch code {
        case ENOSPC, EDQUOT: return DownloadError("the disk is full: cannot write \(file.path); free space and run again to resume")
        case EROFS: return DownloadError("cannot write \(file.path): the file system is read-only")
        case EACCES, EPERM: return DownloadError("cannot write \(file.path): permission denied")
        default: return DownloadError("cannot write \(file.path): \(String(cString: strerror(code)))")
        }
    }
}
