import ProcoreAPI
import Workspace

/// One thing `y` can copy: the record's id, an API path, the web link, the record's JSON.
public struct CopyChoice: Sendable, Equatable {
    /// What it is (`record id`, `API path of the list`, `JSON`).
    public var label: String
    /// The text copied.
    public var value: String

    /// Creates a choice.
    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }

    /// A one-line preview of the value for the picker.
    public var preview: String {
        let firstLine = value.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let size = value.utf8.count
        return value.contains("\n") ? "\(firstLine)… (\(NumberText.bytes(Int64(size))))" : firstLine
    }

    /// What the flash says after copying: `copied record id 43776`.
    public var flash: String {
        value.contains("\n") || value.count > 60
            ? "copied \(label) (\(NumberText.bytes(Int64(value.utf8.count))))"
            : "copied \(label) \(value)"
    }

    /// What can be copied in the workspace's current state: for a record its id, API path, web link
    /// (when its level names one) and JSON; for a list its API path.
    public static func choices(for workspace: Workspace) -> [CopyChoice] {
        var choices: [CopyChoice] = []
        let pane = workspace.focusedPane
        let inRecords = workspace.focus == .records || workspace.focus == .inspector
        if inRecords, let record = workspace.selectedRecord {
            if let id = record.id { choices.append(CopyChoice(label: "record id", value: String(id))) }
            if var request = pane.request, let id = record.id {
                request.path += "/\(id)"
                choices.append(CopyChoice(label: "API path of the record", value: request.description))
            }
            if let request = pane.request {
                choices.append(CopyChoice(label: "API path of the list", value: request.description))
            }
            if let path = pane.level?.webLink, let link = record.json.value(atPath: path)?.stringValue, !link.isEmpty {
                choices.append(CopyChoice(label: "web link", value: link))
            }
            choices.append(CopyChoice(label: "JSON", value: JSONWriter.write(record.json, pretty: true)))
            return choices
        }
        if let row = pane.selectedRow, let id = row.id {
            choices.append(CopyChoice(label: "\(singular(pane.key)) id", value: String(id)))
        }
        if let request = pane.request {
            choices.append(CopyChoice(label: "API path of the list", value: request.description))
        }
        if let row = pane.selectedRow, row.json != .null {
            choices.append(CopyChoice(label: "JSON", value: JSONWriter.write(row.json, pretty: true)))
        }
        return choices
    }

    private static func singular(_ key: PaneKey) -> String {
        switch key {
        case .companies: return "company"
        case .projects: return "project"
        case .tools: return "tool"
        case .records: return "record"
        }
    }
}
