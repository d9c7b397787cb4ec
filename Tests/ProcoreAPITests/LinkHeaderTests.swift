import Foundation
import Testing
import ProcoreAPI

@Suite("LinkHeader")
struct LinkHeaderTests {
    @Test func procoreDocumentationExampleVerbatim() throws {
        // procore-api.md §4, exactly as documented (the "..." are in the original).
        let header = #"<https://api.procore.com/rest/v1.0/punch_items?page=1&per_page=5>; rel="first", <...page=2...>; rel="prev", <...page=30...>; rel="last", <...page=4...>; rel="next""#
        let links = LinkHeader.parse(header)
        let first = try #require(links["first"])
        #expect(first.absoluteString == "https://api.procore.com/rest/v1.0/punch_items?page=1&per_page=5")
        #expect(LinkHeader.pageNumber(in: first) == 1)
        #expect(links["prev"]?.absoluteString == "...page=2...")
        #expect(links["last"]?.absoluteString == "...page=30...")
        #expect(links["next"]?.absoluteString == "...page=4...")
        #expect(links.count == 4)
    }

    @Test func realisticHeaderGivesPageNumbers() throws {
        let base = "https://api.procore.com/rest/v1.0/projects/42/rfis"
        let header = "<\(base)?page=3&per_page=100>; rel=\"next\", <\(base)?page=7&per_page=100>; rel=\"last\", <\(base)?page=1&per_page=100>; rel=\"first\", <\(base)?page=1&per_page=100>; rel=\"prev\""
        let links = LinkHeader.parse(header)
        #expect(links.keys.sorted() == ["first", "last", "next", "prev"])
        #expect(links["next"].flatMap(LinkHeader.pageNumber(in:)) == 3)
        #expect(links["last"].flatMap(LinkHeader.pageNumber(in:)) == 7)
        #expect(links["next"]?.query?.contains("per_page=100") == true)
    }

    @Test func toleratesCaseSpacingUnquotedAndMultipleRels() {
        let header = "  <https://x.procore.com/a?page=2> ;REL = NEXT ,<https://x.procore.com/a?page=9>;title=\"a, b; c\";rel=\"Last  first\"  "
        let links = LinkHeader.parse(header)
        #expect(links["next"]?.absoluteString == "https://x.procore.com/a?page=2")
        #expect(links["last"]?.absoluteString == "https://x.procore.com/a?page=9")
        #expect(links["first"]?.absoluteString == "https://x.procore.com/a?page=9")
        #expect(links.count == 3)
    }

    @Test func commasInsideAngleBracketsAreKept() {
        let header = #"<https://api.procore.com/rest/v1.0/x?ids=1,2,3&page=2>; rel="next""#
        let links = LinkHeader.parse(header)
        #expect(links["next"]?.absoluteString == "https://api.procore.com/rest/v1.0/x?ids=1,2,3&page=2")
        #expect(links["next"].flatMap(LinkHeader.pageNumber(in:)) == 2)
    }

    @Test func firstLinkForARelWinsAndOnlyFirstRelParameterCounts() {
        let header = #"<https://a.example/1>; rel="next"; rel="last", <https://a.example/2>; rel="next""#
        let links = LinkHeader.parse(header)
        #expect(links["next"]?.absoluteString == "https://a.example/1")
        #expect(links["last"] == nil)
    }

    @Test(arguments: ["", "garbage", ";;;,,,", "<", "<unterminated; rel=next", ">; rel=next", "<>; rel=\"next\"", "<https://a.example/1>", "<https://a.example/1>; rel", "\u{0}\u{FFFF}<\u{1F600}>;rel=\"", "rel=\"next\" <https://a.example/1>"])
    func garbageGivesNothingAndNeverCrashes(header: String) {
        #expect(LinkHeader.parse(header).isEmpty)
    }

    @Test func garbageAroundGoodLinksIsSkipped() {
        let header = #"junk, "quoted, junk", <https://a.example/p?page=5>; rel=next, <broken"#
        let links = LinkHeader.parse(header)
        #expect(links["next"]?.absoluteString == "https://a.example/p?page=5")
        #expect(links.count == 1)
    }

    @Test func pageNumberReadsOnlyAPositivePageItem() {
        #expect(LinkHeader.pageNumber(in: URL(string: "https://a.example/x?per_page=5&page=12")!) == 12)
        #expect(LinkHeader.pageNumber(in: URL(string: "https://a.example/x?per_page=5")!) == nil)
        #expect(LinkHeader.pageNumber(in: URL(string: "https://a.example/x?page=abc")!) == nil)
        #expect(LinkHeader.pageNumber(in: URL(string: "https://a.example/x?page=0")!) == nil)
        #expect(LinkHeader.pageNumber(in: URL(string: "https://a.example/x?mypage=3")!) == nil)
    }
}
