/// A Documents tree held in memory (the seed dataset's), for one or more projects.
struct StoredDocumentTree: DocumentTree {
    let nodes: [Int64: DocumentNode]
    let children: [Int64: [Int64]]
    /// Root folder id per project.
    let roots: [Int64: Int64]
    /// Owning project per node.
    let project: [Int64: Int64]
    let companyOf: [Int64: Int64]
    let links: FileLinks

    private func node(_ id: Int64, in projectID: Int64) -> DocumentNode? {
        guard project[id] == projectID else { return nil }
        return nodes[id]
    }

    private func folderJSON(_ folder: DocumentNode, projectID: Int64, depth: Int) -> JSONValue {
        let kids = (children[folder.id] ?? []).compactMap { nodes[$0] }
        let company = companyOf[projectID] ?? 0
        let folders = depth > 0 ? kids.filter(\.isFolder).map { folderJSON($0, projectID: projectID, depth: depth - 1) } : []
        let files = depth > 0 ? kids.filter { !$0.isFolder }.map { $0.fileJSON(links: links, companyID: company) } : []
        return folder.folderJSON(folders: folders, files: files)
    }

    func root(projectID: Int64) -> JSONValue? {
        guard let id = roots[projectID], let root = nodes[id] else { return nil }
        return folderJSON(root, projectID: projectID, depth: 1)
    }

    func folder(id: Int64, projectID: Int64) -> JSONValue? {
        guard let folder = node(id, in: projectID), folder.isFolder else { return nil }
        return folderJSON(folder, projectID: projectID, depth: 1)
    }

    func file(id: Int64, projectID: Int64) -> JSONValue? {
        guard let file = node(id, in: projectID), !file.isFolder else { return nil }
        return file.fileJSON(links: links, companyID: companyOf[projectID] ?? 0)
    }

    func documents(projectID: Int64, parentID: Int64?, documentType: String?) -> (any RecordList)? {
        guard let root = roots[projectID] else { return nil }
        var ids: [Int64] = []
        if let parentID {
            ids = children[parentID] ?? []
        } else {
            var queue = children[root] ?? []
            while !queue.isEmpty {
                let id = queue.removeFirst()
                ids.append(id)
                queue += children[id] ?? []
            }
        }
        let company = companyOf[projectID] ?? 0
        let items = ids.compactMap { nodes[$0] }
            .filter { documentType == nil || ($0.isFolder ? "folder" : "file") == documentType }
            .map { $0.documentJSON(links: links, companyID: company) }
        return ArrayRecordList(items)
    }
}
