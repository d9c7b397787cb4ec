import Foundation
import ProcoreAPI

/// A file a record links to: a document version, a photo, a drawing PDF, an attachment.
public struct FileLink: Sendable, Equatable {
    /// The Procore file URL (opaque; needs the bearer token, then redirects to storage).
    public var url: URL
    /// The file's name as the record gives it, when it does.
    public var name: String?
    /// Where in the record the link was found (`attachments.0.url`), for the picker.
    public var path: String

    /// Creates a link.
    public init(url: URL, name: String?, path: String) {
        self.url = url
        self.name = name
        self.path = path
    }

    /// The file links of a record, from the level's `files` paths (`*` matches every array element).
    public static func links(in record: JSONValue, level: ToolLevel) -> [FileLink] {
        var links: [FileLink] = []
        var seen: Set<String> = []
        let recordName = level.fileName.flatMap { record.value(atPath: $0)?.stringValue }
        for pattern in level.files {
            for match in JSONPathGlob.matches(pattern, in: record) {
                guard let text = match.value.stringValue, let url = URL(string: text), url.scheme != nil,
                      seen.insert(text).inserted else { continue }
                let sibling = match.parent.flatMap { $0["name"]?.stringValue ?? $0["filename"]?.stringValue }
                links.append(FileLink(url: url, name: sibling ?? recordName, path: match.path))
            }
        }
        return links
    }
}

/// Expands JSON paths with `*` wildcards (`questions.*.attachments.*.url`).
public enum JSONPathGlob {
    /// One value found, with its parent object and concrete path.
    public struct Match: Sendable {
        /// The value.
        public var value: JSONValue
        /// The object holding it.
        public var parent: JSONValue?
        /// The concrete path, e.g. `attachments.0.url`.
        public var path: String
    }

    /// Every value matching `pattern`.
    public static func matches(_ pattern: String, in json: JSONValue) -> [Match] {
        var results: [Match] = []
        walk(Array(pattern.split(separator: ".").map(String.init)), json, parent: nil, path: [], into: &results)
        return results
    }

    private static func walk(_ rest: [String], _ value: JSONValue, parent: JSONValue?, path: [String], into results: inout [Match]) {
        guard let head = rest.first else {
            results.append(Match(value: value, parent: parent, path: path.joined(separator: ".")))
            return
        }
        let tail = Array(rest.dropFirst())
        if head == "*" {
            for (index, item) in (value.arrayValue ?? []).enumerated() {
                walk(tail, item, parent: value, path: path + [String(index)], into: &results)
            }
        } else if let index = Int(head), let item = value[index] {
            walk(tail, item, parent: value, path: path + [head], into: &results)
        } else if let child = value[head] {
            walk(tail, child, parent: value, path: path + [head], into: &results)
        }
    }
}
