/// File links on the API origin (`/fas/api/v5/...`): bearer required, then 302 to a signed storage URL.
struct FileLinkEndpoint {
    let core: ServerCore
    let world: SandboxWorld

    func handle(segments: [Substring]) -> Reply {
        guard segments.count >= 9, segments[1] == "api", segments[2] == "v5", segments[5] == "companies",
              segments[7] == "blobs", let id = Int64(segments[8]), let blob = world.blobs(id)
        else { return .notFound }
        let location = "\(core.bases.storage)/\(blob.id)/\(QueryParameters.escape(blob.filename))?\(core.signer.query(blobID: blob.id))"
        return Reply(status: 302, headers: [("Location", location), ("Cache-Control", "no-store")])
    }
}
