import Foundation

/// The seed project's field tools in small numbers: observations, punch items, meetings, inspections, change events.
extension SeedWorld {
    mutating func addObservations() {
        let type: JSONValue = ["id": 4_401, "category": "Safety", "category_key": "safety", "name": "Safety",
                               "active": true, "company_active": true, "parent_inactive": false, "in_use": true,
                               "kind": "safety", "name_translations": [:], "localized_name": "Safety"]
        put(.observationTypes, SeedIDs.project, [type])
        let rows: [(String, String, String, Person)] = [
            ("Missing guardrail at level 2 slab edge", "initiated", "High", SeedPeople.subcontractor),
            ("Housekeeping: debris at stair 1", "closed", "Low", SeedPeople.subcontractor),
        ]
        put(.observations, SeedIDs.project, rows.enumerated().map { i, r in
            [
                "id": .integer(1_201_001 + i), "created_at": "2022-06-10T15:00:00Z",
                "closed_at": r.1 == "closed" ? "2022-06-12T16:00:00Z" : nil, "deleted_at": nil, "updated_at": "2022-06-10T15:00:00Z",
                "number": .string("\(i + 1)"), "name": .string(r.0), "description": .string(r.0 + "."),
                "description_rich_text": .string("<p>\(r.0).</p>"), "status": .string(r.1), "priority": .string(r.2),
                "date_notified": "2022-06-10", "due_date": "2022-06-14", "personal": false,
                "origin": nil, "assignee": ["id": .int(r.3.id), "name": .string(r.3.name), "vendor": ["id": 7_010_003, "name": .string(r.3.vendor)]],
                "created_by": SeedPeople.apiSupport.ref, "location": nil, "specification_section": nil,
                "trade": ["id": 999, "name": "Concrete", "active": true, "updated_at": "2022-06-03T00:30:00Z"],
                "type": type, "custom_fields": [:],
            ]
        })
    }

    mutating func addPunchItems() {
        let rows: [(String, String, String)] = [
            ("Touch up paint at corridor 104", "open", "low"),
            ("Replace cracked ceiling tile in Conference 130", "work_required", "medium"),
            ("Adjust door closer at entry 100", "closed", "high"),
        ]
        let ballInCourt: JSONValue = ["id": .int(SeedPeople.subcontractor.id), "name": .string(SeedPeople.subcontractor.name), "locale": "en"]
        put(.punchItems, SeedIDs.project, rows.enumerated().map { i, r in
            [
                "id": .integer(2_301_001 + i), "ball_in_court": r.1 == "closed" ? [] : [ballInCourt],
                "closed_at": r.1 == "closed" ? "2022-06-20T18:00:00Z" : nil, "cost_impact": "no", "cost_impact_amount": nil,
                "created_at": "2022-06-15T15:00:00Z", "deleted_at": nil, "description": .string(r.0 + "."),
                "due_date": "2022-06-24", "name": .string(r.0), "reference": nil, "schedule_impact": "no",
                "schedule_impact_days": nil, "schedule_risk": nil, "schedule_risk_reason": nil,
                "schedule_risk_confidence": nil, "schedule_risk_probability": nil, "position": .integer(i + 1),
                "priority": .string(r.2), "private": false, "status": .string(r.1 == "closed" ? "closed" : "open"),
                "has_resolved_responses": false, "has_unresolved_responses": false, "updated_at": "2022-06-15T15:00:00Z",
                "location": nil, "trade": nil, "created_by": SeedPeople.apiSupport.ref,
                "punch_item_manager": ["id": .int(SeedPeople.apiSupport.id), "name": .string(SeedPeople.apiSupport.name), "locale": "en"],
                "final_approver": ["id": .int(SeedPeople.architect.id), "name": .string(SeedPeople.architect.name), "locale": "en"],
                "punch_item_type": nil, "cost_code": nil, "assignments": [], "assignees": [SeedPeople.subcontractor.ref],
                "workflow_status": .string(r.1), "custom_fields": [:],
            ]
        })
    }

    mutating func addMeetings() {
        func meeting(_ id: Int64, _ title: String, _ day: String, _ occurred: Bool) -> JSONValue {
            [
                "id": .int(id), "meeting_template_id": nil, "title": .string(title), "position": 1,
                "created_by_id": .int(SeedPeople.apiSupport.id), "description": "", "mode": occurred ? "minutes" : "agenda",
                "starts_at": .string("\(day)T16:00:00Z"), "ends_at": .string("\(day)T17:00:00Z"), "parent_id": nil,
                "location": "Site trailer", "meeting_topics_count": 3, "occurred": .bool(occurred), "is_private": false,
                "created_at": "2022-06-03T00:41:00Z", "updated_at": "2022-06-03T00:41:00Z",
            ]
        }
        put(.meetings, SeedIDs.project, [
            ["group_title": "OAC Meetings", "meetings": [meeting(3_401_001, "OAC Meeting #1", "2022-06-08", true),
                                                         meeting(3_401_002, "OAC Meeting #2", "2022-06-22", false)]],
            ["group_title": "Safety Meetings", "meetings": [meeting(3_401_101, "Weekly Safety Meeting", "2022-06-13", true)]],
        ])
    }

    mutating func addInspections() {
        let rows: [(String, String)] = [("Pre-Pour Concrete Inspection", "closed"), ("Framing Inspection - Level 1", "in_progress")]
        put(.checklists, SeedIDs.project, rows.enumerated().map { i, r in
            [
                "id": .integer(4_501_001 + i), "name": .string(r.0), "list_template_id": .integer(4_500_001 + i),
                "list_template_name": .string(r.0), "number": .integer(i + 1), "status": .string(r.1), "location": nil,
                "created_at": "2022-06-16T14:00:00Z", "updated_at": "2022-06-16T14:00:00Z",
                "closed_at": r.1 == "closed" ? "2022-06-17T20:00:00Z" : nil, "drawing_ids": [], "current_drawing_revision_ids": [],
                "default_response_phrasing": ["conforming_response": "Yes", "deficient_response": "No", "global": true],
                "description": "", "deleted": false, "due_at": "2022-06-20T00:00:00Z", "inspection_date": "2022-06-17",
                "inspection_type": ["id": 77, "name": "Quality"], "private": false, "created_by": SeedPeople.apiSupport.ref,
                "closed_by": r.1 == "closed" ? SeedPeople.apiSupport.ref : nil,
                "responsible_contractor": ["id": 7_010_003, "name": "Subcontractor TEST Company"],
                "point_of_contact": SeedPeople.subcontractor.ref, "trade": nil, "inspectors": [SeedPeople.apiSupport.ref],
                "distribution_members": [], "signature_requests": [], "managed_equipment_id": nil,
                "specification_section": nil, "attachments": [], "conforming_item_count": .integer(i == 0 ? 12 : 4),
                "deficient_item_count": .integer(i == 0 ? 0 : 1), "not_applicable_item_count": 0, "neutral_item_count": 0,
                "inspected_item_count": .integer(i == 0 ? 12 : 5), "observations_count": 0, "closed_observations_count": 0,
                "item_count": 12, "custom_fields": [:], "template_id": .integer(4_500_001 + i), "overdue": false,
            ]
        })
    }

    mutating func addChangeEvents() {
        let rows: [(String, String)] = [("Relocate thermostat at Conference 130", "open"), ("Added floor drain at mechanical room", "closed")]
        put(.changeEvents, SeedIDs.project, rows.enumerated().map { i, r in
            [
                "id": .integer(5_601_001 + i), "number": .integer(i + 1), "alphanumeric_number": .string(String(format: "%03d", i + 1)),
                "origin_data": nil, "origin_id": nil, "title": .string(r.0), "description": .string(r.0 + "."),
                "status": .string(r.1), "project_id": .int(SeedIDs.project), "created_at": "2022-06-18T15:00:00Z",
                "deleted_at": nil, "updated_at": "2022-06-18T15:00:00Z", "event_type": "Owner Change",
                "event_scope": "Out of Scope", "change_event_origin_id": i == 0 ? .int(SeedIDs.rfi) : nil,
                "change_event_origin_type": i == 0 ? "Rfi::Header" : nil,
                "rfi": i == 0 ? ["id": .int(SeedIDs.rfi), "number": "1", "subject": "Thermostat Conflict with Wall Finish at Conference Room"] : nil,
                "change_event_line_items": [], "change_order_change_reason": nil,
                "change_event_status": ["id": .integer(900 + i), "name": .string(r.1.capitalized), "mapped_to_status": .string(r.1), "show_in_select": true],
                "created_by": SeedPeople.apiSupport.ref, "attachments": [], "rfqs": [], "currency_configuration": nil,
            ]
        })
    }
}
