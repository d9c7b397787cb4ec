/// A user as other records refer to them (assignees, creators, managers).
struct Person: Sendable {
    let id: Int64
    let name: String
    let login: String
    var vendor: String = "Sandbox Demo Company"
    var firstName: String = ""
    var lastName: String = ""
    var jobTitle: String = ""

    /// `{id, login, name}` — the usual embedded shape.
    var ref: JSONValue { ["id": .int(id), "login": .string(login), "name": .string(name)] }

    /// `{id, name}` — the submittal's embedded shape.
    var shortRef: JSONValue { ["id": .int(id), "name": .string(name)] }

    /// The RFI's assignee shape: name with vendor, locale, login.
    var assigneeRef: JSONValue {
        ["id": .int(id), "name": .string("\(name) (\(vendor))"), "locale": "", "login": .string(login)]
    }
}
