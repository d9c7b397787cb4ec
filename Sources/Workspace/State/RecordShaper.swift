import ProcoreAPI

/// Turns a list endpoint's body into rows according to its level's shape (array, object, grouped, folder).
public enum RecordShaper {
    /// The rows of a body.
    public static func rows(from body: JSONValue, level: ToolLevel) -> [PaneRow] {
        switch level.shape {
        case .array:
            return (body.arrayValue ?? (body.isNull ? [] : [body])).map { row($0, level: level) }
        case .object:
            if let path = level.itemsPath {
                return (body.value(atPath: path)?.arrayValue ?? []).map { row($0, level: level) }
            }
            return body.isNull ? [] : [row(body, level: level)]
        case .grouped:
            var rows: [PaneRow] = []
            let groups = body.arrayValue ?? []
            let itemsKey = level.groupItems ?? "items"
            let titleKey = level.groupTitle ?? "group_title"
            for group in groups {
                let title = group[titleKey]?.stringValue ?? ""
                for item in group[itemsKey]?.arrayValue ?? [] {
                    rows.append(row(adding: [("_group", .string(title))], to: item, level: level))
                }
            }
            return rows
        case .folder:
            var rows: [PaneRow] = []
            for folder in body["folders"]?.arrayValue ?? [] {
                var r = row(adding: [("document_kind", .string("folder"))], to: folder, level: level)
                r.isFolder = true
                rows.append(r)
            }
            for file in body["files"]?.arrayValue ?? [] {
                rows.append(row(adding: [("document_kind", .string("file"))], to: file, level: level))
            }
            return rows
        }
    }

    static func row(_ item: JSONValue, level: ToolLevel) -> PaneRow {
        let title = level.columns.first.map { CellFormatter.text(for: $0, in: item) } ?? item.displayText
        return PaneRow(id: item["id"]?.int64Value, title: title, json: item)
    }

    static func row(adding fields: [(String, JSONValue)], to item: JSONValue, level: ToolLevel) -> PaneRow {
        guard case .object(let object) = item else { return row(item, level: level) }
        var entries = object.entries.map { (key: $0.key, value: $0.value) }
        for (key, value) in fields where object[key] == nil { entries.append((key: key, value: value)) }
        return row(.object(JSONObject(entries)), level: level)
    }
}
