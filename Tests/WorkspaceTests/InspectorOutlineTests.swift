import ProcoreAPI
import Testing
@testable import Workspace

/// The inspector's outline: a record flattened into nodes, folds by path, search over folded nodes.
struct InspectorOutlineTests {
    static let record: JSONValue = [
        "id": 1,
        "created_by": ["id": 7, "name": "Jane Roe"],
        "assignees": [["id": 8, "name": "Ann Lee"], ["id": 9, "name": "Bo Chan"]],
        "tags": ["a", "b"],
        "empty": [:],
        "note": .null,
    ]

    @Test func nodesAreInDisplayOrderWithParentsAndKinds() {
        let nodes = InspectorOutline.nodes(of: Self.record, folds: InspectorFolds())
        #expect(nodes.map(\.label) == ["id", "created_by", "id", "name", "assignees", "[0]", "id", "name", "[1]", "id", "name",
                                       "tags", "empty", "note"])
        #expect(nodes[1].kind == .container(count: 2))
        #expect(nodes[2].parent == 1)
        #expect(nodes[4].kind == .container(count: 2), "an array of objects folds")
        #expect(nodes[11].kind == .leaf && nodes[11].valueText == "a, b", "an array of scalars is one value")
        #expect(nodes[12].kind == .leaf && nodes[12].valueText == "{}")
        #expect(nodes[13].valueText == "null")
        #expect(nodes[6].path == [.key("assignees"), .index(0), .key("id")])
        #expect(nodes[6].depth == 2)
    }

    @Test func foldsAreKeptByPathAndFoldAllResetsThem() {
        var folds = InspectorFolds()
        folds.setFolded(true, at: [.key("assignees")])
        var nodes = InspectorOutline.nodes(of: Self.record, folds: folds)
        #expect(nodes.map(\.label) == ["id", "created_by", "id", "name", "assignees", "tags", "empty", "note"])
        #expect(nodes[4].isFolded)
        #expect(nodes[4].valueText == "[2 items]")
        folds.setAll(folded: true)
        nodes = InspectorOutline.nodes(of: Self.record, folds: folds)
        #expect(nodes.map(\.label) == ["id", "created_by", "assignees", "tags", "empty", "note"])
        #expect(nodes[1].valueText == "Jane Roe", "a folded object shows its name")
        folds.setFolded(false, at: [.key("assignees")])
        nodes = InspectorOutline.nodes(of: Self.record, folds: folds)
        #expect(nodes.map(\.label) == ["id", "created_by", "assignees", "[0]", "[1]", "tags", "empty", "note"],
                "unfolding one container under fold-all leaves its children folded")
    }

    @Test func searchSeesInsideFoldedContainersAndIgnoresCaseAndAccents() {
        let search = InspectorSearch(query: "CHÁN")
        #expect(InspectorOutline.matchingPaths(of: Self.record, search: search) == [[.key("assignees"), .index(1), .key("name")]])
        let lines = InspectorOutline.matchingJSONLines(of: Self.record, search: InspectorSearch(query: "name"))
        #expect(lines.count == 3)
        #expect(InspectorSearch(query: "ro").ranges(in: "Jane Roe, roster").count == 2)
    }
}
