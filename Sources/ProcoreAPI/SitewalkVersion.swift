/// Sitewalk's version, sent in the `User-Agent` and shown by `sitewalk --version`.
public enum SitewalkVersion {
    /// The current version.
    public static let current = "0.1.0"
}
