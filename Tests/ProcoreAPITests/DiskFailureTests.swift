import Foundation
import ProcoreAPI
import SandboxServer
import Testing

/// Downloads onto a full or a read-only file system: a clear message naming the path and the cause,
/// and nothing but the `.part` left behind (the destination file never appears half-written).
///
/// Choosing real failures that work in CI, whether the tests run as root or not:
/// - **Full**: the part file is a symlink to `/dev/full`, the kernel's always-full device, so every
///   `write` fails with a real `ENOSPC`, exactly as on a full disk. It needs no privileges, and root
///   cannot write past it. (A small tmpfs would need a mount, `RLIMIT_FSIZE` gives `EFBIG` and a
///   signal instead of `ENOSPC`, and it would limit every thread of the test process.)
/// - **Read-only**: as an ordinary user, a directory with mode 0555 (`EACCES`). Root ignores modes,
///   so as root a helper child (`unshare --user --map-root-user --mount`) mounts a read-only tmpfs in
///   its own mount namespace and the test writes into it through `/proc/PID/root` (`EROFS`). When
///   neither is possible (root without user namespaces), the test says so and is skipped.
@Suite struct DiskFailureTests {
    @Test func aFullDiskFailsNamingThePathAndLeavesOnlyThePartWhichResumesLater() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let client = harness.client()
        let link = try await DownloadTests.fileLink(harness, client: client)
        let target = temp.url.appendingPathComponent("report.pdf")
        let part = temp.url.appendingPathComponent("report.pdf.part")
        try FileManager.default.createSymbolicLink(atPath: part.path, withDestinationPath: "/dev/full")
        do {
            _ = try await FileDownloader(client: client).download(link, to: .file(target))
            Issue.record("a download onto a full disk must fail")
        } catch let error as DownloadError {
            #expect(error.reason.contains("disk is full"), "\(error)")
            #expect(error.reason.contains(part.path), "the message names the file: \(error)")
        }
        #expect(!FileManager.default.fileExists(atPath: target.path), "no partial file in the destination")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: part.path)) == "/dev/full", "the part is kept")

        // Space is back: the same download completes into the destination.
        try FileManager.default.removeItem(at: part)
        let result = try await FileDownloader(client: client).download(link, to: .file(target))
        #expect(result.file == target)
        #expect(result.bytes == harness.server.seedFacts.fileSize)
        #expect(!FileManager.default.fileExists(atPath: part.path))
        await harness.stop()
    }

    @Test(.enabled(if: ReadOnlyDirectory.isPossible, "as root without user namespaces no read-only file system can be made"))
    func aReadOnlyFileSystemFailsNamingThePathAndLeavesNothing() async throws {
        let harness = try await SimulatorHarness.start()
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let readOnly = try ReadOnlyDirectory(inside: temp.url)
        defer { readOnly.release() }
        let client = harness.client()
        let link = try await DownloadTests.fileLink(harness, client: client)
        do {
            _ = try await FileDownloader(client: client).download(link, to: .directory(readOnly.url))
            Issue.record("a download onto a read-only file system must fail")
        } catch let error as DownloadError {
            #expect(error.reason.contains(readOnly.url.path), "the message names the path: \(error)")
            #expect(error.reason.contains(readOnly.expectedCause), "the message gives the cause: \(error)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly.url.path).isEmpty, "nothing was written")
        await harness.stop()
    }
}

/// A directory the test process cannot write to: mode 0555 for an ordinary user, a read-only tmpfs
/// in a helper's mount namespace (reached through `/proc/PID/root`) for root.
struct ReadOnlyDirectory {
    /// The directory to download into.
    let url: URL
    /// The words the error must use for this kind of refusal.
    let expectedCause: String
    private let helper: Process?

    static var isRoot: Bool { geteuid() == 0 }

    static var isPossible: Bool {
        !isRoot || FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") && canUnshare
    }

    private static let canUnshare: Bool = {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        probe.arguments = ["--user", "--map-root-user", "--mount", "true"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    init(inside parent: URL) throws {
        let directory = parent.appendingPathComponent("read-only")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if !Self.isRoot {
            chmod(directory.path, 0o555)
            url = directory
            expectedCause = "permission denied"
            helper = nil
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["--user", "--map-root-user", "--mount", "sh", "-c",
                             "mount -t tmpfs -o ro,size=64k sitewalk-ro \"$1\" && exec sleep 600", "sh", directory.path]
        try process.run()
        let view = URL(fileURLWithPath: "/proc/\(process.processIdentifier)/root\(directory.path)")
        // Wait (with a deadline) until the helper's namespace shows the read-only mount.
        let deadline = Date().addingTimeInterval(20)
        var mounted = false
        while Date() < deadline, process.isRunning {
            var info = statvfs()
            if statvfs(view.path, &info) == 0, info.f_flag & UInt(ST_RDONLY) != 0 { mounted = true; break }
            usleep(10_000)
        }
        guard mounted else {
            if process.isRunning { process.terminate() }
            throw DownloadError("could not mount a read-only tmpfs with unshare")
        }
        url = view
        expectedCause = "read-only"
        helper = process
    }

    /// Ends the helper (its mount goes with it) or makes the directory removable again.
    func release() {
        if let helper {
            helper.terminate()
            helper.waitUntilExit()
        } else {
            chmod(url.path, 0o755)
        }
    }
}
