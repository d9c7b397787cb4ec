/// The Documents tool of every project: folders, files and the flat document index.
protocol DocumentTree: Sendable {
    /// The root folder with its direct folders and files (`GET /rest/v1.0/folders?project_id=`).
    func root(projectID: Int64) -> JSONValue?
    /// One folder with its direct children.
    func folder(id: Int64, projectID: Int64) -> JSONValue?
    /// One file with its versions.
    func file(id: Int64, projectID: Int64) -> JSONValue?
    /// The flat index (`/projects/{id}/documents`), optionally only the children of `parentID`
    /// and only one `documentType` ("folder" or "file").
    func documents(projectID: Int64, parentID: Int64?, documentType: String?) -> (any RecordList)?
}

/// A project without documents.
struct EmptyDocumentTree: DocumentTree {
    func root(projectID: Int64) -> JSONValue? { nil }
    func folder(id: Int64, projectID: Int64) -> JSONValue? { nil }
    func file(id: Int64, projectID: Int64) -> JSONValue? { nil }
    func documents(projectID: Int64, parentID: Int64?, documentType: String?) -> (any RecordList)? { nil }
}
