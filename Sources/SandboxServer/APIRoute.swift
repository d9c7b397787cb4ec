/// One API route: a path pattern, how it finds its project, and what it answers.
///
/// Pattern segments are literals, `#` (an integer id, captured in order), alternatives such as
/// `v1.0|v1.1`, or `*_logs` (any daily-log type).
struct APIRoute: Sendable {
    /// Where a route's project id comes from.
    enum ProjectSource: Sendable {
        case none
        /// The n-th captured id.
        case capture(Int)
        /// The `project_id` query parameter (required).
        case query
    }

    let pattern: [Substring]
    let companyHeaderExempt: Bool
    let project: ProjectSource
    /// Engine name of the tool this route belongs to (403 when the tool is off on the project).
    let tool: String?
    let handler: @Sendable (APIRequest) -> Reply

    init(_ pattern: String, exempt: Bool = false, project: ProjectSource = .none, tool: String? = nil,
         _ handler: @escaping @Sendable (APIRequest) -> Reply)
    {
        self.pattern = pattern.split(separator: "/")
        companyHeaderExempt = exempt
        self.project = project
        self.tool = tool
        self.handler = handler
    }

    /// The captured ids if the path matches.
    func match(_ segments: [Substring]) -> [Int64]? {
        guard segments.count == pattern.count else { return nil }
        var captures: [Int64] = []
        for (p, s) in zip(pattern, segments) {
            if p == "#" {
                guard let id = Int64(s) else { return nil }
                captures.append(id)
            } else if p == "*_logs" {
                guard s.hasSuffix("_logs") || s == "timecard_entries" else { return nil }
            } else if p.contains("|") {
                guard p.split(separator: "|").contains(s) else { return nil }
            } else if p != s {
                return nil
            }
        }
        return captures
    }
}
