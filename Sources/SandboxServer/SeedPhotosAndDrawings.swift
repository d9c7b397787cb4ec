/// The seed project's Photos (one album, one photo) and Drawings (one set, one area, drawings with revisions).
extension SeedWorld {
    mutating func addPhotos() {
        let photo = addBlob(BlobSpec(id: 5_100_001, filename: "sandbox.jpg", size: 284_671, contentType: "image/jpeg", seed: 5_100_001))
        let thumb = addBlob(BlobSpec(id: 5_100_002, filename: "sandbox_thumb.jpg", size: 9_214, contentType: "image/jpeg", seed: 5_100_002))
        let p = SeedIDs.project, img = SeedIDs.image, cat = SeedIDs.imageCategory
        put(.imageCategories, p, [[
            "id": .int(cat), "count": 1, "cover_photo": .string(links.url(thumb, companyID: SeedIDs.company)),
            "created_at": "2022-06-03T00:38:00Z",
            "links": ["show": .string("/rest/v1.0/image_categories/\(cat)?project_id=\(p)"),
                      "delete": .string("/rest/v1.0/image_categories/\(cat)?project_id=\(p)"),
                      "update": .string("/rest/v1.0/image_categories/\(cat)?project_id=\(p)")],
            "name": "Sandbox", "private": false, "updated_at": "2022-06-03T00:38:00Z", "position": 1,
        ]])
        let selfLink = "/rest/v1.0/images/\(img)?image_category_id=\(cat)&project_id=\(p)"
        put(.images, p, [[
            "id": .int(img), "url": .string(links.url(photo, companyID: SeedIDs.company)), "size": .int(photo.size),
            "filename": "sandbox.jpg", "description": "Sandbox site, looking north", "thumbnail_url": .string(links.url(thumb, companyID: SeedIDs.company)),
            "taken_at": "2022-06-03T00:38:00Z", "created_at": "2022-06-03T00:38:00Z", "updated_at": "2022-06-03T00:38:00Z",
            "location": nil, "image_category_name": "Sandbox", "image_category_id": .int(cat), "permanently_deleted": false,
            "private": false, "projection": "regular", "starred": false, "width": 1600, "height": 1200,
            "image_category_private": false, "origin_id": nil, "daily_log_header_id": nil, "gps_lat": nil, "gps_long": nil,
            "uploader": SeedPeople.apiSupport.ref,
            "links": ["self": .string(selfLink), "update": .string(selfLink), "delete": .string(selfLink),
                      "permanentlyDelete": .string(selfLink + "&permanent=true"),
                      "retrieve": .string("/rest/v1.0/images/\(img)/retrieve?project_id=\(p)")],
            "trades": [], "comments_count": 0,
        ]])
    }

    static let seedDrawings: [(String, String, String)] = [
        ("A101", "First Floor Plan", "Architectural"),
        ("A201", "Exterior Elevations", "Architectural"),
        ("S101", "Foundation Plan", "Structural"),
        ("M101", "First Floor Mechanical Plan", "Mechanical"),
        ("E101", "First Floor Electrical Plan", "Electrical"),
    ]

    mutating func addDrawings() {
        let p = SeedIDs.project
        put(.drawingAreas, p, [["id": .int(SeedIDs.drawingArea), "name": "Main Building",
                                "drawings_count": .integer(Self.seedDrawings.count), "description": "Sandbox construction plans"]])
        put(.drawingSets, p, [["id": .int(SeedIDs.drawingSet), "name": "Issued for Construction", "date": "2022-06-01",
                               "created_at": "2022-06-03T00:39:00Z", "updated_at": "2022-06-03T00:39:00Z"]])
        var drawings: [JSONValue] = []
        var revisions: [JSONValue] = []
        for (i, (number, title, discipline)) in Self.seedDrawings.enumerated() {
            let drawingID = Int64(320_101 + i), revisionID = Int64(330_101 + i)
            let pdf = addBlob(BlobSpec(id: 6_200_001 + Int64(i) * 2, filename: "\(number).pdf", size: 1_048_576 + Int64(i) * 65_537,
                                       contentType: "application/pdf", seed: UInt64(6_200_001 + i * 2)))
            let png = addBlob(BlobSpec(id: 6_200_002 + Int64(i) * 2, filename: "\(number).png", size: 524_288 + Int64(i) * 4_099,
                                       contentType: "image/png", seed: UInt64(6_200_002 + i * 2)))
            let pdfURL = JSONValue.string(links.url(pdf, companyID: SeedIDs.company))
            let pngURL = JSONValue.string(links.url(png, companyID: SeedIDs.company))
            drawings.append([
                "id": .int(drawingID), "discipline": .string(discipline), "number": .string(number), "title": .string(title),
                "obsolete": false,
                "current_revision": [
                    "floorplan": .bool(number.hasSuffix("101")), "has_drawing_sketches": false, "id": .int(revisionID),
                    "pdf_size": .int(pdf.size), "pdf_url": pdfURL, "png_size": .int(png.size), "png_url": pngURL,
                    "revision_number": "0", "thumbnail_url": pngURL, "large_thumbnail_url": pngURL,
                    "updated_at": "2022-06-03T00:39:00Z",
                ],
            ])
            revisions.append([
                "id": .int(revisionID), "current": true, "drawing_date": "2022-06-01", "received_date": "2022-06-02",
                "revision_number": "0", "floorplan": .bool(number.hasSuffix("101")), "drawing_set_id": .int(SeedIDs.drawingSet),
                "drawing_id": .int(drawingID), "drawing_area_id": .int(SeedIDs.drawingArea), "number": .string(number),
                "title": .string(title), "discipline": .string(discipline), "pdf_url": pdfURL, "png_url": pngURL,
                "pdf_size": .int(pdf.size), "png_size": .int(png.size), "obsolete": false,
                "updated_at": "2022-06-03T00:39:00Z", "created_at": "2022-06-03T00:39:00Z",
            ])
        }
        put(.drawings, SeedIDs.drawingArea, drawings)
        put(.drawingRevisions, p, revisions)
    }
}
