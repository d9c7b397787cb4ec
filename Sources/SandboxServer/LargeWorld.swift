import Foundation

/// Builds the large dataset: 2,000 projects across 3 companies; project one holds 100,000 RFIs and 20,000
/// documents; strings mix CJK, emoji and combining marks; files up to 1 GiB. Deterministic per seed.
///
/// Only the projects and users are stored; RFIs, documents and blobs are computed from their position, so
/// a page of 100 RFIs costs the same as the first page whatever the list's length.
enum LargeWorld {
    static let companyIDs: [Int64] = [5_000_001, 5_000_002, 5_000_003]
    static let companyNames = ["Sandbox Demo Company", "株式会社サンドボックス建設", "Ünïcödé Builders 🏗️ Ltd"]
    static let projectsPerCompany = [1000, 600, 400]
    static let firstProjectID: Int64 = 6_000_001
    static let rfiCount = 100_000
    static let firstRFIID: Int64 = 7_000_000_001
    static let peoplePerCompany = 50

    static func build(apiBase: String, seed: UInt64, rfiCount: Int = LargeWorld.rfiCount) -> SandboxWorld {
        let names = LargeNames(seed: seed)
        let links = FileLinks(apiBase: apiBase)
        var lists: [ResourceKey: any RecordList] = [:]
        var projectCompany: [Int64: Int64] = [:]
        var disabled: [Int64: [String: String]] = [:]
        var projectIndex = 0
        for (c, companyID) in companyIDs.enumerated() {
            var v11: [JSONValue] = [], v10: [JSONValue] = []
            for _ in 0..<projectsPerCompany[c] {
                let id = firstProjectID + Int64(projectIndex)
                let record = ProjectRecord(id: id, name: projectIndex == 0 ? "Large Project" : names.projectName(projectIndex),
                                           number: String(format: "%04d", projectIndex + 1), companyID: companyID,
                                           companyName: companyNames[c], active: names.hash(7, projectIndex) % 10 != 0)
                v11.append(record.json)
                v10.append(record.companyListJSON)
                projectCompany[id] = companyID
                disabled[id] = ["contracts": "Commitments"]
                projectIndex += 1
            }
            lists[ResourceKey(resource: .projects, scope: companyID)] = ArrayRecordList(v11)
            lists[ResourceKey(resource: .companyProjects, scope: companyID)] = ArrayRecordList(v10)
            let people = (0..<peoplePerCompany).map { names.person($0, companyID: companyID) }
            lists[ResourceKey(resource: .companyUsers, scope: companyID)] = ArrayRecordList(people.map { UserRecord.company($0, vendorID: 7_020_000 + Int64(c)) })
        }
        let company = companyIDs[0], project = firstProjectID
        let people = (0..<peoplePerCompany).map { names.person($0, companyID: company) }
        lists[ResourceKey(resource: .projectUsers, scope: project)] = ArrayRecordList(people.map { UserRecord.project($0, vendorID: 7_020_000) })
        lists[ResourceKey(resource: .rfis, scope: project)] = rfis(names: names, people: people, projectID: project, companyID: company, links: links, count: rfiCount)
        let documents = LargeDocumentTree(projectID: project, companyID: company, names: names, links: links, creator: people[0])
        let bigFile = LargeDocumentTree.blob(fileIndex: 0, names: names)
        let facts = SandboxSeedFacts(
            companyID: company, companyIDs: companyIDs, projectID: project, userID: people[0].id, rfiID: firstRFIID,
            submittalID: 0, imageCategoryID: 0, imageID: 0, drawingAreaID: 0, drawingID: 0, drawingRevisionID: 0,
            rootFolderID: LargeDocumentTree.folderBase, fileID: LargeDocumentTree.fileBase, fileSize: bigFile.size,
            disabledToolEngineName: "contracts", disabledToolPath: "/rest/v1.0/commitments?project_id=\(project)",
            rfiCount: rfiCount, projectCount: projectIndex,
            documentCount: LargeDocumentTree.folderCount + LargeDocumentTree.fileCount)
        let companies: [JSONValue] = companyIDs.enumerated().map { i, id in
            ["id": .int(id), "is_active": true, "name": .string(companyNames[i]), "pcn_business_experience": nil]
        }
        let seedNames = names
        let owners = projectCompany
        return SandboxWorld(
            companies: companies, lists: lists, projectCompany: projectCompany, me: people[0], disabledTools: disabled,
            documents: documents,
            blobs: { id in
                let f = id - LargeDocumentTree.blobBase
                guard f >= 0, f < Int64(LargeDocumentTree.fileCount) else { return nil }
                return LargeDocumentTree.blob(fileIndex: Int(f), names: seedNames)
            },
            facts: facts,
            fallback: { resource, scope in
                guard resource == .tools, owners[scope] != nil else { return nil }
                return ArrayRecordList(ProjectToolCatalog.list(projectID: scope, disabled: ["contracts": "Commitments"]))
            })
    }

    /// `count` RFIs (100,000 by default) made from their position.
    static func rfis(names: LargeNames, people: [Person], projectID: Int64, companyID: Int64, links: FileLinks,
                     count rfiCount: Int) -> GeneratedRecordList {
        let statuses = ["open", "open", "open", "closed", "draft"]
        return GeneratedRecordList(count: rfiCount, make: { i in
            let day = 1 + i % 28, month = 1 + (i / 28) % 12, year = 2020 + (i / 336) % 6
            let date = "\(year)-\(LargeNames.pad(month, 2))-"
            let created = date + LargeNames.pad(day, 2) + "T" + LargeNames.pad(i % 24, 2) + ":" + LargeNames.pad(i % 60, 2) + ":00Z"
            let attachments: [JSONValue] = i % 10 == 0 ? {
                let blob = LargeDocumentTree.blob(fileIndex: 3 + i % 1000, names: names)
                return [["id": .int(blob.id), "filename": .string(blob.filename), "name": .string(blob.filename),
                         "url": .string(links.url(blob, companyID: companyID))]]
            }() : []
            return RFIRecord(
                id: firstRFIID + Int64(i), projectID: projectID, number: String(i + 1), subject: names.subject(i),
                question: "Question \(i + 1): \(names.subject(i + 7)). Please advise.", questionID: firstRFIID + 500_000 + Int64(i),
                status: names.pick(statuses, 8, i), createdAt: created,
                dueDate: date + LargeNames.pad(min(28, day + 3), 2),
                manager: people[0], assignee: names.pick(people, 9, i), creator: names.pick(people, 10, i),
                attachments: attachments).json
        }, position: { id in
            let i = id - firstRFIID
            return i >= 0 && i < Int64(rfiCount) ? Int(i) : nil
        })
    }
}
