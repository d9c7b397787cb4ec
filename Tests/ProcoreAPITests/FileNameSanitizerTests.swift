import Testing
import ProcoreAPI

@Suite("FileNameSanitizer")
struct FileNameSanitizerTests {
    @Test(arguments: [
        ("../../etc/passwd", "passwd"),
        ("..\\x.txt", "x.txt"),
        ("C:\\Users\\me\\plan.dwg", "plan.dwg"),
        (".hidden", "hidden"),
        ("...", "download"),
        (".", "download"),
        ("..", "download"),
        ("", "download"),
        ("   ", "download"),
        ("dir/", "download"),
        ("  spaced name.pdf  ", "spaced name.pdf"),
        ("a:b*c?d\"e<f>g|h.txt", "a_b_c_d_e_f_g_h.txt"),
        ("tab\there\nnew\u{0}line\u{7F}\u{85}.txt", "tabherenewline.txt"),
        ("invoice\u{202E}fdp.exe", "invoicefdp.exe"),
        ("a\u{200B}b\u{2066}c\u{2069}\u{FEFF}d.txt", "abcd.txt"),
        ("name.", "name"),
        ("日本語の図面.pdf", "日本語の図面.pdf"),
        ("family 👨‍👩‍👧.png", "family 👨‍👩‍👧.png"),
    ])
    func sanitizes(input: String, expected: String) {
        #expect(FileNameSanitizer.sanitize(input) == expected)
    }

    @Test func fallbackIsUsedWhenNothingIsLeft() {
        #expect(FileNameSanitizer.sanitize("\u{202E}\u{0}/", fallback: "rfi-43776") == "rfi-43776")
    }

    @Test func longNamesAreCutTo255BytesKeepingTheExtension() {
        let long = String(repeating: "x", count: 996) + ".pdf"
        let result = FileNameSanitizer.sanitize(long)
        #expect(result.utf8.count <= 255)
        #expect(result.utf8.count == 255)
        #expect(result.hasSuffix(".pdf"))
        #expect(result.hasPrefix("xxxx"))
    }

    @Test func cuttingNeverSplitsAGraphemeCluster() {
        let family = "👨‍👩‍👧"  // 18 UTF-8 bytes, one Character
        let long = String(repeating: family, count: 60) + ".pdf"  // 1,084 bytes
        let result = FileNameSanitizer.sanitize(long)
        #expect(result.utf8.count <= 255)
        #expect(result.hasSuffix(".pdf"))
        let stem = result.dropLast(4)
        #expect(stem.allSatisfy { $0 == Character(family) })
        #expect(stem.count == (255 - 4) / 18)

        let accented = String(repeating: "e\u{301}\u{302}\u{303}", count: 300)  // no extension
        let cut = FileNameSanitizer.sanitize(accented)
        #expect(cut.utf8.count <= 255)
        #expect(cut.allSatisfy { $0 == Character("e\u{301}\u{302}\u{303}") })
    }

    @Test func longExtensionIsNotTreatedAsOne() {
        let long = "report." + String(repeating: "y", count: 400)
        let result = FileNameSanitizer.sanitize(long)
        #expect(result.utf8.count == 255)
        #expect(result.hasPrefix("report.yyy"))
    }

    @Test func numberedPutsTheNumberBeforeTheLastExtension() {
        #expect(FileNameSanitizer.numbered("report.pdf", 1) == "report (1).pdf")
        #expect(FileNameSanitizer.numbered("report.pdf", 2) == "report (2).pdf")
        #expect(FileNameSanitizer.numbered("README", 3) == "README (3)")
        #expect(FileNameSanitizer.numbered("archive.tar.gz", 1) == "archive.tar (1).gz")
        #expect(FileNameSanitizer.numbered("notes. final draft", 1) == "notes. final draft (1)")
        let long = FileNameSanitizer.sanitize(String(repeating: "z", count: 600) + ".pdf")
        let numbered = FileNameSanitizer.numbered(long, 12)
        #expect(numbered.utf8.count <= 255)
        #expect(numbered.hasSuffix("z (12).pdf"))
    }
}
