/// One folder or file of a Documents tree, and the three JSON shapes Procore gives it.
struct DocumentNode: Sendable {
    let id: Int64
    let name: String
    /// Path from the project root folder's name, e.g. `Sandbox Test Project/Drawings/A101.pdf`.
    let path: String
    let parentID: Int64?
    let isFolder: Bool
    var hasFolders = false
    var hasFiles = false
    var blob: BlobSpec?
    var fileVersionID: Int64 = 0
    var createdAt = "2022-06-03T00:40:00Z"
    var creator: Person
    var isPrivate = false

    /// The folder shape of `project_folder_show.json` with the given children.
    func folderJSON(folders: [JSONValue], files: [JSONValue]) -> JSONValue {
        [
            "id": .int(id), "custom_fields": [:], "name": .string(name), "name_with_path": .string(path),
            "parent_id": parentID.map { .int($0) } ?? .null, "updated_at": .string(createdAt),
            "is_deleted": false, "is_recycle_bin": false, "is_tracked": false, "tracked_folder": nil,
            "has_children": .bool(hasFolders || hasFiles), "has_children_files": .bool(hasFiles),
            "has_children_folders": .bool(hasFolders), "folders": .array(folders), "files": .array(files),
            "private": .bool(isPrivate), "read_only": false,
        ]
    }

    /// The file shape of `project_file_show.json`.
    func fileJSON(links: FileLinks, companyID: Int64) -> JSONValue {
        guard let blob else { return nil }
        let url = JSONValue.string(links.url(blob, companyID: companyID))
        return [
            "id": .int(id), "custom_fields": [:], "name": .string(name), "parent_id": parentID.map { .int($0) } ?? .null,
            "size": .int(blob.size), "description": "", "updated_at": .string(createdAt), "created_at": .string(createdAt),
            "name_with_path": .string(path),
            "file_versions": [[
                "id": .int(fileVersionID), "notes": nil, "url": url, "size": .int(blob.size), "created_at": .string(createdAt),
                "number": 1, "created_by": creator.ref, "file_id": .int(id),
                "prostore_file": ["id": .int(blob.id), "name": .string(name), "url": url, "filename": .string(name)],
            ]],
            "file_type": .string(Self.fileType(name)), "is_deleted": false, "checked_out_by": nil, "checked_out_until": nil,
            "is_tracked": false, "tracked_folder": nil, "private": .bool(isPrivate), "legacy_id": .int(id - 100_000_000),
        ]
    }

    /// The flat index shape of `GET /rest/v1.0/projects/{id}/documents`.
    func documentJSON(links: FileLinks, companyID: Int64) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .int(id)), ("name", .string(name)), ("name_with_path", .string(path)),
            ("parent_id", parentID.map { .int($0) } ?? .null), ("created_at", .string(createdAt)),
            ("created_by", creator.ref), ("updated_at", .string(createdAt)), ("read_only", false), ("is_deleted", false),
            ("is_recycle_bin", false), ("document_type", .string(isFolder ? "folder" : "file")), ("is_tracked", false),
            ("private", .bool(isPrivate)), ("private_parent", nil), ("tracked_folder", nil),
        ]
        if isFolder {
            fields.append(("file", nil))
            fields.append(("children", ["has_children": .bool(hasFolders || hasFiles), "has_children_files": .bool(hasFiles),
                                        "has_children_folders": .bool(hasFolders)]))
        } else if let blob {
            fields.append(("file", [
                "checked_out_by": nil, "checked_out_until": nil,
                "current_version": ["id": .int(fileVersionID), "number": 1, "size": .int(blob.size),
                                    "url": .string(links.url(blob, companyID: companyID)), "created_at": .string(createdAt)],
                "description": "", "file_type": .string(Self.fileType(name)),
            ]))
            fields.append(("children", nil))
        }
        fields.append(("custom_fields", [:]))
        return .object(fields)
    }

    static func fileType(_ name: String) -> String {
        let lower = name.lowercased()
        if lower.hasSuffix(".pdf") { return "Adobe Acrobat PDF" }
        if lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") { return "JPEG Image" }
        if lower.hasSuffix(".png") { return "PNG Image" }
        if lower.hasSuffix(".xlsx") { return "Microsoft Excel Spreadsheet" }
        if lower.hasSuffix(".docx") { return "Microsoft Word Document" }
        if lower.hasSuffix(".txt") { return "Plain Text" }
        return "Binary File"
    }

    static func contentType(_ name: String) -> String {
        let lower = name.lowercased()
        if lower.hasSuffix(".pdf") { return "application/pdf" }
        if lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") { return "image/jpeg" }
        if lower.hasSuffix(".png") { return "image/png" }
        if lower.hasSuffix(".txt") { return "text/plain" }
        if lower.hasSuffix(".xlsx") { return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }
        if lower.hasSuffix(".docx") { return "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }
        return "application/octet-stream"
    }
}
