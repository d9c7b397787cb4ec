import Foundation
import ProcoreAPI
import Testing
@testable import Workspace

/// Records kept as bytes with decoded cells must behave exactly like records kept as trees.
struct RecordBytesTests {
    static let columns = [
        ToolColumn(header: "#", path: "number", width: 4, kind: .number),
        ToolColumn(header: "Subject", path: "subject", width: 20, kind: .text),
        ToolColumn(header: "Status", path: "status", width: 8, kind: .status),
        ToolColumn(header: "Who", path: "ball_in_court.name", width: 10, kind: .person),
        ToolColumn(header: "People", path: "people", width: 10, kind: .person),
        ToolColumn(header: "Due", path: "due_date", width: 10, kind: .date),
        ToolColumn(header: "Created", path: "created_at", width: 16, kind: .date),
        ToolColumn(header: "Private", path: "private", width: 3, kind: .boolean),
    ]

    static let body = #"""
    [
      {"id": 1, "number": "10", "subject": "Façade \"crack\"", "status": {"id": 3, "name": "Open"},
       "ball_in_court": {"id": 7, "name": "Zoë Ångström"}, "people": [{"name": "Ann"}, {"name": "Bob"}, {"name": "Cy"}],
       "due_date": "2026-03-01", "created_at": "2025-12-24T10:00:00Z", "private": true},
      {"id": 2, "number": 2, "subject": "Thermostat\nconflict", "status": "closed", "ball_in_court": null,
       "people": {"name": "Dee"}, "due_date": "not a date", "created_at": "2026-01-02T03:04:05.250-08:00", "private": false},
      {"id": 3, "number": "n/a", "subject": "Roof leak", "status": {"id": 4}, "people": [],
       "due_date": null, "private": "yes", "extra": {"deep": [1, 2, 3]}},
      {"id": 4, "id": 40, "subject": "dup id, last wins", "number": 1.5e1, "created_at": "2026-01-02"},
      {"subject": "no id", "b\u0061ll_in_court": {"name": "Escaped Key"}},
      "a string, not a record",
      17
    ]
    """#

    static func rowsBothWays() throws -> (bytes: [PaneRow], trees: [PaneRow]) {
        var level = try #require(try ToolCatalog.bundled().tool(id: "rfis")?.levels.first)
        level.columns = columns
        let document = JSONDocument(bytes: Array(body.utf8))
        let ranges = try #require(try document.elementRanges())
        let page = Page(number: 1, perPage: 100, document: document, elementRanges: ranges, total: nil, reportedPerPage: nil, links: [:])
        let bytes = RecordShaper.rows(from: page, level: level)
        let trees = RecordShaper.rows(from: try JSONParser.parse(body), level: level)
        return (bytes, trees)
    }

    @Test func rowsKeptAsBytesShowAndParseLikeTrees() throws {
        let (bytes, trees) = try Self.rowsBothWays()
        #expect(bytes.count == 7)
        #expect(bytes.map(\.id) == trees.map(\.id))
        #expect(bytes.map(\.id) == [1, 2, 3, 40, nil, nil, nil])
        #expect(bytes.map(\.title) == trees.map(\.title))
        #expect(bytes.map(\.json) == trees.map(\.json))
        #expect(bytes[0].cells != nil, "records are decoded once")
        for (byteRow, treeRow) in zip(bytes, trees) {
            for index in Self.columns.indices {
                #expect(byteRow.text(ofColumn: index, in: Self.columns) == CellFormatter.text(for: Self.columns[index], in: treeRow.json),
                        "row \(treeRow.id ?? -1) column \(Self.columns[index].header)")
                #expect(byteRow.value(of: Self.columns[index]) == CellFormatter.value(of: Self.columns[index], in: treeRow.json))
                let a = byteRow.sortKey(ofColumn: index, in: Self.columns), b = SortKey(CellFormatter.value(of: Self.columns[index], in: treeRow.json), kind: Self.columns[index].kind)
                #expect(SortKey.compare(a, b) == 0 && SortKey.compare(b, a) == 0)
            }
            for path in ["extra.deep.1", "status.name", "people.1.name", "missing", ""] {
                #expect(byteRow.value(atPath: path) == treeRow.json.value(atPath: path))
            }
        }
        #expect(bytes[0].text(ofColumn: 4, in: Self.columns) == "Ann +2")
        #expect(bytes[4].text(ofColumn: 3, in: Self.columns) == "Escaped Key", "keys with escapes are found")
    }

    @Test func filterAndSortOverBytesMatchTrees() throws {
        let (bytes, trees) = try Self.rowsBothWays()
        for filter in ["", "a", "FACADE", "zoe", "open", "ann +2", "2026", "who:zoe", "extra.deep:2", "subject:leak", "✓"] {
            var sorts: [(column: Int, ascending: Bool)?] = [nil]
            for column in Self.columns.indices { sorts += [(column, true), (column, false)] }
            for sort in sorts {
                #expect(ListQuery.visibleIndices(rows: bytes, columns: Self.columns, filter: filter, sort: sort)
                        == ListQuery.visibleIndices(rows: trees, columns: Self.columns, filter: filter, sort: sort),
                        "filter \(filter) sort \(String(describing: sort))")
            }
        }
    }

    @Test func otherColumnsThanTheDecodedOnesReadTheBytes() throws {
        let (bytes, trees) = try Self.rowsBothWays()
        let other = [ToolColumn(header: "Deep", path: "extra.deep.2", width: 4, kind: .number),
                     ToolColumn(header: "Subject", path: "subject", width: 20, kind: .text)]
        #expect(bytes.map { $0.text(ofColumn: 0, in: other) } == trees.map { CellFormatter.text(for: other[0], in: $0.json) })
        #expect(ListQuery.visibleIndices(rows: bytes, columns: other, filter: "", sort: (0, false))
                == ListQuery.visibleIndices(rows: trees, columns: other, filter: "", sort: (0, false)))
    }

    @Test func settingTheJSONReplacesTheRecordAndItsCells() throws {
        var row = try Self.rowsBothWays().bytes[0]
        row.json = ["number": "99", "subject": "new"]
        #expect(row.cells == nil)
        #expect(row.text(ofColumn: 1, in: Self.columns) == "new")
    }
}
