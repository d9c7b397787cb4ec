/// Builds the seed dataset: the Development Sandbox as the seed documents describe it.
struct SeedWorld {
    let apiBase: String
    var links: FileLinks { FileLinks(apiBase: apiBase) }
    var lists: [ResourceKey: any RecordList] = [:]
    var blobs: [Int64: BlobSpec] = [:]

    init(apiBase: String) { self.apiBase = apiBase }

    static let companyName = "Sandbox Demo Company"

    mutating func put(_ resource: Resource, _ scope: Int64, _ items: [JSONValue]) {
        lists[ResourceKey(resource: resource, scope: scope)] = ArrayRecordList(items)
    }

    mutating func addBlob(_ blob: BlobSpec) -> BlobSpec {
        blobs[blob.id] = blob
        return blob
    }

    /// The seed world.
    static func build(apiBase: String) -> SandboxWorld {
        var w = SeedWorld(apiBase: apiBase)
        let project = ProjectRecord(id: SeedIDs.project, name: "Sandbox Test Project", number: "1234",
                                    companyID: SeedIDs.company, companyName: companyName)
        w.put(.projects, SeedIDs.company, [project.json])
        w.put(.companyUsers, SeedIDs.company, SeedPeople.all.map { UserRecord.company($0, vendorID: SeedPeople.vendorID($0)) })
        w.put(.projectUsers, SeedIDs.project, SeedPeople.all.map { UserRecord.project($0, vendorID: SeedPeople.vendorID($0)) })
        w.addRFIs()
        let blobs = w.blobs
        let facts = SandboxSeedFacts(
            companyID: SeedIDs.company, companyIDs: [SeedIDs.company], projectID: SeedIDs.project,
            userID: SeedPeople.apiSupport.id, rfiID: SeedIDs.rfi, submittalID: SeedIDs.submittal,
            imageCategoryID: SeedIDs.imageCategory, imageID: SeedIDs.image, drawingAreaID: SeedIDs.drawingArea,
            drawingID: 0, drawingRevisionID: 0, rootFolderID: SeedIDs.rootFolder, fileID: SeedIDs.file, fileSize: 0,
            disabledToolEngineName: "contracts", disabledToolPath: "/rest/v1.0/commitments?project_id=\(SeedIDs.project)",
            rfiCount: 1, projectCount: 1, documentCount: 0)
        return SandboxWorld(
            companies: [["id": .int(SeedIDs.company), "is_active": true, "name": .string(companyName), "pcn_business_experience": nil]],
            lists: w.lists, projectCompany: [SeedIDs.project: SeedIDs.company], me: SeedPeople.apiSupport,
            disabledTools: [SeedIDs.project: ["contracts": "Commitments"]], documents: EmptyDocumentTree(),
            blobs: { blobs[$0] }, facts: facts)
    }

    mutating func addRFIs() {
        let sketch = addBlob(BlobSpec(id: 880_001, filename: "Conference 130 thermostat.pdf", size: 48_213,
                                      contentType: "application/pdf", seed: 880_001))
        let attachment: JSONValue = [
            "id": 880_001,
            "filename": .string(sketch.filename),
            "name": .string(sketch.filename),
            "url": .string(links.url(sketch, companyID: SeedIDs.company)),
        ]
        let rfi = RFIRecord(
            id: SeedIDs.rfi, projectID: SeedIDs.project, number: "1",
            subject: "Thermostat Conflict with Wall Finish at Conference Room",
            question: "The thermostat in Conference 130 is shown in a millwork wall panel. Clarify if the thermostat should be relocated.",
            questionID: SeedIDs.rfiQuestion, createdAt: "2022-06-03T00:35:25Z", dueDate: "2022-06-06",
            manager: SeedPeople.apiSupport, assignee: SeedPeople.architect, creator: SeedPeople.seeder,
            attachments: [attachment])
        put(.rfis, SeedIDs.project, [rfi.json])
    }
}
