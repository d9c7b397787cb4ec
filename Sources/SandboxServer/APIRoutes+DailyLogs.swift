/// Daily logs: one list per type, the all-types view, headers and counts.
extension APIRoutes {
    static let dailyLogs: [APIRoute] = [
        APIRoute("rest/v1.0/projects/#/daily_logs", project: .capture(0), tool: "daily_log") { r in
            let logs = r.world.dailyLogs[r.projectID!] ?? DailyLogs(byType: [:])
            let today = DailyLogs.today(r.now)
            return .json(.object(DailyLogs.types.map { ($0, .array(logs.records($0, query: r.query, today: today))) }))
        },
        APIRoute("rest/v1.1/projects/#/daily_logs/counts", project: .capture(0), tool: "daily_log") { r in
            let logs = r.world.dailyLogs[r.projectID!] ?? DailyLogs(byType: [:])
            let today = DailyLogs.today(r.now)
            let (start, end) = DailyLogs.dates(query: r.query, today: today)
            var perDay: [String: Int] = [:]
            for type in DailyLogs.types {
                for record in logs.byType[type] ?? [] {
                    if let d = record["date"]?.stringValue, d >= start, d <= end { perDay[d, default: 0] += 1 }
                }
            }
            return .json(.array(perDay.keys.sorted().map { ["date": .string($0), "count": .integer(perDay[$0]!)] }))
        },
        APIRoute("rest/v1.0/projects/#/daily_log_headers", project: .capture(0), tool: "daily_log", headers),
        APIRoute("rest/v1.0/projects/#/daily_log_headers/index", project: .capture(0), tool: "daily_log", headers),
        APIRoute("rest/v1.0|v1.1/projects/#/*_logs", project: .capture(0), tool: "daily_log") { r in
            let type = String(r.path.split(separator: "/").last ?? "")
            let logs = r.world.dailyLogs[r.projectID!] ?? DailyLogs(byType: [:])
            return r.page(logs.records(type, query: r.query, today: DailyLogs.today(r.now)))
        },
    ]

    /// The days that have logs, as daily-log headers, within the request's dates.
    @Sendable static func headers(_ r: APIRequest) -> Reply {
        let today = DailyLogs.today(r.now)
        let (start, end) = DailyLogs.dates(query: r.query, today: today)
        let logs = r.world.dailyLogs[r.projectID!] ?? DailyLogs(byType: [:])
        let days = Set(DailyLogs.types.flatMap { logs.byType[$0] ?? [] }.compactMap { $0["date"]?.stringValue })
            .filter { $0 >= start && $0 <= end }.sorted()
        return r.page(days.enumerated().map { i, d in
            ["id": .int(r.projectID! * 1000 + Int64(i)), "date": .string(d), "status": "approved", "created_at": .string("\(d)T16:00:00Z")]
        })
    }
}
