/// The people of the Development Sandbox (seed document 002): Test Architect, Test Subcontractor, API Support.
enum SeedPeople {
    static let apiSupport = Person(id: 46, name: "API Support", login: "sandbox+demo@example.com",
                                   vendor: "Sandbox Demo Company", firstName: "API", lastName: "Support", jobTitle: "Project Manager")
    static let subcontractor = Person(id: 47, name: "Test Subcontractor", login: "sandbox+sub@example.com",
                                      vendor: "Subcontractor TEST Company", firstName: "Test", lastName: "Subcontractor", jobTitle: "Foreman")
    static let architect = Person(id: 48, name: "Test Architect", login: "sandbox+arch@example.com",
                                  vendor: "Architect TEST Company", firstName: "Test", lastName: "Architect", jobTitle: "Architect")
    /// The account that created the seed records (blank name, as in the real sandbox RFI).
    static let seeder = Person(id: 2, name: " ", login: "sandbox+seed@example.com")

    static let all = [apiSupport, subcontractor, architect]

    static func vendorID(_ p: Person) -> Int64 {
        switch p.vendor {
        case "Architect TEST Company": return 7_010_002
        case "Subcontractor TEST Company": return 7_010_003
        default: return 7_010_001
        }
    }
}
