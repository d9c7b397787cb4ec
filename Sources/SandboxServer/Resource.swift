/// The kinds of list the world holds, each scoped by a company, project or parent id.
enum Resource: Hashable, Sendable {
    case projects
    /// `/rest/v1.0/companies/{id}/projects` items (a different shape).
    case companyProjects
    case companyUsers
    case projectUsers
    case rfis
    case submittals
    case tasks
    case taskItems
    case calendarItems
    case imageCategories
    case images
    case drawingAreas
    case drawings
    case drawingRevisions
    case drawingSets
    case observations
    case observationTypes
    case punchItems
    case meetings
    case checklists
    case changeEvents
    case commitments
    case tools
    case dailyLogHeaders
    case dailyLog(String)
}

/// A list's address in the world: what, and under which company, project or parent.
struct ResourceKey: Hashable, Sendable {
    let resource: Resource
    let scope: Int64
}
