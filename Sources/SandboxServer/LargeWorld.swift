/// Builds the large dataset (phase 2 fills it in; for now it serves the seed world).
enum LargeWorld {
    static func build(apiBase: String, seed: UInt64) -> SandboxWorld {
        SeedWorld.build(apiBase: apiBase)
    }
}
