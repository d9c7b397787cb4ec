/// The seed project's Documents tool: a basic folder structure with files in nested folders.
extension SeedWorld {
    mutating func makeDocuments() -> StoredDocumentTree {
        var nodes: [Int64: DocumentNode] = [:]
        var children: [Int64: [Int64]] = [:]
        var owner: [Int64: Int64] = [:]
        let rootName = "Sandbox Test Project"
        let root = DocumentNode(id: SeedIDs.rootFolder, name: rootName, path: rootName, parentID: nil, isFolder: true,
                                creator: SeedPeople.seeder)
        nodes[root.id] = root
        owner[root.id] = SeedIDs.project
        var nextID: Int64 = 607_848_000
        var nextBlob: Int64 = 3_749_202_000

        func add(_ name: String, in parent: Int64, folder: Bool, size: Int64 = 0, id: Int64? = nil) -> Int64 {
            let nodeID = id ?? nextID
            if id == nil { nextID += 37 }
            let parentNode = nodes[parent]!
            var node = DocumentNode(id: nodeID, name: name, path: parentNode.path + "/" + name, parentID: parent,
                                    isFolder: folder, creator: SeedPeople.apiSupport)
            if !folder {
                let blob = BlobSpec(id: nextBlob, filename: name, size: size, contentType: DocumentNode.contentType(name),
                                    seed: UInt64(nextBlob))
                nextBlob += 1
                node.blob = blob
                node.fileVersionID = nodeID - DocumentIDs.versionOffset
                blobs[blob.id] = blob
                nodes[parent]?.hasFiles = true
            } else {
                nodes[parent]?.hasFolders = true
            }
            nodes[nodeID] = node
            children[parent, default: []].append(nodeID)
            owner[nodeID] = SeedIDs.project
            return nodeID
        }

        let contracts = add("01 - Contracts", in: root.id, folder: true)
        _ = add("Prime Contract - Owner Agreement.pdf", in: contracts, folder: false, size: 184_320)
        let specs = add("02 - Specifications", in: root.id, folder: true)
        let div03 = add("Division 03 - Concrete", in: specs, folder: true)
        _ = add("03 30 00 - Cast-in-Place Concrete.pdf", in: div03, folder: false, size: 412_876)
        let drawings = add("03 - Drawings", in: root.id, folder: true)
        let arch = add("Architectural", in: drawings, folder: true)
        _ = add("A101 - First Floor Plan.pdf", in: arch, folder: false, size: 2_621_440)
        _ = add("A201 - Exterior Elevations.pdf", in: arch, folder: false, size: 1_835_008)
        let structural = add("Structural", in: drawings, folder: true)
        _ = add("S101 - Foundation Plan.pdf", in: structural, folder: false, size: 1_572_864)
        let meetings = add("04 - Meeting Minutes", in: root.id, folder: true)
        _ = add("OAC Meeting 001 - Minutes.docx", in: meetings, folder: false, size: 48_731)
        let research = add("Z-Research and Development", in: root.id, folder: true, id: 607_848_046)
        _ = add("A-Team", in: research, folder: true, id: 607_848_083)
        _ = add("test_pdf.pdf", in: root.id, folder: false, size: 29_966, id: SeedIDs.file)

        return StoredDocumentTree(nodes: nodes, children: children, roots: [SeedIDs.project: root.id], project: owner,
                                  companyOf: [SeedIDs.project: SeedIDs.company], links: links)
    }
}
