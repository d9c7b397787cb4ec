import Testing
import ProcoreAPI

@Suite("ContentDisposition")
struct ContentDispositionTests {
    @Test func quotedFilename() {
        #expect(ContentDisposition.filename(in: #"attachment; filename="a b.pdf""#) == "a b.pdf")
        #expect(ContentDisposition.filename(in: #"inline; FILENAME="quote \"x\" and back\\slash.txt""#) == #"quote "x" and back\slash.txt"#)
        #expect(ContentDisposition.filename(in: #"attachment; filename="semi;colon, comma.pdf"; size=10"#) == "semi;colon, comma.pdf")
    }

    @Test func tokenFilename() {
        #expect(ContentDisposition.filename(in: "attachment; filename=report.pdf") == "report.pdf")
        #expect(ContentDisposition.filename(in: "attachment;filename=report.pdf;size=3") == "report.pdf")
    }

    @Test func extendedFilenameIsPercentDecoded() {
        #expect(ContentDisposition.filename(in: "attachment; filename*=UTF-8''%E6%97%A5%E6%9C%AC.pdf") == "日本.pdf")
        #expect(ContentDisposition.filename(in: "attachment; filename*=utf-8'en'a%20b%2Bc.txt") == "a b+c.txt")
        #expect(ContentDisposition.filename(in: "attachment; filename*=ISO-8859-1''caf%E9.txt") == "café.txt")
    }

    @Test func extendedFilenameIsPreferredWhicheverComesFirst() {
        #expect(ContentDisposition.filename(in: #"attachment; filename="fallback.pdf"; filename*=UTF-8''%E2%82%AC%20rates.pdf"#) == "€ rates.pdf")
        #expect(ContentDisposition.filename(in: #"attachment; filename*=UTF-8''%E2%82%AC.pdf; filename="fallback.pdf""#) == "€.pdf")
    }

    @Test func badExtendedValueFallsBackToFilename() {
        #expect(ContentDisposition.filename(in: #"attachment; filename*=nonsense; filename="plain.pdf""#) == "plain.pdf")
        #expect(ContentDisposition.filename(in: #"attachment; filename*=KOI8-R''%C1%C2; filename="plain.pdf""#) == "plain.pdf")
        #expect(ContentDisposition.filename(in: "attachment; filename*=UTF-8''%zz%4") == "%zz%4")
    }

    @Test func hostileNamesAreReturnedRawAndSanitizedByTheCaller() {
        let raw = ContentDisposition.filename(in: #"attachment; filename="../../etc/passwd""#)
        #expect(raw == "../../etc/passwd")
        #expect(FileNameSanitizer.sanitize(raw ?? "") == "passwd")
        let encoded = ContentDisposition.filename(in: "attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd")
        #expect(encoded.map { FileNameSanitizer.sanitize($0) } == "passwd")
    }

    @Test(arguments: ["", "attachment", "attachment;", "attachment; filename=", "attachment; filename=\"\"", ";;;==;\"", "attachment; filename*=UTF-8''", "\u{0}\u{1F}; filename*"])
    func garbageGivesNil(header: String) {
        #expect(ContentDisposition.filename(in: header) == nil)
    }

    @Test func unterminatedQuoteRunsToTheEnd() {
        #expect(ContentDisposition.filename(in: #"attachment; filename="abc.pdf"#) == "abc.pdf")
    }
}
