/// The seed project's schedule: a basic high-level schedule of 8 tasks, plus calendar items and task items.
extension SeedWorld {
    static let scheduleTasks: [(String, String, String, Int)] = [
        ("Notice to Proceed", "2022-06-06", "2022-06-06", 100),
        ("Site Mobilization", "2022-06-07", "2022-06-17", 100),
        ("Excavation and Grading", "2022-06-20", "2022-07-15", 80),
        ("Foundations", "2022-07-18", "2022-08-26", 45),
        ("Structural Steel", "2022-08-29", "2022-10-21", 10),
        ("Building Envelope", "2022-10-24", "2023-01-27", 0),
        ("Interior Finishes", "2023-01-30", "2023-06-30", 0),
        ("Substantial Completion", "2023-07-03", "2023-07-03", 0),
    ]

    mutating func addSchedule() {
        var tasks: [JSONValue] = []
        var calendar: [JSONValue] = []
        for (i, (name, start, finish, pct)) in Self.scheduleTasks.enumerated() {
            let id = Int64(5_530_001 + i)
            let milestone = start == finish
            tasks.append([
                "id": .int(id), "name": .string(name), "task_name": .string(name), "key": .string("\(i + 1)"),
                "start_datetime": .string("\(start)T08:00:00Z"), "finish_datetime": .string("\(finish)T17:00:00Z"),
                "percentage": .integer(pct), "color": "#1f77b4", "parent_id": nil, "pending": false,
                "activity_id": .string("A\(1000 + (i + 1) * 10)"), "schedule_activity_id": nil, "resource_name": "",
                "critical_path": .bool(i % 2 == 0), "milestone": .bool(milestone),
                "actual_start": pct > 0 ? .string("\(start)T08:00:00Z") : nil,
                "actual_finish": pct == 100 ? .string("\(finish)T17:00:00Z") : nil,
                "row_number": .integer(i + 1), "has_children": false, "full_outline_path": .string(name),
                "source_uid": .string("\(i + 1)"), "wbs": .string("1.\(i + 1)"), "schedule_duration": milestone ? 0.0 : 10.0,
                "resource_ids": [], "notes": "", "baseline_start": .string("\(start)T08:00:00Z"),
                "baseline_finish": .string("\(finish)T17:00:00Z"), "start_variance": 0.0, "finish_variance": 0.0,
                "manually_edited": false, "created_at": "2022-06-03T00:36:00Z", "updated_at": "2022-06-03T00:36:00Z",
                "created_by": SeedPeople.apiSupport.ref, "updated_by": SeedPeople.apiSupport.ref,
            ])
            calendar.append([
                "id": .int(id + 1000), "assigned": nil, "color": "#1f77b4", "created_by": SeedPeople.apiSupport.ref,
                "description": "", "finish": .string(finish), "full_outline_path": .string(name), "milestone": .bool(milestone),
                "name": .string(name), "percentage": .integer(pct), "private": false, "start": .string(start),
                "task_name": .string(name), "updated_at": "2022-06-03T00:36:00Z",
            ])
        }
        put(.tasks, SeedIDs.project, tasks)
        put(.calendarItems, SeedIDs.project, calendar)
        let items: [(String, String, Person)] = [
            ("Verify zoning compliance", "initiated", SeedPeople.architect),
            ("Submit insurance certificates", "closed", SeedPeople.subcontractor),
        ]
        put(.taskItems, SeedIDs.project, items.enumerated().map { i, item in
            [
                "id": .integer(12_877 + i), "assignee": item.2.ref, "created_at": "2022-06-03T00:37:00Z",
                "created_by": SeedPeople.apiSupport.ref,
                "description": .string("\(item.0) before work proceeds."), "due_date": "2022-08-17T00:00:00Z",
                "number": .string("\(i + 1)"), "private": false, "status": .string(item.1),
                "task_item_category": ["id": 66_043, "name": "Design"], "title": .string(item.0),
                "updated_at": "2022-06-03T00:37:00Z",
            ]
        })
    }
}
