import Hummingbird

/// The storage origin (S3's role): signed, expiring URLs; refuses `Authorization`; `Range` and `If-Range`.
struct StorageEndpoint {
    let core: ServerCore
    let world: SandboxWorld

    func handle(request: Request) -> Reply {
        guard request.method == .get || request.method == .head else {
            return s3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.")
        }
        if request.headers[.authorization] != nil {
            return s3Error(400, "InvalidArgument", "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified")
        }
        let segments = request.uri.path.split(separator: "/")
        if segments.first == "_redirect", let target = QueryParameters(request.uri.query)["to"] {
            // A redirect from the untrusted origin, for download tests (trusted → untrusted → trusted).
            return Reply(status: 302, headers: [("Location", target)])
        }
        guard let first = segments.first, let id = Int64(first), let blob = world.blobs(id) else {
            return s3Error(404, "NoSuchKey", "The specified key does not exist.")
        }
        switch core.signer.check(blobID: id, query: QueryParameters(request.uri.query)) {
        case .invalid: return s3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.")
        case .expired: return s3Error(403, "AccessDenied", "Request has expired")
        case .valid: break
        }
        var range = ByteRange.resolve(request.headers[.range], length: blob.size)
        if let ifRange = request.headers[.ifRange], ifRange != blob.etag, ifRange != blob.lastModified { range = .whole }
        var headers: [(String, String)] = [
            ("Content-Type", blob.contentType),
            ("Accept-Ranges", "bytes"),
            ("ETag", blob.etag),
            ("Last-Modified", blob.lastModified),
            ("Content-Disposition", "attachment; filename=\"\(asciiName(blob.filename))\"; filename*=UTF-8''\(QueryParameters.escape(blob.filename))"),
        ]
        let isHead = request.method == .head
        switch range {
        case .unsatisfiable:
            var reply = s3Error(416, "InvalidRange", "The requested range is not satisfiable")
            reply.add("Content-Range", "bytes */\(blob.size)")
            return reply
        case .whole:
            headers.append(("Content-Length", String(blob.size)))
            return Reply(status: 200, headers: headers, body: isHead ? .empty : .blob(blob, start: 0, length: blob.size))
        case let .partial(start, end):
            let length = end - start + 1
            headers.append(("Content-Range", "bytes \(start)-\(end)/\(blob.size)"))
            headers.append(("Content-Length", String(length)))
            return Reply(status: 206, headers: headers, body: isHead ? .empty : .blob(blob, start: start, length: length))
        }
    }

    private func asciiName(_ name: String) -> String {
        String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0.value >= 0x20 ? Character($0) : "_" })
    }

    private func s3Error(_ status: Int, _ code: String, _ message: String) -> Reply {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>\(code)</Code><Message>\(message)</Message><RequestId>SANDBOX</RequestId></Error>"
        return .text(xml, status: status, contentType: "application/xml")
    }
}
