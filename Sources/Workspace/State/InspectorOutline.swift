import ProcoreAPI

/// Flattens a record into the inspector's nodes, in display order, honouring folds.
public enum InspectorOutline {
    /// Deeper than this, containers are shown as a one-line summary (guards pathological nesting).
    static let maximumDepth = 32

    /// The visible nodes of `json` with `folds` applied (nil: everything unfolded, as search sees it).
    public static func nodes(of json: JSONValue, folds: InspectorFolds?) -> [InspectorNode] {
        var nodes: [InspectorNode] = []
        switch json {
        case .object, .array:
            appendChildren(of: json, path: [], parent: nil, folds: folds, into: &nodes)
        default:
            nodes.append(InspectorNode(path: [], label: "", value: json, kind: .leaf, isFolded: false, parent: nil))
        }
        return nodes
    }

    /// The paths of the nodes whose label or value contains the query, in display order, including
    /// nodes inside folded containers (a container matches by its label only: its summary repeats a child).
    public static func matchingPaths(of json: JSONValue, search: InspectorSearch) -> [[InspectorNode.PathComponent]] {
        guard !search.query.isEmpty else { return [] }
        return nodes(of: json, folds: nil).filter { node in
            search.matches(node.label) || (!node.isContainer && search.matches(node.valueText))
        }.map(\.path)
    }

    /// The pretty-printed JSON of a record, as the raw view shows it, one string per line.
    public static func jsonLines(of json: JSONValue) -> [String] {
        JSONWriter.write(json, pretty: true).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The indexes of the raw JSON lines that contain the query.
    public static func matchingJSONLines(of json: JSONValue, search: InspectorSearch) -> [Int] {
        guard !search.query.isEmpty else { return [] }
        return jsonLines(of: json).enumerated().filter { search.matches($0.element) }.map(\.offset)
    }

    private static func appendChildren(of json: JSONValue, path: [InspectorNode.PathComponent], parent: Int?,
                                       folds: InspectorFolds?, into nodes: inout [InspectorNode]) {
        let children: [(InspectorNode.PathComponent, String, JSONValue)]
        switch json {
        case .object(let object): children = object.entries.map { (.key($0.key), $0.key, $0.value) }
        case .array(let items): children = items.enumerated().map { (.index($0.offset), "[\($0.offset)]", $0.element) }
        default: return
        }
        for (component, label, value) in children {
            let childPath = path + [component]
            let count = containerCount(value, depth: childPath.count - 1)
            let kind: InspectorNode.Kind = count.map { .container(count: $0) } ?? .leaf
            let folded = count != nil && (folds?.isFolded(childPath) ?? false)
            nodes.append(InspectorNode(path: childPath, label: label, value: value, kind: kind, isFolded: folded, parent: parent))
            if count != nil, !folded {
                appendChildren(of: value, path: childPath, parent: nodes.count - 1, folds: folds, into: &nodes)
            }
        }
    }

    /// The number of children when `value` is shown as a foldable container, else nil.
    private static func containerCount(_ value: JSONValue, depth: Int) -> Int? {
        guard depth < maximumDepth else { return nil }
        switch value {
        case .object(let object): return object.isEmpty ? nil : object.count
        case .array(let items):
            let nested = items.contains { if case .object = $0 { return true }; if case .array = $0 { return true }; return false }
            return nested ? items.count : nil
        default: return nil
        }
    }
}
