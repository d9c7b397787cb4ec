import Foundation

/// The user's `config.toml`: the environment to start in, custom environments, theme, key overrides.
///
/// ```toml
/// environment = "sandbox"
/// theme = "dark"
/// per_page = 100
///
/// [environments.local]
/// api_url   = "http://127.0.0.1:8080"
/// login_url = "http://127.0.0.1:8080"
/// token_hosts = ["127.0.0.1:8081"]
/// company_id = 4264807
/// theme = "default"
/// sign_in = "code"          # no stored token: sign in as a person in the switcher (out-of-band code)
///
/// [keys]
/// quit = ["q", "Ctrl-Q"]
/// ```
public struct SitewalkConfiguration: Sendable {
    /// The environment to start in.
    public var defaultEnvironment: String?
    /// The theme name.
    public var theme: String?
    /// Records per page.
    public var perPage: Int?
    /// Where the browser saves downloads.
    public var downloadsDirectory: URL?
    /// Custom environments, by name.
    public var customEnvironments: [ProcoreEnvironment] = []
    /// Default companies for the built-in environments (`[environments.sandbox] company_id = ...`).
    public var builtInCompanies: [String: Int64] = [:]
    /// Built-in environments a person signs in to with the code flow (`[environments.sandbox] sign_in = "code"`).
    public var builtInCodeSignIn: Set<String> = []
    /// Key overrides: action id → key names.
    public var keys: [String: [String]] = [:]

    /// An empty configuration (no file).
    public init() {}

    /// A problem in the config file, naming the file, the line and the key.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        /// The file.
        public let file: String
        /// The line (1-based), when known.
        public let line: Int?
        /// The column (1-based) of a TOML syntax error; nil for a problem with a key's value.
        public let column: Int?
        /// The key concerned.
        public let key: String?
        /// What is wrong.
        public let reason: String

        init(file: String, line: Int?, column: Int? = nil, key: String?, reason: String) {
            self.file = file
            self.line = line
            self.column = column
            self.key = key
            self.reason = reason
        }

        /// One line for a person: `config.toml:2:13: expected a value, found '}'`,
        /// `config.toml:1: per_page: must be a number from 1 to 2000`.
        public var description: String {
            var where_ = file
            if let line { where_ += ":\(line)" }
            if line != nil, let column { where_ += ":\(column)" }
            if let key { return "\(where_): \(key): \(reason)" }
            return "\(where_): \(reason)"
        }
    }

    /// Loads the file at `url`; a missing file is an empty configuration.
    public static func load(_ url: URL) throws -> SitewalkConfiguration {
        guard FileManager.default.fileExists(atPath: url.path) else { return SitewalkConfiguration() }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw Problem(file: url.path, line: nil, key: nil, reason: "cannot be read as UTF-8 text")
        }
        return try parse(text, file: url.path)
    }

    /// Parses config text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> SitewalkConfiguration {
        let document: TOMLDocument
        do { document = try TOMLParser.parseDocument(text) } catch {
            throw Problem(file: file, line: error.line, column: error.column, key: nil, reason: error.reason)
        }
        let table = document.root
        /// A problem with the value of the key at `path`, on the line that defined it (for a missing key,
        /// the line of its table).
        func problem(_ path: [String], _ reason: String) -> Problem {
            let line = (0..<path.count).reversed().lazy.compactMap { document.line(of: Array(path[...$0])) }.first
            return Problem(file: file, line: line, key: path.joined(separator: "."), reason: reason)
        }
        var config = SitewalkConfiguration()
        for key in table.keys {
            guard let value = table[key] else { continue }
            switch key {
            case "environment":
                guard let name = value.string else { throw problem([key], "must be a string") }
                config.defaultEnvironment = name
            case "theme":
                guard let name = value.string else { throw problem([key], "must be a string") }
                config.theme = name
            case "per_page":
                guard let n = value.int, (1...2000).contains(n) else { throw problem([key], "must be a number from 1 to 2000") }
                config.perPage = n
            case "downloads":
                guard let path = value.string else { throw problem([key], "must be a path") }
                config.downloadsDirectory = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            case "keys":
                guard let keys = value.table else { throw problem([key], "must be a table of action = [\"key\", ...]") }
                for action in keys.keys {
                    guard let list = keys[action]?.array else { throw problem(["keys", action], "must be a list of key names") }
                    var names: [String] = []
                    for item in list {
                        guard let name = item.string else { throw problem(["keys", action], "must list key names as strings") }
                        names.append(name)
                    }
                    config.keys[action] = names
                }
            case "environments":
                guard let environments = value.table else { throw problem([key], "must be a table of [environments.NAME]") }
                for name in environments.keys {
                    guard let entry = environments[name]?.table else { throw problem(["environments", name], "must be a table") }
                    try config.addEnvironment(name: name, entry: entry, problem: problem)
                }
            default:
                throw problem([key], "unknown key (known: environment, theme, per_page, downloads, keys, environments)")
            }
        }
        return config
    }

    private mutating func addEnvironment(name: String, entry: TOMLTable, problem: ([String], String) -> Problem) throws {
        let prefix = ["environments", name]
        let builtIn = ProcoreEnvironment.builtIns.contains { $0.name == name }
        var apiURL: URL?, loginURL: URL?, hosts: [String] = [], company: Int64?, theme: String?, code = false
        for key in entry.keys {
            guard let value = entry[key] else { continue }
            switch key {
            case "api_url", "login_url":
                guard !builtIn else { throw problem(prefix + [key], "the hosts of a built-in environment cannot be changed") }
                guard let text = value.string, let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                      scheme == "http" || scheme == "https", url.host != nil else {
                    throw problem(prefix + [key], "must be an http(s) URL such as \"https://api.example.com\"")
                }
                if key == "api_url" { apiURL = url } else { loginURL = url }
            case "token_hosts":
                guard let list = value.array else { throw problem(prefix + ["token_hosts"], "must be a list of \"host:port\" strings") }
                for item in list {
                    guard let host = item.string, !host.isEmpty else { throw problem(prefix + ["token_hosts"], "must list strings") }
                    hosts.append(host)
                }
            case "company_id":
                guard let n = value.int, n > 0 else { throw problem(prefix + ["company_id"], "must be a positive number") }
                company = Int64(n)
            case "theme":
                guard let t = value.string else { throw problem(prefix + ["theme"], "must be a string") }
                theme = t
            case "sign_in":
                guard let method = value.string, method == "code" || method == "client_credentials" else {
                    throw problem(prefix + ["sign_in"], "must be \"code\" or \"client_credentials\"")
                }
                code = method == "code"
            default:
                throw problem(prefix + [key], "unknown key (known: api_url, login_url, token_hosts, company_id, theme, sign_in)")
            }
        }
        if builtIn {
            if let company { builtInCompanies[name] = company }
            if code { builtInCodeSignIn.insert(name) }
            return
        }
        guard name != "demo" else { throw problem(prefix, "demo is reserved for the built-in simulator") }
        guard let apiURL else { throw problem(prefix + ["api_url"], "is required for a custom environment") }
        var environment = ProcoreEnvironment(name: name, kind: .custom, apiURL: apiURL, loginURL: loginURL ?? apiURL,
                                             tokenHosts: hosts, defaultCompanyID: company, theme: theme)
        environment.signsInWithCode = code
        customEnvironments.append(environment)
    }

    /// Every environment: the built-ins (with their configured companies) and the custom ones.
    public var environments: [ProcoreEnvironment] {
        ProcoreEnvironment.builtIns.map { env in
            var copy = env
            copy.defaultCompanyID = builtInCompanies[env.name]
            copy.signsInWithCode = builtInCodeSignIn.contains(env.name)
            return copy
        } + customEnvironments
    }

    /// The environment with a name.
    public func environment(named name: String) -> ProcoreEnvironment? {
        environments.first { $0.name == name }
    }
}
