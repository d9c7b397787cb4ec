import Foundation
import Testing
@testable import SandboxServer

@Suite("Pagination") struct PaginationTests {
    @Test func pagesHeadersAndLinks() async throws {
        try await Harness.run { h in
            let t = try await h.token(), c = h.facts.companyID, p = h.facts.projectID
            let base = "/rest/v1.0/tasks?project_id=\(p)&per_page=3"
            let first = try await h.api(base + "&page=1", token: t, company: c)
            #expect(first.array.count == 3)
            #expect(first.header("Total") == "8")
            #expect(first.header("Per-Page") == "3")
            let link1 = first.header("Link") ?? ""
            #expect(!link1.contains("rel=\"first\"") && !link1.contains("rel=\"prev\""))
            #expect(link1.contains("page=3&per_page=3>; rel=\"last\""))
            #expect(link1.contains("page=2&per_page=3>; rel=\"next\""))
            #expect(link1.contains("project_id=\(p)"))
            let second = try await h.api(base + "&page=2", token: t, company: c)
            let link2 = second.header("Link") ?? ""
            for rel in ["first", "prev", "last", "next"] { #expect(link2.contains("rel=\"\(rel)\"")) }
            let third = try await h.api(base + "&page=3", token: t, company: c)
            #expect(third.array.count == 2)
            #expect(!(third.header("Link") ?? "").contains("rel=\"next\""))
            let beyond = try await h.api(base + "&page=9", token: t, company: c)
            #expect(beyond.status == 200 && beyond.array.isEmpty)
            let ids = (first.array + second.array + third.array).compactMap { ($0["id"] as? NSNumber)?.int64Value }
            #expect(Set(ids).count == 8)
        }
    }

    @Test func arithmetic() {
        let p = Pagination(query: QueryParameters("page=4&per_page=25"))
        #expect(p.range(total: 100) == 75..<100)
        #expect(p.range(total: 80) == 75..<80)
        #expect(p.range(total: 10).isEmpty)
        #expect(p.lastPage(total: 0) == 1)
        #expect(p.lastPage(total: 101) == 5)
        let defaults = Pagination(query: QueryParameters("per_page=0&page=-3"))
        #expect(defaults.page == 1 && defaults.perPage == Pagination.defaultPerPage)
    }
}
