import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Downloads Procore file links: redirects followed by hand with the token trust policy, bytes
/// streamed to `NAME.part` with constant memory, fsync and rename on success, resume with `Range`.
public struct FileDownloader: Sendable {
    let client: ProcoreClient
    let policy: RedirectPolicy

    /// Creates a downloader for a client's environment.
    public init(client: ProcoreClient, maxRedirects: Int = 5) {
        self.client = client
        self.policy = RedirectPolicy(environment: client.environment, maxRedirects: maxRedirects)
    }

    /// Downloads `url` to `destination`. `suggestedName` (a record's file name) is used when the server
    /// sends no `Content-Disposition`. An existing file is never overwritten unless `overwrite`.
    /// `progress` is called about every 200 ms, mostly on the event loop writing the file: keep it short.
    public func download(_ url: URL, to destination: DownloadDestination, suggestedName: String? = nil,
                         overwrite: Bool = false, attempts: Int = 3,
                         progress: (@Sendable (DownloadProgress) -> Void)? = nil) async throws -> DownloadResult {
        var target: PartFile?
        var lastError: Error = DownloadError("no attempt was made")
        var resumedAny = false
        for attempt in 0..<max(1, attempts) {
            do {
                let outcome = try await transfer(url, destination: destination, suggestedName: suggestedName,
                                                 known: target, progress: progress)
                resumedAny = resumedAny || outcome.resumed
                let bytes = outcome.part.size()
                let file = try outcome.part.finish(overwrite: overwrite)
                return DownloadResult(file: file, bytes: bytes, resumed: resumedAny, redirects: outcome.redirects)
            } catch let failure as TransferFailure {
                target = failure.part
                lastError = failure.underlying
                resumedAny = resumedAny || failure.resumed
                try Task.checkCancellation()
                guard failure.retryable, attempt + 1 < attempts else { throw failure.underlying }
                try await Task.sleep(for: failure.retryAfter ?? .milliseconds(200 * (attempt + 1)))
            }
        }
        throw lastError
    }

    /// A `Retry-After` value in seconds: nil when there is none (or it is not a number of seconds),
    /// `.some(nil)` when it asks for longer than `ceiling`, else the wait.
    static func retryAfter(_ header: String?, ceiling: Duration) -> Duration?? {
        guard let header, let seconds = Double(header.trimmingCharacters(in: .whitespaces)), seconds.isFinite else { return nil }
        let wait = Duration.milliseconds(Int(max(0, seconds) * 1000))
        return wait <= ceiling ? .some(wait) : .some(nil)
    }

    struct Outcome {
        let part: PartFile
        let resumed: Bool
        let redirects: Int
    }

    /// A failed attempt, with the part file (when one was chosen) so the next attempt resumes it.
    struct TransferFailure: Error {
        let underlying: Error
        let part: PartFile?
        let retryable: Bool
        let resumed: Bool
        /// How long the server asked to wait before the next attempt (`Retry-After`).
        var retryAfter: Duration? = nil
    }

    /// One attempt: from the Procore link, through the redirects, into the part file.
    func transfer(_ start: URL, destination: DownloadDestination, suggestedName: String?, known: PartFile?,
                  progress: (@Sendable (DownloadProgress) -> Void)?) async throws -> Outcome {
        var part = known
        var url = start
        var visited: Set<String> = [start.absoluteString]
        var hop = 0
        var renewedToken = false
        while true {
            let offset = part?.size() ?? 0
            var headers: [(String, String)] = []
            if policy.sendsToken(to: url) {
                let token = try await client.session.accessToken()
                headers.append(("Authorization", "Bearer \(token)"))
            }
            if offset > 0 {
                headers.append(("Range", "bytes=\(offset)-"))
                if let validator = part?.validator { headers.append(("If-Range", validator)) }
            }
            let response: StreamedResponse
            let head: HTTPResponseHead
            do {
                response = try client.transport.stream(url: url, headers: headers)
                head = try await response.head()
            } catch {
                throw TransferFailure(underlying: error, part: part, retryable: !(error is CancellationError), resumed: false)
            }
            // Every path below reads, collects or drops the body; this ends a request left undecided by a throw.
            defer { response.cancel() }
            let status = Int(head.status.code)
            if RedirectPolicy.redirectStatuses.contains(status) {
                _ = await response.collect(upTo: 64 * 1024)
                let next: URL
                do { next = try policy.next(from: url, location: head.headers.first(name: "Location"), hop: hop, visited: visited) } catch {
                    throw TransferFailure(underlying: error, part: part, retryable: false, resumed: false)
                }
                visited.insert(next.absoluteString)
                url = next
                hop += 1
                continue
            }
            if status == 401, policy.sendsToken(to: url), !renewedToken {
                _ = await response.collect(upTo: 64 * 1024)
                renewedToken = true
                _ = try await client.session.renew(rejected: headers.first { $0.0 == "Authorization" }.map { String($0.1.dropFirst(7)) })
                url = start
                visited = [start.absoluteString]
                hop = 0
                continue
            }
            guard status == 200 || status == 206 || status == 416 else {
                let body = await response.collect(upTo: 64 * 1024)
                let raw = RawResponse(status: status, headers: head.headers.map { ($0.name, $0.value) }, body: body)
                let error = ResponseDecoding.error(for: raw, method: "GET", path: url.path)
                // A signed storage URL may have expired during a pause: start again from the Procore link.
                // A 429 or 5xx is tried again too, after the `Retry-After` the server asked for (within the
                // client's ceiling for rate-limit waits; a longer wait gives up with the error).
                let wait = Self.retryAfter(head.headers.first(name: "Retry-After"), ceiling: client.configuration.maxRateLimitWait)
                let retryable = (status == 400 || status == 403) && !policy.sendsToken(to: url)
                    || ((status == 429 || status >= 500) && wait != .some(nil))
                throw TransferFailure(underlying: error, part: part, retryable: retryable, resumed: false, retryAfter: wait ?? nil)
            }
            if part == nil {
                do {
                    part = try PartFile.choose(destination: destination,
                                               serverName: head.headers.first(name: "Content-Disposition").flatMap(ContentDisposition.filename(in:)),
                                               suggestedName: suggestedName, url: start)
                } catch {
                    throw TransferFailure(underlying: error, part: nil, retryable: false, resumed: false)
                }
                if let part, part.size() > 0, offset == 0 {
                    // An earlier attempt left bytes: stop this full transfer and ask again with a Range.
                    response.cancel()
                    url = start
                    visited = [start.absoluteString]
                    hop = 0
                    continue
                }
            }
            guard let part else { throw TransferFailure(underlying: DownloadError("no file chosen"), part: nil, retryable: false, resumed: false) }
            let validator = head.headers.first(name: "ETag") ?? head.headers.first(name: "Last-Modified")
            if status == 416 {
                // The part may already be complete.
                let range = head.headers.first(name: "Content-Range") ?? ""
                if let total = Int64(range.split(separator: "/").last ?? ""), total == offset {
                    return Outcome(part: part, resumed: offset > 0, redirects: hop)
                }
                try? part.truncate()
                throw TransferFailure(underlying: DownloadError("the server refused the resume range; starting over"), part: part,
                                      retryable: true, resumed: false)
            }
            var append = false
            if status == 206, offset > 0 {
                let range = head.headers.first(name: "Content-Range") ?? ""
                if let first = range.split(separator: " ").last?.split(separator: "-").first, Int64(first) == offset {
                    append = true
                }
            }
            let total: Int64? = {
                if status == 206, let t = head.headers.first(name: "Content-Range")?.split(separator: "/").last { return Int64(t) }
                return head.headers.first(name: "Content-Length").flatMap(Int64.init)
            }()
            do {
                try await part.write(response, append: append, validator: validator, total: total, progress: progress)
            } catch let error as DownloadError {
                throw TransferFailure(underlying: error, part: part, retryable: false, resumed: append)
            } catch let short as PartFile.ShortBody {
                throw TransferFailure(underlying: ProcoreError(.transport(short.description), method: "GET", path: url.path),
                                      part: part, retryable: true, resumed: append)
            } catch {
                let mapped = error is CancellationError ? error : HTTPTransport.classify(error, method: "GET", path: url.path)
                throw TransferFailure(underlying: mapped, part: part, retryable: !(error is CancellationError), resumed: append)
            }
            return Outcome(part: part, resumed: append, redirects: hop)
        }
    }
}
