/// Builds RFIs in the shape of the real sandbox RFI (`rfi_show_v1_0_sandbox.json`).
struct RFIRecord: Sendable {
    var id: Int64
    var projectID: Int64
    var number: String
    var subject: String
    var question: String
    var questionID: Int64
    var status: String = "open"
    var createdAt: String
    var dueDate: String?
    var manager: Person
    var assignee: Person
    var creator: Person
    var attachments: [JSONValue] = []
    var webBase = "https://sandbox.procore.com"

    var json: JSONValue {
        let assigneeFull = assignee.assigneeRef.setting("response_required", false)
        let translated = status == "open" ? "Open" : status == "closed" ? "Closed" : status == "draft" ? "Draft" : status.capitalized
        return [
            "id": .int(id),
            "created_at": .string(createdAt),
            "initiated_at": .string(createdAt),
            "link": .string("\(webBase)/\(projectID)/project/rfi/show/\(id)"),
            "project_stage": nil,
            "time_resolved": status == "closed" ? .string(createdAt) : nil,
            "assignees": [assigneeFull],
            "ball_in_courts": status == "closed" ? [] : [assigneeFull],
            "cost_impact": ["status": nil, "value": nil],
            "custom_fields": [:],
            "due_date": .string(dueDate),
            "full_number": .string(number),
            "number": .string(number),
            "prefix": nil,
            "private": false,
            "received_from": nil,
            "rfi_manager": manager.ref,
            "schedule_impact": ["status": nil, "value": nil],
            "status": .string(status),
            "subject": .string(subject),
            "translated_status": .string(translated),
            "updated_at": .string(createdAt),
            "assignee": assignee.assigneeRef,
            "ball_in_court": status == "closed" ? nil : assignee.assigneeRef,
            "reference": nil,
            "location_id": nil,
            "questions": [[
                "id": .int(questionID),
                "created_by": .string(creator.name),
                "plain_text_body": .string(question),
                "attachments": .array(attachments),
                "answers": [],
                "question_date": .string(createdAt),
                "rich_text_body": .string(question),
            ]],
            "drawing_number": nil,
            "accepted": false,
            "ball_in_court_role": "assignees",
            "change_events": [],
            "coordination_issues": [],
            "custom_textfield_1": ["label": nil, "value": nil],
            "custom_textfield_2": ["label": nil, "value": nil],
            "title": .string(subject),
            "draft": .bool(status == "draft"),
            "drawing_ids": [],
            "distribution_list": [],
            "cost_code": nil,
            "location": nil,
            "sub_job": nil,
            "responsible_contractor": nil,
            "created_by": creator.ref,
            "specification_section": nil,
        ]
    }
}
