import Foundation

/// Fills `{company_id}`, `{project_id}`, `{parent_id}` and `{id}` in catalog paths and queries.
public enum PathTemplate {
    /// The placeholders the catalog may use.
    public static let known: Set<String> = ["company_id", "project_id", "parent_id", "id"]

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
