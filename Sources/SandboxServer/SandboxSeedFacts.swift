/// Ids of well-known records in the served dataset, so tests need not discover them.
///
/// In the `large` dataset the project is the one holding 100,000 RFIs and 20,000 documents, and `fileID`
/// is its 1 GiB file.
public struct SandboxSeedFacts: Sendable {
    /// The (first) company: "Sandbox Demo Company" in the seed dataset.
    public let companyID: Int64
    /// Every company the demo app is connected to.
    public let companyIDs: [Int64]
    /// The test project: "1234 - Sandbox Test Project" in the seed dataset.
    public let projectID: Int64
    /// The user behind every issued token (`/me`).
    public let userID: Int64
    /// The seed RFI (or the first RFI of the large project).
    public let rfiID: Int64
    /// The seed submittal.
    public let submittalID: Int64
    /// The photo album.
    public let imageCategoryID: Int64
    /// The photo (its id exceeds 32 bits on purpose).
    public let imageID: Int64
    /// The drawing area.
    public let drawingAreaID: Int64
    /// A drawing in that area.
    public let drawingID: Int64
    /// That drawing's current revision.
    public let drawingRevisionID: Int64
    /// The project's root Documents folder.
    public let rootFolderID: Int64
    /// A file in the Documents tool (the 1 GiB one in the large dataset).
    public let fileID: Int64
    /// Size in bytes of that file's blob.
    public let fileSize: Int64
    /// Engine name of a tool switched off on the project (its endpoints answer 403).
    public let disabledToolEngineName: String
    /// A path on the API origin that answers 403 because of that tool.
    public let disabledToolPath: String
    /// Number of RFIs in the project.
    public let rfiCount: Int
    /// Number of projects across all companies.
    public let projectCount: Int
    /// Number of documents (folders and files) in the project, the root excluded.
    public let documentCount: Int
}
