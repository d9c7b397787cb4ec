/// Everything the API serves: records by list, which project belongs to which company, documents and blobs.
///
/// Immutable once built; built after the origins are bound, because records embed the API origin's URL in
/// their file links.
final class SandboxWorld: Sendable {
    let companies: ArrayRecordList
    let lists: [ResourceKey: any RecordList]
    let projectCompany: [Int64: Int64]
    let me: Person
    /// Per project: engine names of tools switched off, with their titles.
    let disabledTools: [Int64: [String: String]]
    let documents: any DocumentTree
    let blobs: @Sendable (Int64) -> BlobSpec?
    let facts: SandboxSeedFacts
    /// Daily logs per project.
    let dailyLogs: [Int64: DailyLogs]
    /// Lists made on demand for scopes not stored (the large dataset's 2,000 projects).
    let fallback: @Sendable (Resource, Int64) -> (any RecordList)?

    init(companies: [JSONValue], lists: [ResourceKey: any RecordList], projectCompany: [Int64: Int64], me: Person,
         disabledTools: [Int64: [String: String]], documents: any DocumentTree,
         blobs: @escaping @Sendable (Int64) -> BlobSpec?, facts: SandboxSeedFacts, dailyLogs: [Int64: DailyLogs] = [:],
         fallback: @escaping @Sendable (Resource, Int64) -> (any RecordList)? = { _, _ in nil })
    {
        self.companies = ArrayRecordList(companies)
        self.lists = lists
        self.projectCompany = projectCompany
        self.me = me
        self.disabledTools = disabledTools
        self.documents = documents
        self.blobs = blobs
        self.facts = facts
        self.dailyLogs = dailyLogs
        self.fallback = fallback
    }

    /// A list, if that scope exists.
    func list(_ resource: Resource, _ scope: Int64) -> (any RecordList)? {
        lists[ResourceKey(resource: resource, scope: scope)] ?? fallback(resource, scope)
    }

    /// The project record (v1.1 shape).
    func project(_ id: Int64) -> JSONValue? {
        guard let company = projectCompany[id] else { return nil }
        return list(.projects, company)?.record(id: id)
    }
}
