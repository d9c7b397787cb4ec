/// A path naming a place in the workspace: `company/4/project/77/rfis/12` — a company id, then
/// optionally a project id, a catalog tool id and a record id.
public struct DeepLink: Sendable, Equatable {
    /// The company.
    public var companyID: Int64
    /// The project, when the link goes that deep.
    public var projectID: Int64?
    /// The catalog tool id (`rfis`, `documents`...), when the link names one.
    public var toolID: String?
    /// The record of the tool's list, when the link names one.
    public var recordID: Int64?

    /// Why a link could not be read: the part that failed and what was expected.
    public struct Invalid: Error, Sendable, Equatable, CustomStringConvertible {
        /// The offending part (or the whole link).
        public let part: String
        /// What was expected there.
        public let problem: String
        /// One line for a person.
        public var description: String { "deep link: \(problem) at “\(part)”" }
    }

    /// Creates a link.
    public init(companyID: Int64, projectID: Int64? = nil, toolID: String? = nil, recordID: Int64? = nil) {
        self.companyID = companyID
        self.projectID = projectID
        self.toolID = toolID
        self.recordID = recordID
    }

    /// Reads `company/<id>[/project/<id>[/<tool>[/<record id>]]]` (slashes at the ends are ignored).
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/").map(String.init)
        func id(_ index: Int, _ what: String) throws -> Int64 {
            guard index < parts.count else { throw Invalid(part: text, problem: "missing the \(what) id") }
            guard let value = Int64(parts[index]), value > 0 else {
                throw Invalid(part: parts[index], problem: "the \(what) id must be a positive number")
            }
            return value
        }
        guard parts.first == "company" else { throw Invalid(part: parts.first ?? text, problem: "expected “company”") }
        self.init(companyID: try id(1, "company"))
        guard parts.count > 2 else { return }
        guard parts[2] == "project" else { throw Invalid(part: parts[2], problem: "expected “project”") }
        projectID = try id(3, "project")
        guard parts.count > 4 else { return }
        toolID = parts[4]
        guard parts.count > 5 else { return }
        recordID = try id(5, "record")
        guard parts.count == 6 else { throw Invalid(part: parts[6], problem: "nothing may follow the record id") }
    }

    /// The link as text.
    public var path: String {
        var text = "company/\(companyID)"
        if let projectID { text += "/project/\(projectID)" }
        if let toolID { text += "/\(toolID)" }
        if let recordID { text += "/\(recordID)" }
        return text
    }
}
