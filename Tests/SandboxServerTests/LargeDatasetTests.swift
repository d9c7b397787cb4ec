import Foundation
import Testing
@testable import SandboxServer

@Suite("Large dataset") struct LargeDatasetTests {
    @Test func sizes() async throws {
        try await Harness.run({ $0.dataset = .large(seed: 7); $0.rateLimit = .disabled }) { h in
            let t = try await h.token(), c = h.facts.companyID, p = h.facts.projectID
            let companies = try await h.api("/rest/v1.0/companies", token: t)
            #expect(companies.array.count == 3)
            var projects = 0
            for company in h.facts.companyIDs {
                let r = try await h.api("/rest/v1.1/projects?company_id=\(company)&per_page=1", token: t, company: company)
                projects += Int(r.header("Total") ?? "") ?? 0
            }
            #expect(projects == 2000)
            let rfis = try await h.api("/rest/v1.0/projects/\(p)/rfis?per_page=100&page=1000", token: t, company: c)
            #expect(rfis.header("Total") == "100000")
            #expect(rfis.array.count == 100)
            #expect(rfis.array.last?["number"] as? String == "100000")
            try FixtureShape.expectSameShape(rfis.array.first, fixture: "rfi_show_v1_0_sandbox.json")
            let documents = try await h.api("/rest/v1.0/projects/\(p)/documents?per_page=1&page=20000", token: t, company: c)
            #expect(documents.header("Total") == "20000")
            let deepest = (documents.array.first?["name_with_path"] as? String ?? "").split(separator: "/")
            #expect(deepest.count == 9)
            let file = try await h.api("/rest/v1.0/files/\(h.facts.fileID)?project_id=\(p)", token: t, company: c)
            #expect((file.object["size"] as? NSNumber)?.int64Value == 1 << 30)
        }
    }

    @Test func documentTreeNavigation() async throws {
        try await Harness.run({ $0.dataset = .large(seed: 7) }) { h in
            let t = try await h.token(), c = h.facts.companyID, p = h.facts.projectID
            let root = try await h.api("/rest/v1.0/folders?project_id=\(p)", token: t, company: c)
            let top = root.object["folders"] as? [[String: Any]] ?? []
            #expect(top.count == 3)
            var folderID = (top.first?["id"] as? NSNumber)?.int64Value ?? 0
            for _ in 0..<6 {
                let children = try await h.api("/rest/v1.0/projects/\(p)/documents?parent_id=\(folderID)", token: t, company: c)
                #expect(children.array.count == 3)
                folderID = (children.array.first?["id"] as? NSNumber)?.int64Value ?? 0
            }
            let leaf = try await h.api("/rest/v1.0/folders/\(folderID)?project_id=\(p)", token: t, company: c)
            let files = leaf.object["files"] as? [[String: Any]] ?? []
            #expect(files.count == 8 || files.count == 7)
            #expect((leaf.object["folders"] as? [Any])?.isEmpty == true)
            let folders = try await h.api("/rest/v1.0/projects/\(p)/documents?filters[document_type]=folder&per_page=1", token: t, company: c)
            #expect(folders.header("Total") == "3279")
        }
    }

    @Test func otherProjectsAndCompanies() async throws {
        try await Harness.run({ $0.dataset = .large(seed: 7) }) { h in
            let t = try await h.token()
            let second = h.facts.companyIDs[1]
            let projects = try await h.api("/rest/v1.1/projects?company_id=\(second)&per_page=1000", token: t, company: second)
            #expect(projects.array.count == 600)
            let other = (projects.array.last?["id"] as? NSNumber)?.int64Value ?? 0
            let rfis = try await h.api("/rest/v1.0/projects/\(other)/rfis", token: t, company: second)
            #expect(rfis.status == 200 && rfis.array.isEmpty)
            #expect(try await h.api("/rest/v1.0/projects/\(other)/tools", token: t, company: second).array.count > 10)
            #expect(try await h.api("/rest/v1.0/projects/\(h.facts.projectID)/rfis", token: t, company: second).status == 404)
        }
    }

    @Test func deterministicAndInternational() async throws {
        var bodies: [String] = []
        for _ in 0..<2 {
            try await Harness.run({ $0.dataset = .large(seed: 42) }) { h in
                let t = try await h.token()
                let text = try await h.api("/rest/v1.0/projects/\(h.facts.projectID)/rfis?per_page=50&page=77", token: t, company: h.facts.companyID).text
                bodies.append(text.replacingOccurrences(of: h.endpoints.apiURL.absoluteString, with: "API"))
            }
        }
        let same = bodies[0] == bodies[1]
        #expect(same)
        let all = bodies[0]
        #expect(all.unicodeScalars.contains { $0.value >= 0x3040 && $0.value <= 0x9FFF })
        #expect(all.unicodeScalars.contains { $0.properties.isEmojiPresentation })
        #expect(all.unicodeScalars.contains { $0.value >= 0x0300 && $0.value <= 0x036F })
    }

    @Test func bigBlobStreamsByRange() async throws {
        try await Harness.run({ $0.dataset = .large(seed: 1) }) { h in
            let t = try await h.token()
            let (_, storage) = try await StorageTests.signedURL(h, token: t)
            let size = h.facts.fileSize
            let tail = try await h.send(storage, headers: [("Range", "bytes=-1000")])
            #expect(tail.status == 206)
            #expect(tail.header("Content-Range") == "bytes \(size - 1000)-\(size - 1)/\(size)")
            let expected = LargeDocumentTree.blob(fileIndex: 0, names: LargeNames(seed: 1)).bytes(from: size - 1000)
            #expect(tail.body == expected)
        }
    }
}
