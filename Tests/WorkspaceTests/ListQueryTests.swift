import Foundation
import ProcoreAPI
import Testing
@testable import Workspace

struct ListQueryTests {
    static let columns = [
        ToolColumn(header: "#", path: "number", width: 4, kind: .number),
        ToolColumn(header: "Subject", path: "subject", width: 20, kind: .text),
        ToolColumn(header: "Due", path: "due_date", width: 10, kind: .date),
    ]

    static let rows: [PaneRow] = [
        PaneRow(id: 1, title: "", json: ["number": "10", "subject": "Façade crack", "due_date": "2026-03-01"]),
        PaneRow(id: 2, title: "", json: ["number": "2", "subject": "Thermostat conflict", "due_date": "2025-12-24T10:00:00Z"]),
        PaneRow(id: 3, title: "", json: ["number": "2", "subject": "Roof leak", "due_date": nil]),
    ]

    @Test func filterIsCaseAndAccentInsensitiveOverVisibleColumns() {
        #expect(ListQuery.visibleIndices(rows: Self.rows, columns: Self.columns, filter: "FACADE", sort: nil) == [0])
        #expect(ListQuery.visibleIndices(rows: Self.rows, columns: Self.columns, filter: "o", sort: nil) == [1, 2])
        #expect(ListQuery.visibleIndices(rows: Self.rows, columns: Self.columns, filter: "subject:roof", sort: nil) == [2])
        #expect(ListQuery.visibleIndices(rows: Self.rows, columns: Self.columns, filter: "#:10", sort: nil) == [0])
    }

    @Test func sortIsNumericDateAwareAndStableWithEmptiesLast() {
        #expect(ListQuery.visibleIndices(rows: Self.rows, columns: Self.columns, filter: "", sort: (0, true)) == [1, 2, 0])
        #expect(ListQuery.visibleIndices(rows: Self.rows, columns: Self.columns, filter: "", sort: (0, false)) == [0, 1, 2])
        #expect(ListQuery.visibleIndices(rows: Self.rows, columns: Self.columns, filter: "", sort: (2, true)) == [1, 0, 2])
    }

    @Test func foldingDropsCaseAccentsAndWidthButKeepsOtherScripts() {
        #expect(ListQuery.fold("Façade ÉTÉ") == "facade ete")
        #expect(ListQuery.fold("Zoe\u{0308} Ångström") == "zoe angstrom", "combining marks are dropped")
        #expect(ListQuery.fold("ＡＢＣ１") == "abc1", "fullwidth ASCII folds to ASCII")
        #expect(ListQuery.fold("会議室 회의실 🚧") == "会議室 회의실 🚧")
        #expect(ListQuery.fold("ΣΟΦΊΑ") == ListQuery.fold("σοφια"))
        #expect(ListQuery.fold("plain ascii") == "plain ascii")
    }

    @Test func isoDatesParseWithOffsetsAndFractions() {
        #expect(ISODate.parse("1970-01-02") == 86_400)
        #expect(ISODate.parse("2026-11-25T00:00:00Z") == ISODate.parse("2026-11-24T16:00:00-08:00"))
        #expect(ISODate.parse("2026-11-25T00:00:00.500Z")! - ISODate.parse("2026-11-25T00:00:00Z")! == 0.5)
        #expect(ISODate.parse("not a date") == nil)
        #expect(ISODate.parse("2026-13-01") == nil)
    }
}
