import Foundation
import ProcoreAPI

/// One line-item of the inspector's key/value view: a field, an array element, or a foldable container.
public struct InspectorNode: Sendable, Equatable {
    /// One step from the record's root to a node.
    public enum PathComponent: Sendable, Hashable {
        /// An object member.
        case key(String)
        /// An array element.
        case index(Int)
    }

    /// What the node holds.
    public enum Kind: Sendable, Equatable {
        /// A value shown on the node's own line(s): a scalar, an empty container, or an array of scalars.
        case leaf
        /// A non-empty object or an array holding objects/arrays, with its number of children.
        case container(count: Int)
    }

    /// The steps from the root to this node (the node's identity across renders and records).
    public var path: [PathComponent]
    /// The label shown: the member name, or `[i]` for an array element.
    public var label: String
    /// The node's value.
    public var value: JSONValue
    /// Leaf or container.
    public var kind: Kind
    /// For a container: whether its children are hidden.
    public var isFolded: Bool
    /// The index of the parent node in the same outline (nil at the top level).
    public var parent: Int?

    /// Nesting depth (0 for the record's own fields).
    public var depth: Int { max(0, path.count - 1) }

    /// Whether the node can fold.
    public var isContainer: Bool {
        if case .container = kind { return true }
        return false
    }

    /// The text shown after the label: a leaf's value (strings raw, arrays of scalars joined with
    /// `, `, `null`, `{}`, `[]`), or a container's summary (`{3 fields}`, a name, `[2 items]`).
    public var valueText: String {
        switch value {
        case .null: return "null"
        case .string(let s): return s
        case .array(let items):
            if items.isEmpty { return "[]" }
            if isContainer { return value.displayText }
            return items.map(\.displayText).joined(separator: ", ")
        case .object(let object):
            if object.isEmpty { return "{}" }
            let summary = value.displayText
            return summary.trimmingCharacters(in: .whitespaces).isEmpty ? (object.count == 1 ? "{1 field}" : "{\(object.count) fields}") : summary
        default: return value.displayText
        }
    }

    /// Creates a node.
    public init(path: [PathComponent], label: String, value: JSONValue, kind: Kind, isFolded: Bool, parent: Int?) {
        self.path = path
        self.label = label
        self.value = value
        self.kind = kind
        self.isFolded = isFolded
        self.parent = parent
    }
}
