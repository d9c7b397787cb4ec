/// Makes file links in Procore's current form (`/fas/api/v5/...`) on the API origin, and reads them back.
struct FileLinks: Sendable {
    let apiBase: String

    /// The link for a blob, e.g. `http://127.0.0.1:PORT/fas/api/v5/us-east-1/pro-core.com/companies/1/blobs/2/plan.pdf`.
    func url(_ blob: BlobSpec, companyID: Int64) -> String {
        "\(apiBase)/fas/api/v5/us-east-1/pro-core.com/companies/\(companyID)/blobs/\(blob.id)/\(QueryParameters.escape(blob.filename))"
    }
}
