// A release-build benchmark of the Workspace list query: filtering and sorting 100,000 loaded records
// shaped like Procore RFIs, with the catalog's RFI columns. Prints timings; asserts nothing.
//
//     swift run -c release sitewalk-bench
import Foundation
import ProcoreAPI
import Workspace

let catalog = try ToolCatalog.bundled()
guard let level = catalog.tool(id: "rfis")?.levels.first else { fatalError("no rfis level in the catalog") }
let columns = level.columns
let words = ["Thermostat", "conflict", "Façade", "crack", "at", "level", "roof", "drain", "Conference", "room", "配管", "の", "確認",
             "회의실", "🚧", "door", "closer", "paint", "Café", "slab", "edge", "guardrail", "Ünterlagen"]
let statuses = ["open", "open", "open", "closed", "draft"]
let names = ["Test Architect", "Test Subcontractor", "API Support", "Zoë Ångström", "山田 太郎"]
var generator = SystemRandomNumberGenerator()
func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
var rows: [PaneRow] = []
rows.reserveCapacity(100_000)
for i in 0..<100_000 {
    let subject = (0..<6).map { _ in words[Int.random(in: 0..<words.count, using: &generator)] }.joined(separator: " ")
    let day = 1 + i % 28, month = 1 + (i / 28) % 12, year = 2020 + (i / 336) % 6
    let json: JSONValue = [
        "id": .number(JSONNumber(7_000_000_001 + Int64(i))), "number": .string(String(i + 1)), "subject": .string(subject),
        "status": .string(statuses[i % statuses.count]), "ball_in_court": ["id": 46, "name": .string(names[i % names.count])],
        "due_date": .string("\(year)-\(pad(month))-\(pad(min(28, day + 3)))"),
        "created_at": .string("\(year)-\(pad(month))-\(pad(day))T\(pad(i % 24)):\(pad(i % 60)):00Z"),
    ]
    rows.append(PaneRow(id: 7_000_000_001 + Int64(i), title: subject, json: json))
}

func measure(_ label: String, _ body: () -> Int) {
    let start = DispatchTime.now().uptimeNanoseconds
    let count = body()
    let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    print(String(format: "%-58@ %8.1f ms  (%d rows)", label as NSString, ms, count))
}

print("Workspace list query, \(rows.count) records, \(columns.count) columns")
var cache = QueryCache()
measure("first keystroke 'c' (builds the search index)") {
    ListQuery.run(rows: rows, columns: columns, filter: "c", sort: nil, cache: &cache)?.count ?? -1
}
for filter in ["co", "con", "conf", "confe", "CONFERENCE", "cafe", "facade", "会議", "회의", "status:closed", "ball in court:zoe"] {
    measure("keystroke '\(filter)'") {
        ListQuery.run(rows: rows, columns: columns, filter: filter, sort: nil, cache: &cache)?.count ?? -1
    }
}
let createdColumn = columns.firstIndex { $0.path == "created_at" } ?? 0
measure("sort by Created (date), first time (computes keys)") {
    ListQuery.run(rows: rows, columns: columns, filter: "", sort: (createdColumn, true), cache: &cache)?.count ?? -1
}
measure("sort by Created (date), descending, keys cached") {
    ListQuery.run(rows: rows, columns: columns, filter: "", sort: (createdColumn, false), cache: &cache)?.count ?? -1
}
measure("sort by # (number), first time") {
    ListQuery.run(rows: rows, columns: columns, filter: "", sort: (0, true), cache: &cache)?.count ?? -1
}
measure("sort by Subject (text), first time") {
    ListQuery.run(rows: rows, columns: columns, filter: "", sort: (1, true), cache: &cache)?.count ?? -1
}
measure("filter 'con' + sort by Created, cached") {
    ListQuery.run(rows: rows, columns: columns, filter: "con", sort: (createdColumn, true), cache: &cache)?.count ?? -1
}
var cold = QueryCache()
measure("sort by Created with a cold cache") {
    ListQuery.run(rows: rows, columns: columns, filter: "", sort: (createdColumn, true), cache: &cold)?.count ?? -1
}
