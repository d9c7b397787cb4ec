/// The seed project's single submittal, in the shape of `submittal_list_item_v1_1.json`.
extension SeedWorld {
    mutating func addSubmittal() {
        let data = addBlob(BlobSpec(id: 7_300_001, filename: "Concrete Mix Design - Product Data.pdf", size: 731_245,
                                    contentType: "application/pdf", seed: 7_300_001))
        let attachment: JSONValue = ["id": 7_300_001, "filename": .string(data.filename), "name": .string(data.filename),
                                     "url": .string(links.url(data, companyID: SeedIDs.company))]
        let manager = SeedPeople.apiSupport.shortRef
        put(.submittals, SeedIDs.project, [[
            "id": .int(SeedIDs.submittal), "actual_delivery_date": nil,
            "approvers": [["id": .int(SeedPeople.architect.id), "name": .string(SeedPeople.architect.name)]],
            "associated_attachments": [attachment], "ball_in_court": [SeedPeople.architect.shortRef],
            "cost_code_id": nil, "created_at": "2022-06-03T00:36:30Z", "created_by": manager, "current_revision": true,
            "custom_fields": [:],
            "description": "A. Product Data: For each type of product.\nB. Design Mixtures: For each concrete mixture.",
            "distributed_at": nil, "distribution_members": [], "drawing_ids": [], "due_date": "2022-06-17",
            "formatted_number": "03 30 00-1", "issue_date": "2022-06-03", "last_distributed_submittal": nil,
            "lead_time": 14, "linked_drawing_ids": [], "location_id": nil, "number": "1", "private": false,
            "received_date": nil, "received_from": SeedPeople.subcontractor.shortRef, "required_on_site_date": "2022-07-18",
            "responsible_contractor": ["id": 7_010_003, "name": "Subcontractor TEST Company"], "revision": "0",
            "specification_section": [
                "id": 38_306_263, "current_revision_id": 47_001_236, "description": "Cast-in-Place Concrete",
                "label": "03 30 00 - Cast-in-Place Concrete", "number": "03 30 00", "specification_area_id": 790,
                "specification_area_name": "Area 01", "viewable_document_id": 838_546_616,
            ],
            "status": ["id": 115_337, "name": "Open", "status": "Open"], "sub_job_id": nil, "submit_by": "2022-06-10",
            "submittal_manager": manager,
            "submittal_package": [
                "id": 2_908_371, "attachments": [], "attachments_count": 0, "created_by": manager, "description": "",
                "number": "1", "specification_section_id": nil, "submittal_ids": [.int(SeedIDs.submittal)],
                "title": "Concrete", "updated_at": "2022-06-03T00:36:30Z",
            ],
            "submittal_workflow_template": nil, "submittal_workflow_template_applied_at": nil,
            "title": "Cast-in-Place Concrete - Product Data",
            "type": ["id": 12_478, "name": "Product Data", "translated_name": "Product Data"],
            "updated_at": "2022-06-03T00:36:30Z",
        ]])
    }
}
