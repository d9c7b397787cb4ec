import Foundation
import ProcoreAPI
import Testing

/// `config.toml`: environments, defaults, and errors that name the file, the line and the key.
struct ConfigurationTests {
    @Test func customEnvironmentsAndBuiltInCompaniesAreRead() throws {
        let config = try SitewalkConfiguration.parse("""
        environment = "local"
        per_page = 250

        [environments.sandbox]
        company_id = 4264807
        sign_in = "code"

        [environments.local]
        api_url = "http://127.0.0.1:8080"
        login_url = "http://127.0.0.1:8081"
        token_hosts = ["127.0.0.1:8082"]
        sign_in = "client_credentials"
        """, file: "config.toml")
        #expect(config.defaultEnvironment == "local")
        #expect(config.perPage == 250)
        let local = try #require(config.environment(named: "local"))
        #expect(local.kind == .custom)
        #expect(local.tokenTrust.allowsToken(for: URL(string: "http://127.0.0.1:8082/x")!))
        #expect(!local.tokenTrust.allowsToken(for: URL(string: "http://127.0.0.1:8083/x")!))
        #expect(config.environment(named: "sandbox")?.defaultCompanyID == 4264807)
        #expect(config.environment(named: "sandbox")?.signsInWithCode == true)
        #expect(!local.signsInWithCode)
        #expect(config.environment(named: "monthly")?.signsInWithCode == false)
        #expect(config.environment(named: "production")?.apiURL.absoluteString == "https://api.procore.com")
    }

    @Test(arguments: [
        ("environment = \"x\"\nbogus = 1\n", 2, "bogus"),
        ("[environments.local]\napi_url = \"ftp://nope\"\n", 2, "environments.local.api_url"),
        ("[environments.local]\nlogin_url = \"http://a\"\n", 1, "environments.local.api_url"),
        ("[environments.production]\napi_url = \"https://evil.example\"\n", 2, "environments.production.api_url"),
        ("per_page = 0\n", 1, "per_page"),
        ("[environments.sandbox]\nsign_in = \"password\"\n", 2, "environments.sandbox.sign_in"),
        ("[keys]\nquit = \"q\"\n", 2, "keys.quit"),
        // Where a guess over the lines went wrong: the same key in two tables, a dotted key, an inline
        // table, a header followed by a comment, a quoted key.
        ("[environments.a]\napi_url = \"http://a\"\n[environments.b]\napi_url = 5\n", 4, "environments.b.api_url"),
        ("theme = \"dark\"\nenvironments.local.api_url = \"nope\"\n", 2, "environments.local.api_url"),
        ("environments = { local = { api_url = \"http://a\", company_id = -1 } }\n", 1, "environments.local.company_id"),
        ("\n[keys] # my keys\n\nquit = 5\n", 4, "keys.quit"),
        ("[environments.\"my.env\"]\n\napi_url = \"gopher://x\"\n", 3, "environments.my.env.api_url"),
    ] as [(String, Int, String)])
    func mistakesNameTheFileLineAndKey(text: String, line: Int, key: String) {
        do {
            _ = try SitewalkConfiguration.parse(text, file: "/home/u/.config/sitewalk/config.toml")
            Issue.record("\(key) must be refused")
        } catch let problem as SitewalkConfiguration.Problem {
            #expect(problem.file == "/home/u/.config/sitewalk/config.toml")
            #expect(problem.line == line, "\(problem)")
            #expect(problem.key == key, "\(problem)")
            #expect(problem.description.hasPrefix("/home/u/.config/sitewalk/config.toml:\(line): \(key): "))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func tomlSyntaxErrorsCarryTheirLine() {
        do {
            _ = try SitewalkConfiguration.parse("environment = \"a\"\n[environments.local\n", file: "c.toml")
            Issue.record("broken TOML must be refused")
        } catch let problem as SitewalkConfiguration.Problem {
            #expect(problem.line == 2)
            #expect(problem.column == 20)
            #expect(problem.key == nil)
            #expect(problem.description == "c.toml:2:20: expected ']' to close the table header, found end of line")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// The input that still aborted the process inside TOMLKit's toml++ after the header fixes
    /// (`!is_value_terminator` in `parse_value`, docs/reliability.md): now a problem naming line and column.
    @Test func aClosingBraceWhereAnArrayValueBelongsIsAProblemNotACrash() {
        do {
            _ = try SitewalkConfiguration.parse("[keys]\nquit = [\"q\",}}}}", file: "config.toml")
            Issue.record("must be refused")
        } catch let problem as SitewalkConfiguration.Problem {
            #expect(problem.description == "config.toml:2:13: expected a value, found '}'")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// Found by fuzzing (`Tests/Fuzz/run config`, docs/reliability.md): TOMLKit's parser aborted the process
    /// on these table headers; the TOML reader that replaced it refuses them with the line.
    @Test(arguments: [
        "[é]\n",
        "theme = \"dark\"\n\n[\u{FFFD}\u{FFFD}ronments.sandbox]\ncompany_id = 42\n",
        "[[\u{1}]]\n",
        "[ \u{FFFD}]\n",
        "per_page = 5\nx\u{1} = 2\n",
        "[envx]\ncompany_id = 2\n[\n4keys]\nquit = [\"q\"]\n",
        "\u{FEFF}[[!",
        "[\u{324}",
        "downloads = \"~/'''x\"\n\n[\u{93}nvironments.local]\n",
    ])
    func aFuzzedTableHeaderIsAProblemNamingTheLineNotACrash(text: String) {
        do {
            _ = try SitewalkConfiguration.parse(text, file: "config.toml")
            Issue.record("must be refused")
        } catch let problem as SitewalkConfiguration.Problem {
            #expect(problem.line != nil, "\(problem)")
            #expect(problem.description.hasPrefix("config.toml:"), "\(problem)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aLineStartingWithABracketInsideAMultilineStringIsStillAccepted() throws {
        let config = try SitewalkConfiguration.parse("theme = \"\"\"\n[dark]\n\"\"\"\nper_page = 7\n", file: "config.toml")
        #expect(config.theme == "[dark]\n")
        #expect(config.perPage == 7)
    }
}
