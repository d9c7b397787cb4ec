import Foundation

/// Fills `{company_id}`, `{project_id}`, `{parent_id}`, `{id}`, `{today}` and `{month_ago}` in catalog
/// paths and queries.
public enum PathTemplate {
    /// The placeholders the catalog may use.
    public static let known: Set<String> = ["company_id", "project_id", "parent_id", "id", "today", "month_ago"]

    /// The date placeholders: `today` and `month_ago` (30 days before) as UTC `YYYY-MM-DD`.
    public static func dateValues(now: Date = Date()) -> [String: String] {
        ["today": utcDay(now), "month_ago": utcDay(now.addingTimeInterval(-30 * 86_400))]
    }

    static func utcDay(_ date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }

    /// The placeholders a template uses.
    public static func placeholders(in template: String) -> [String] {
        var result: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return result
    }

    /// Replaces each `{name}` with its value; nil when a used placeholder has no value.
    public static func fill(_ template: String, _ values: [String: String]) -> String? {
        var output = template
        for name in placeholders(in: template) {
            guard let value = values[name] else { return nil }
            output = output.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return output
    }
}
