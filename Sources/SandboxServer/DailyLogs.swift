import Foundation

/// Daily logs of a project, by type and date, with Procore's date rules (no date given: today only).
struct DailyLogs: Sendable {
    /// The 18 daily-log types Procore serves through `/projects/{id}/daily_logs`.
    static let types = [
        "accident_logs", "call_logs", "delay_logs", "delivery_logs", "dumpster_logs", "equipment_logs",
        "inspection_logs", "manpower_logs", "notes_logs", "plan_revision_logs", "productivity_logs", "quantity_logs",
        "safety_violation_logs", "scheduled_work_logs", "timecard_entries", "visitor_logs", "waste_logs", "weather_logs",
    ]

    /// Records per type, each with a `date` (YYYY-MM-DD).
    let byType: [String: [JSONValue]]

    /// The records of `type` within the request's dates: `log_date`, `start_date`/`end_date`
    /// (also as `filters[...]`), else today (UTC).
    func records(_ type: String, query: QueryParameters, today: String) -> [JSONValue] {
        let (start, end) = Self.dates(query: query, today: today)
        return (byType[type] ?? []).filter {
            guard let date = $0["date"]?.stringValue else { return false }
            return date >= start && date <= end
        }
    }

    static func dates(query: QueryParameters, today: String) -> (String, String) {
        if let day = query["log_date"] ?? query["filters[log_date]"] { return (day, day) }
        let start = query["start_date"] ?? query["filters[start_date]"]
        let end = query["end_date"] ?? query["filters[end_date]"]
        if start == nil && end == nil { return (today, today) }
        return (start ?? "0000-00-00", end ?? "9999-99-99")
    }

    static func today(_ seconds: Double) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    /// A few logs for the seed project: today and the two days before.
    static func seed(now: Double) -> DailyLogs {
        var byType: [String: [JSONValue]] = [:]
        for back in 0..<3 {
            let date = today(now - Double(back) * 86_400)
            let base = Int64(8_800_000 + back * 10)
            func common(_ id: Int64) -> [(String, JSONValue)] {
                [("id", .int(id)), ("date", .string(date)), ("datetime", .string("\(date)T16:00:00Z")), ("status", "approved"),
                 ("created_by_collaborator", false), ("position", 1), ("created_at", .string("\(date)T16:05:00Z")),
                 ("updated_at", .string("\(date)T16:05:00Z")), ("deleted_at", nil), ("created_by", SeedPeople.apiSupport.ref),
                 ("attachments", []), ("permissions", ["can_update": true, "can_delete": true]), ("custom_fields", [:]),
                 ("related_items", []), ("location", nil)]
            }
            byType["manpower_logs", default: []].append(.object(common(base + 1) + [
                ("num_workers", 6), ("num_hours", 8.0), ("man_hours", 48.0), ("notes", "Concrete crew on site"),
                ("vendor", ["id": 7_010_003, "name": "Subcontractor TEST Company"]), ("cost_code", nil),
            ]))
            byType["notes_logs", default: []].append(.object(common(base + 2) + [
                ("comments", .string(back == 0 ? "Pour scheduled for tomorrow 7:00." : "Formwork inspected; no issues.")),
                ("issue", false),
            ]))
            byType["weather_logs", default: []].append(.object(common(base + 3) + [
                ("sky", "Clear"), ("temperature_average", "72"), ("wind", "Calm"), ("precipitation", "None"),
                ("ground", "Dry"), ("sea", nil), ("calamity", nil), ("delay", false), ("comments", ""),
                ("time_observed", "10:00"),
            ]))
            if back == 1 {
                byType["delivery_logs", default: []].append(.object(common(base + 4) + [
                    ("delivery_from", "Ready-Mix Supply Co."), ("tracking_number", "RM-20931"), ("contents", "Rebar #5, 4 tons"),
                    ("comments", ""), ("time_hour", 9), ("time_minute", 30),
                ]))
            }
        }
        return DailyLogs(byType: byType)
    }
}
