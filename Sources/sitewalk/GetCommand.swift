import ArgumentParser
import Foundation
import ProcoreAPI

/// `sitewalk get PATH`: one GET, JSON on stdout; `--all` follows pagination into one array.
struct GetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "GET one API path and print its JSON (pretty on a terminal, compact when piped).",
        discussion: """
        Procore-Company-Id comes from --company, else a /companies/{id}/ path segment, else a company_id \
        query parameter, else the environment's company_id in config.toml.
        Example: sitewalk get /rest/v1.0/projects/2305951/rfis --company 4264807 --all
        """)

    @Argument(help: "The API path, e.g. /rest/v1.0/companies.")
    var path: String

    @Option(name: .long, help: "The company for Procore-Company-Id.")
    var company: Int64?

    @Option(name: .long, parsing: .singleValue, help: "A query parameter K=V (repeatable).")
    var query: [String] = []

    @Flag(name: .long, help: "Follow pagination and print every item as one array.")
    var all = false

    @Option(name: .long, help: "Records per page (default 100).")
    var perPage: Int?

    @Option(name: .long, help: "The environment (production, sandbox, monthly, demo, or a custom one).")
    var env: String?

    func validate() throws {
        guard path.hasPrefix("/") || path.hasPrefix("rest/") else {
            throw ValidationError("PATH must be an API path such as /rest/v1.0/companies")
        }
        for item in query where !item.contains("=") {
            throw ValidationError("--query takes K=V, got \(item)")
        }
        if let perPage, !(1...2000).contains(perPage) { throw ValidationError("--per-page must be 1...2000") }
    }

    func run() async throws {
        try await runReportingOneLine {
            try await CommandContext.with(environmentName: env) { context in
                let request = try buildRequest(defaultCompany: context.environment.defaultCompanyID)
                let pretty = isatty(STDOUT_FILENO) == 1
                let output: JSONValue
                if all && !pretty {
                    // Piped: the records are copied out as the bytes they came in (validated, never parsed).
                    let pages = try await context.client.allPages(request, perPage: perPage, keepingBytes: true)
                    Self.writeArray(of: pages, to: FileHandle.standardOutput)
                    return
                } else if all {
                    output = .array(try await context.client.allItems(request, perPage: perPage))
                } else if query.contains(where: { $0.hasPrefix("page=") }) || perPage != nil {
                    output = try await context.client.page(request, number: pageNumber ?? 1, perPage: perPage).body
                } else {
                    output = try await context.client.getJSON(request)
                }
                FileHandle.standardOutput.write(Data((JSONWriter.write(output, pretty: pretty) + "\n").utf8))
            }
        }
    }

    /// Writes the items of `pages` as one compact JSON array and a newline, a page at a time: the
    /// items of a page that kept its bytes as those bytes, other pages' items as `JSONWriter` writes them.
    static func writeArray(of pages: [Page], to output: FileHandle) {
        var first = true
        var buffer: [UInt8] = [UInt8(ascii: "[")]
        for page in pages {
            if let document = page.document {
                document.bytes.withUnsafeBufferPointer { bytes in
                    for range in page.elementRanges {
                        if !first { buffer.append(UInt8(ascii: ",")) }
                        first = false
                        buffer.append(contentsOf: bytes[range])
                    }
                }
            } else {
                for item in page.items {
                    if !first { buffer.append(UInt8(ascii: ",")) }
                    first = false
                    buffer.append(contentsOf: JSONWriter.write(item, pretty: false).utf8)
                }
            }
            output.write(Data(buffer))
            buffer.removeAll(keepingCapacity: true)
        }
        buffer.append(contentsOf: "]\n".utf8)
        output.write(Data(buffer))
    }

    private var pageNumber: Int? {
        query.first { $0.hasPrefix("page=") }.flatMap { Int($0.dropFirst(5)) }
    }

    /// The request, with the company taken from the flag, the path, the query or the config.
    func buildRequest(defaultCompany: Int64?) throws -> APIRequest {
        var items: [APIRequest.QueryItem] = []
        for item in query {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            if all && (name == "page" || name == "per_page") { continue }
            if !all && perPage != nil && (name == "page" || name == "per_page") { continue }
            items.append(.init(name, parts.count > 1 ? String(parts[1]) : ""))
        }
        var cleanPath = path
        if let q = cleanPath.firstIndex(of: "?") {
            for pair in cleanPath[cleanPath.index(after: q)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
                let value = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : ""
                items.append(.init(name, value))
            }
            cleanPath = String(cleanPath[..<q])
        }
        let company = company ?? Self.companyInPath(cleanPath) ?? items.first { $0.name == "company_id" }.flatMap { Int64($0.value) } ?? defaultCompany
        return APIRequest(path: cleanPath, query: items, companyID: company)
    }

    /// The id after a `companies` segment of a path.
    static func companyInPath(_ path: String) -> Int64? {
        let segments = path.split(separator: "/")
        guard let index = segments.firstIndex(of: "companies"), index + 1 < segments.count else { return nil }
        return Int64(segments[index + 1])
    }
}
