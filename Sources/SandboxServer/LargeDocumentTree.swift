/// The large project's Documents: 20,000 documents, a complete ternary tree of folders 7 levels below the
/// root with files at the 8th level, all computed from their ids (nothing stored).
///
/// Heap numbering: node 0 is the root, node n has folder children 3n+1...3n+3; nodes 1093...3279 are the
/// 2,187 deepest folders, each holding 7 or 8 of the 16,721 files.
struct LargeDocumentTree: DocumentTree {
    static let folderCount = 3279
    static let firstLeaf = 1093
    static let leafCount = 2187
    static let fileCount = 16_721
    static let folderBase: Int64 = 8_100_000_000
    static let fileBase: Int64 = 8_200_000_000
    static let blobBase: Int64 = 9_000_000_000
    /// Sizes of the first files: 1 GiB, 100 MiB, 10 MiB; the rest are small.
    static let bigSizes: [Int64] = [1 << 30, 100 << 20, 10 << 20]

    let projectID: Int64
    let companyID: Int64
    let names: LargeNames
    let links: FileLinks
    let creator: Person

    static func blob(fileIndex f: Int, names: LargeNames) -> BlobSpec {
        let ext = f < bigSizes.count ? "bin" : names.pick(LargeNames.extensions, 20, f)
        let size = f < bigSizes.count ? bigSizes[f] : Int64(1024 + names.hash(21, f) % (2 << 20))
        let name = f < bigSizes.count ? "big-\(size >> 20)MiB.\(ext)" : "\(names.pick(LargeNames.folderWords, 22, f)) \(f).\(ext)"
        return BlobSpec(id: blobBase + Int64(f), filename: name, size: size, contentType: DocumentNode.contentType(name), seed: names.hash(23, f))
    }

    private func depth(_ n: Int) -> Int {
        var level = 0, start = 0, width = 1
        while n >= start + width { start += width; width *= 3; level += 1 }
        return level
    }

    private func folderName(_ n: Int) -> String {
        n == 0 ? "Large Project" : "L\(depth(n)) \(names.pick(LargeNames.folderWords, 24, n)) \(n)"
    }

    private func folderPath(_ n: Int) -> String {
        var parts: [String] = []
        var k = n
        while true {
            parts.append(folderName(k))
            if k == 0 { break }
            k = (k - 1) / 3
        }
        return parts.reversed().joined(separator: "/")
    }

    private func filesIn(_ n: Int) -> [Int] {
        guard n >= Self.firstLeaf, n < Self.firstLeaf + Self.leafCount else { return [] }
        return Array(stride(from: n - Self.firstLeaf, to: Self.fileCount, by: Self.leafCount))
    }

    private func folderNode(_ n: Int) -> DocumentNode {
        DocumentNode(id: Self.folderBase + Int64(n), name: folderName(n), path: folderPath(n),
                     parentID: n == 0 ? nil : Self.folderBase + Int64((n - 1) / 3), isFolder: true,
                     hasFolders: n < Self.firstLeaf, hasFiles: n >= Self.firstLeaf, creator: creator)
    }

    private func fileNode(_ f: Int) -> DocumentNode {
        let blob = Self.blob(fileIndex: f, names: names)
        let parent = Self.firstLeaf + f % Self.leafCount
        let id = Self.fileBase + Int64(f)
        return DocumentNode(id: id, name: blob.filename, path: folderPath(parent) + "/" + blob.filename,
                            parentID: Self.folderBase + Int64(parent), isFolder: false, blob: blob,
                            fileVersionID: id - DocumentIDs.versionOffset, creator: creator)
    }

    private func folderIndex(_ id: Int64) -> Int? {
        let n = id - Self.folderBase
        return n >= 0 && n < Int64(Self.folderCount + 1) ? Int(n) : nil
    }

    private func fileIndex(_ id: Int64) -> Int? {
        let f = id - Self.fileBase
        return f >= 0 && f < Int64(Self.fileCount) ? Int(f) : nil
    }

    private func folderJSON(_ n: Int) -> JSONValue {
        let folders = n < Self.firstLeaf ? (1...3).map { folderNode(3 * n + $0).folderJSON(folders: [], files: []) } : []
        let files = filesIn(n).map { fileNode($0).fileJSON(links: links, companyID: companyID) }
        return folderNode(n).folderJSON(folders: folders, files: files)
    }

    func root(projectID: Int64) -> JSONValue? { projectID == self.projectID ? folderJSON(0) : nil }

    func folder(id: Int64, projectID: Int64) -> JSONValue? {
        guard projectID == self.projectID, let n = folderIndex(id) else { return nil }
        return folderJSON(n)
    }

    func file(id: Int64, projectID: Int64) -> JSONValue? {
        guard projectID == self.projectID, let f = fileIndex(id) else { return nil }
        return fileNode(f).fileJSON(links: links, companyID: companyID)
    }

    /// Document index i: folders 1...3279 first, then the files.
    private func document(_ i: Int) -> DocumentNode {
        i < Self.folderCount ? folderNode(i + 1) : fileNode(i - Self.folderCount)
    }

    func documents(projectID: Int64, parentID: Int64?, documentType: String?) -> (any RecordList)? {
        guard projectID == self.projectID else { return nil }
        let links = self.links, company = companyID
        if let parentID {
            guard let n = folderIndex(parentID) else { return ArrayRecordList([]) }
            var nodes: [DocumentNode] = []
            if documentType != "file", n < Self.firstLeaf { nodes += (1...3).map { folderNode(3 * n + $0) } }
            if documentType != "folder" { nodes += filesIn(n).map(fileNode) }
            return ArrayRecordList(nodes.map { $0.documentJSON(links: links, companyID: company) })
        }
        let offset = documentType == "file" ? Self.folderCount : 0
        let count = documentType == "folder" ? Self.folderCount : documentType == "file" ? Self.fileCount : Self.folderCount + Self.fileCount
        let tree = self
        return GeneratedRecordList(count: count, make: { tree.document($0 + offset).documentJSON(links: links, companyID: company) },
                                   position: { id in
                                       if let n = tree.folderIndex(id), n > 0 { return n - 1 - offset }
                                       if let f = tree.fileIndex(id) { return Self.folderCount + f - offset }
                                       return nil
                                   })
    }
}
