import Foundation
import ProcoreAPI

/// The tool catalog: every tool Sitewalk can browse, as data (`Resources/catalog.json`).
///
/// Adding a tool is a catalog entry and a test, not a new view. An entry that does not validate fails
/// at load with its name and the problem.
public struct ToolCatalog: Sendable, Decodable {
    /// The catalog's format version.
    public var version: Int
    /// The tools, in the order they are shown.
    public var tools: [ToolDefinition]

    /// A catalog entry that does not validate.
    public struct Invalid: Error, CustomStringConvertible, Sendable {
        /// The tool's id (or `catalog` for the file as a whole).
        public let tool: String
        /// What is wrong.
        public let problem: String
        /// One line for a person.
        public var description: String { "tool catalog: \(tool): \(problem)" }
    }

    /// The catalog shipped with Sitewalk.
    public static func bundled() throws -> ToolCatalog {
        guard let url = Bundle.module.url(forResource: "catalog", withExtension: "json") else {
            throw Invalid(tool: "catalog", problem: "catalog.json is missing from the Workspace bundle")
        }
        return try load(Data(contentsOf: url))
    }

    /// Decodes and validates a catalog.
    public static func load(_ data: Data) throws -> ToolCatalog {
        let catalog: ToolCatalog
        do { catalog = try JSONDecoder().decode(ToolCatalog.self, from: data) } catch let error as DecodingError {
            throw Invalid(tool: Self.toolName(in: error) ?? "catalog", problem: Self.describe(error))
        }
        try catalog.validate()
        return catalog
    }

    /// Checks every entry: unique ids, at least one level, paths that start with `/rest/` and use
    /// only known placeholders, at least one column, and `opens_files` naming a level that exists.
    public func validate() throws {
        var seen: Set<String> = []
        for tool in tools {
            guard !tool.id.isEmpty else { throw Invalid(tool: tool.title, problem: "has an empty id") }
            guard seen.insert(tool.id).inserted else { throw Invalid(tool: tool.id, problem: "id is used twice") }
            guard !tool.levels.isEmpty else { throw Invalid(tool: tool.id, problem: "has no levels") }
            for (index, level) in tool.levels.enumerated() {
                let name = "level \(index + 1) (\(level.title))"
                for template in [level.path] + [level.childPath, level.detail].compactMap({ $0 }) {
                    guard template.hasPrefix("/rest/") else {
                        throw Invalid(tool: tool.id, problem: "\(name): path \(template) must start with /rest/")
                    }
                    for placeholder in PathTemplate.placeholders(in: template) where !PathTemplate.known.contains(placeholder) {
                        throw Invalid(tool: tool.id, problem: "\(name): unknown placeholder {\(placeholder)} in \(template)")
                    }
                }
                if tool.scope == .company, level.path.contains("{project_id}") {
                    throw Invalid(tool: tool.id, problem: "\(name): a company tool cannot use {project_id}")
                }
                if index > 0, level.id == nil, !(level.path + (level.query ?? [:]).values.joined()).contains("{parent_id}")
                    && !level.path.contains("{id}") {
                    throw Invalid(tool: tool.id, problem: "\(name): a nested level must use {parent_id} or {id}")
                }
                guard !level.columns.isEmpty else { throw Invalid(tool: tool.id, problem: "\(name): has no columns") }
                for column in level.columns where column.path.isEmpty || column.width <= 0 {
                    throw Invalid(tool: tool.id, problem: "\(name): column \(column.header) needs a path and a positive width")
                }
                if level.shape == .grouped, level.groupItems == nil {
                    throw Invalid(tool: tool.id, problem: "\(name): a grouped list needs group_items")
                }
                if let target = level.opensFiles, !tool.levels.contains(where: { $0.id == target }) {
                    throw Invalid(tool: tool.id, problem: "\(name): opens_files names \(target), which is not a level")
                }
            }
        }
    }

    /// The tool with an id.
    public func tool(id: String) -> ToolDefinition? { tools.first { $0.id == id } }

    /// Project tools, in catalog order.
    public var projectTools: [ToolDefinition] { tools.filter { $0.scope == .project } }
    /// Company tools, in catalog order.
    public var companyTools: [ToolDefinition] { tools.filter { $0.scope == .company } }

    static func toolName(in error: DecodingError) -> String? {
        let path: [CodingKey]
        switch error {
        case .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): path = c.codingPath
        @unknown default: return nil
        }
        guard path.count >= 2, path[0].stringValue == "tools", let index = path[1].intValue else { return nil }
        return "tool #\(index + 1)"
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let c):
            return "missing \(key.stringValue) at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case .typeMismatch(_, let c), .valueNotFound(_, let c):
            return "wrong type at \(c.codingPath.map(\.stringValue).joined(separator: ".")): \(c.debugDescription)"
        case .dataCorrupted(let c):
            return "not valid JSON: \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
