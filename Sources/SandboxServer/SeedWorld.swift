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

    /// The seed world; `now` dates the daily logs (today and the two days before).
    static func build(apiBase: String, now: Double = 0) -> SandboxWorld {
        var w = SeedWorld(apiBase: apiBase)
        let project = ProjectRecord(id: SeedIDs.project, name: "Sandbox Test Project", number: "1234",
                                    companyID: SeedIDs.company, companyName: companyName)
        w.put(.projects, SeedIDs.company, [project.json])
        w.put(.companyProjects, SeedIDs.company, [project.companyListJSON])
        w.put(.companyUsers, SeedIDs.company, SeedPeople.all.map { UserRecord.company($0, vendorID: SeedPeople.vendorID($0)) })
        w.put(.projectUsers, SeedIDs.project, SeedPeople.all.map { UserRecord.project($0, vendorID: SeedPeople.vendorID($0)) })
        w.addRFIs()
        w.addSubmittal()
        w.addSchedule()
        w.addPhotos()
        w.addDrawings()
        w.addObservations()
        w.addPunchItems()
        w.addMeetings()
        w.addInspections()
        w.addChangeEvents()
        w.put(.commitments, SeedIDs.project, [])
        let disabled = ["contracts": "Commitments"]
        w.put(.tools, SeedIDs.project, ProjectToolCatalog.list(projectID: SeedIDs.project, disabled: disabled))
        let documents = w.makeDocuments()
        let blobs = w.blobs
        let file = blobs.values.first { $0.filename == "test_pdf.pdf" }
        let facts = SandboxSeedFacts(
            companyID: SeedIDs.company, companyIDs: [SeedIDs.company], projectID: SeedIDs.project,
            userID: SeedPeople.apiSupport.id, rfiID: SeedIDs.rfi, submittalID: SeedIDs.submittal,
            imageCategoryID: SeedIDs.imageCategory, imageID: SeedIDs.image, drawingAreaID: SeedIDs.drawingArea,
            drawingID: 320_101, drawingRevisionID: 330_101, rootFolderID: SeedIDs.rootFolder, fileID: SeedIDs.file,
            fileSize: file?.size ?? 0,
            disabledToolEngineName: "contracts", disabledToolPath: "/rest/v1.0/commitments?project_id=\(SeedIDs.project)",
            rfiCount: 1, projectCount: 1, documentCount: documents.nodes.count - 1)
        return SandboxWorld(
            companies: [["id": .int(SeedIDs.company), "is_active": true, "name": .string(companyName), "pcn_business_experience": nil]],
            lists: w.lists, projectCompany: [SeedIDs.project: SeedIDs.company], me: SeedPeople.apiSupport,
            disabledTools: [SeedIDs.project: disabled], documents: documents,
            blobs: { blobs[$0] }, facts: facts, dailyLogs: [SeedIDs.project: DailyLogs.seed(now: now)])
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
