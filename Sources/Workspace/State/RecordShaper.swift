import ProcoreAPI

/// Turns a list endpoint's body into rows according to its level's shape (array, object, grouped, folder).
public enum RecordShaper {
    /// The rows of a page. An array page that kept its bytes becomes rows that keep them too (a
    /// range each of the page's shared buffer, plus their decoded cells); anything else is parsed.
    public static func rows(from page: Page, level: ToolLevel) -> [PaneRow] {
        if let document = page.document, level.shape == .array {
            return rows(document: document, ranges: page.elementRanges[...], level: level)
        }
        return rows(from: page.body, level: level)
    }

    /// Rows for the records at `ranges` of `document` (an array level's elements), decoding only
    /// the id and the level's columns. An element that is not an object is parsed and kept whole.
    public static func rows(document: JSONDocument, ranges: ArraySlice<Range<Int>>, level: ToolLevel) -> [PaneRow] {
        let columns = level.columns
        guard !columns.isEmpty else { return ranges.map { row((try? document.value(in: $0)) ?? .null, level: level) } }
        // One scan of each record's members finds the id and the first step of every column's path.
        var keys = ["id"]
        var rests: [String?] = []
        for column in columns {
            if let dot = column.path.firstIndex(of: ".") {
                keys.append(String(column.path[..<dot]))
                rests.append(String(column.path[column.path.index(after: dot)...]))
            } else {
                keys.append(column.path)
                rests.append(nil)
            }
        }
        var rows: [PaneRow] = []
        rows.reserveCapacity(ranges.count)
        for range in ranges {
            guard let members = document.memberRanges(keys, in: range) else {
                rows.append(row((try? document.value(in: range)) ?? .null, level: level))
                continue
            }
            let id = members[0].flatMap { try? document.value(in: $0) }?.int64Value
            var values: [JSONValue?] = []
            values.reserveCapacity(columns.count)
            for index in columns.indices {
                guard let member = members[index + 1] else { values.append(nil); continue }
                if let rest = rests[index] {
                    values.append(document.value(atPath: rest, in: member))
                } else {
                    values.append(try? document.value(in: member))
                }
            }
            let cells = RecordCells(columns: columns, values: values)
            rows.append(PaneRow(id: id, title: cells.text(0), document: document, range: range, cells: cells))
        }
        return rows
    }

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
