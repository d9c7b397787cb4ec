import Foundation
import Testing
@testable import SandboxServer

@Suite("File links and storage") struct StorageTests {
    /// The seed file's link, followed once to its signed storage URL.
    static func signedURL(_ h: Harness, token: String) async throws -> (link: String, storage: String) {
        let file = try await h.api("/rest/v1.0/files/\(h.facts.fileID)?project_id=\(h.facts.projectID)", token: token, company: h.facts.companyID)
        let link = ((file.object["file_versions"] as? [[String: Any]])?.first?["url"] as? String) ?? ""
        let redirect = try await h.send(link, headers: [("Authorization", "Bearer \(token)")])
        #expect(redirect.status == 302)
        return (link, redirect.header("Location") ?? "")
    }

    @Test func fileLinkNeedsBearerAndRedirectsToStorage() async throws {
        try await Harness.run { h in
            let token = try await h.token()
            let (link, storage) = try await Self.signedURL(h, token: token)
            #expect(link.hasPrefix(h.endpoints.apiURL.absoluteString + "/fas/api/v5/"))
            #expect(try await h.send(link).status == 401)
            #expect(storage.hasPrefix(h.endpoints.storageURL.absoluteString))
            #expect(storage.contains("sig="))
            let body = try await h.send(storage)
            #expect(body.status == 200)
            #expect(body.body.count == Int(h.facts.fileSize))
            #expect(body.body.starts(with: Array("%PDF-1.4".utf8)))
            #expect(body.header("Accept-Ranges") == "bytes")
        }
    }

    @Test func storageRefusesAuthorizationAndBadOrExpiredSignatures() async throws {
        try await Harness.run { h in
            let token = try await h.token()
            let (_, storage) = try await Self.signedURL(h, token: token)
            let withAuth = try await h.send(storage, headers: [("Authorization", "Bearer \(token)")])
            #expect(withAuth.status == 400)
            #expect(withAuth.text.contains("InvalidArgument"))
            let forged = storage.replacingOccurrences(of: "sig=", with: "sig=0")
            #expect(try await h.send(forged).status == 403)
            h.server.advanceClock(by: 601)
            let expired = try await h.send(storage)
            #expect(expired.status == 403)
            #expect(expired.text.contains("Request has expired"))
        }
    }

    @Test func rangeRequests() async throws {
        try await Harness.run { h in
            let token = try await h.token()
            let (_, storage) = try await Self.signedURL(h, token: token)
            let size = h.facts.fileSize
            let whole = try await h.send(storage).body
            let first = try await h.send(storage, headers: [("Range", "bytes=0-9")])
            #expect(first.status == 206)
            #expect(first.header("Content-Range") == "bytes 0-9/\(size)")
            #expect(first.body == Array(whole[0..<10]))
            let suffix = try await h.send(storage, headers: [("Range", "bytes=-8")])
            #expect(suffix.status == 206)
            #expect(suffix.body == Array(whole.suffix(8)))
            #expect(suffix.header("Content-Range") == "bytes \(size - 8)-\(size - 1)/\(size)")
            let open = try await h.send(storage, headers: [("Range", "bytes=100-")])
            #expect(open.body == Array(whole[100...]))
            let past = try await h.send(storage, headers: [("Range", "bytes=\(size)-\(size + 10)")])
            #expect(past.status == 416)
            #expect(past.header("Content-Range") == "bytes */\(size)")
            let etag = first.header("ETag") ?? ""
            let matching = try await h.send(storage, headers: [("Range", "bytes=5-6"), ("If-Range", etag)])
            #expect(matching.status == 206)
            let stale = try await h.send(storage, headers: [("Range", "bytes=5-6"), ("If-Range", "\"old\"")])
            #expect(stale.status == 200 && stale.body.count == Int(size))
            let clamped = try await h.send(storage, headers: [("Range", "bytes=\(size - 3)-\(size + 100)")])
            #expect(clamped.body == Array(whole.suffix(3)))
        }
    }

    @Test func byteRangeParsing() {
        #expect(ByteRange.resolve("bytes=0-0", length: 10) == .partial(start: 0, end: 0))
        #expect(ByteRange.resolve("bytes=-20", length: 10) == .partial(start: 0, end: 9))
        #expect(ByteRange.resolve("bytes=-0", length: 10) == .unsatisfiable)
        #expect(ByteRange.resolve("bytes=10-", length: 10) == .unsatisfiable)
        #expect(ByteRange.resolve("bytes=5-2", length: 10) == .whole)
        #expect(ByteRange.resolve("bytes=0-1,4-5", length: 10) == .whole)
        #expect(ByteRange.resolve("items=0-1", length: 10) == .whole)
    }
}
