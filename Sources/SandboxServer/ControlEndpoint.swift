import Foundation
import Hummingbird

/// `/_sandbox/...` on the API origin: fault switchboard, clock, request log and facts, for tests and tools.
///
/// Never authenticated, rate-limited, faulted or logged.
struct ControlEndpoint {
    let core: ServerCore

    func handle(request: Request, body: ByteBuffer) -> Reply {
        let segments = request.uri.path.split(separator: "/").dropFirst().map(String.init)
        let query = QueryParameters(request.uri.query)
        switch (request.method, segments) {
        case (.get, ["faults"]):
            let fired = core.faults.firedCounts()
            return .json(.array(core.faults.rules().map { Self.describe(id: $0.id, rule: $0.rule, fired: fired[$0.id] ?? 0) }))
        case (.post, ["faults"]):
            do {
                let rule = try SandboxFaultRule(pairs: Self.pairs(body: body, query: query))
                return .json(["id": .integer(core.faults.add(rule))], status: 201)
            } catch {
                return .message("\(error)", status: 400)
            }
        case (.delete, ["faults"]):
            core.faults.removeAll()
            return Reply(status: 204)
        case let (.delete, list) where list.count == 2 && list[0] == "faults":
            guard let id = Int(list[1]) else { return .notFound }
            core.faults.remove(id: id)
            return Reply(status: 204)
        case (.post, ["expire-token"]):
            core.faults.expireTokenOnNextRequest()
            return Reply(status: 204)
        case (.post, ["clock"]):
            guard let seconds = query["advance"].flatMap(Double.init) else { return .message("advance=SECONDS is required", status: 400) }
            core.clock.advance(by: seconds)
            return .json(["now": .double(core.clock.now())])
        case (.get, ["log"]):
            return .json(.array(core.log.entries().map { entry in
                [
                    "origin": .string(entry.origin.rawValue), "method": .string(entry.method), "path": .string(entry.path),
                    "query": .string(entry.query), "status": .integer(entry.status),
                    "headers": .array(entry.headerNames.sorted().map { .string($0) }),
                ]
            }))
        case (.get, ["counters"]):
            // OAuth events and totals for tests in another process (counts only, never a token).
            return .json([
                "requests": .integer(core.log.entries().count),
                "refresh_grants": .integer(core.log.refreshGrantCount),
                "reused_refresh_tokens": .integer(core.log.reusedRefreshTokenCount),
                "issued_tokens": .integer(core.log.issuedAccessTokens().count),
                "faults_fired": .integer(core.faults.firedCounts().values.reduce(0, +)),
            ])
        case let (.get, list) where list.count == 2 && list[0] == "blobs":
            // A stored file's bytes straight from the source, unfaulted and unsigned: what a download must equal.
            guard let id = Int64(list[1]), let blob = core.world?.blobs(id) else { return .notFound }
            return Reply(status: 200, headers: [("Content-Type", blob.contentType), ("Content-Length", String(blob.size))],
                         body: .blob(blob, start: 0, length: blob.size))
        case (.delete, ["log"]):
            core.log.clear()
            return Reply(status: 204)
        case (.get, ["redirect"]), (.head, ["redirect"]):
            // A redirect playground for download tests: 3xx to `to` (status from `status`, default 302).
            if query["loop"] != nil { return Reply(status: 302, headers: [("Location", request.uri.description)]) }
            guard let target = query["to"] else { return .message("to=URL (or loop=1) is required", status: 400) }
            let status = query["status"].flatMap(Int.init) ?? 302
            return Reply(status: status, headers: [("Location", target)])
        case (.get, ["attachment"]):
            // A file with a chosen Content-Disposition header (hostile names for download tests).
            let size = min(query["size"].flatMap(Int.init) ?? 16, 1 << 20)
            var headers = [("Content-Type", "application/octet-stream"), ("Content-Length", String(size))]
            if let disposition = query["disposition"] { headers.append(("Content-Disposition", disposition)) }
            return Reply(status: 200, headers: headers, body: .bytes((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }))
        case (.get, ["facts"]):
            guard let facts = core.world?.facts else { return .message("Starting", status: 503) }
            return .json(Self.describe(facts))
        default:
            return .notFound
        }
    }

    /// The fault spec from a JSON object body, a text-form body, or the query string.
    static func pairs(body: ByteBuffer, query: QueryParameters) -> [(String, String)] {
        let bytes = body.getBytes(at: body.readerIndex, length: body.readableBytes) ?? []
        if let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] {
            return object.map { key, value in
                if let s = value as? String { return (key, s) }
                if let n = value as? NSNumber { return (key, n.stringValue) }
                return (key, "")
            }
        }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty {
            return text.split(separator: ",").map { part in
                let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return (kv[0], kv.count > 1 ? kv[1] : "")
            }
        }
        return query.pairs
    }

    static func describe(id: Int, rule: SandboxFaultRule, fired: Int) -> JSONValue {
        var fields: [(String, JSONValue)] = [("id", .integer(id))]
        switch rule.fault {
        case let .latency(ms): fields.append(("latency", .integer(ms)))
        case let .randomLatency(low, high, seed):
            fields.append(("latency", .string("\(low)-\(high)")))
            fields.append(("seed", .string(String(seed))))
        case let .serverError(status, retry):
            fields.append(("status", .integer(status)))
            if let retry { fields.append(("retry_after", .integer(retry))) }
        case .dropConnection: fields.append(("drop", true))
        case let .truncatedBody(fraction): fields.append(("truncate", .double(fraction)))
        case let .htmlErrorPage(status): fields.append(("html", .integer(status)))
        case let .slowDrip(bytes, interval):
            fields.append(("drip", .integer(bytes)))
            fields.append(("interval", .integer(interval)))
        case .expireToken: fields.append(("expire_token", true))
        }
        fields.append(("class", .string(rule.requestClass.rawValue)))
        fields.append(("rate", .double(rule.rate)))
        fields.append(("limit", rule.limit.map { .integer($0) } ?? .null))
        fields.append(("path", .string(rule.pathPrefix)))
        if let schedule = rule.schedule {
            fields.append(("every", .double(schedule.every)))
            fields.append(("offset", .double(schedule.offset)))
        }
        fields.append(("fired", .integer(fired)))
        return .object(fields)
    }

    static func describe(_ f: SandboxSeedFacts) -> JSONValue {
        [
            "company_id": .integer(f.companyID), "company_ids": .array(f.companyIDs.map { .integer($0) }),
            "project_id": .integer(f.projectID), "user_id": .integer(f.userID), "rfi_id": .integer(f.rfiID),
            "submittal_id": .integer(f.submittalID), "image_category_id": .integer(f.imageCategoryID), "image_id": .integer(f.imageID),
            "drawing_area_id": .integer(f.drawingAreaID), "drawing_id": .integer(f.drawingID),
            "drawing_revision_id": .integer(f.drawingRevisionID), "root_folder_id": .integer(f.rootFolderID),
            "file_id": .integer(f.fileID), "file_size": .integer(f.fileSize),
            "disabled_tool_engine_name": .string(f.disabledToolEngineName), "disabled_tool_path": .string(f.disabledToolPath),
            "rfi_count": .integer(f.rfiCount), "project_count": .integer(f.projectCount), "document_count": .integer(f.documentCount),
        ]
    }
}
