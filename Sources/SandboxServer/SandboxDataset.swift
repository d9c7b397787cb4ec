/// Which world the simulator serves.
public enum SandboxDataset: Sendable, Equatable {
    /// The Development Sandbox as Procore seeds it: one company, "1234 - Sandbox Test Project", three users,
    /// eight schedule tasks, a folder tree, one photo, a drawing set, one RFI, one submittal and a few more.
    case seed
    /// A big, deterministic world for performance work: 2,000 projects across 3 companies, one project with
    /// 100,000 RFIs and 20,000 documents eight levels deep, international strings and blobs up to 1 GiB.
    ///
    /// The same `seed` always produces the same records and bytes.
    case large(seed: UInt64)
    /// The large world with a different number of RFIs in its big project (tests that need, say, 1,000).
    case largeWithRFIs(seed: UInt64, rfiCount: Int)
    /// The seed world with hostile strings and shapes: ESC/CSI/OSC sequences (OSC 52, title changes), bidi
    /// overrides, NUL, a 1 MB string, 100-level nesting, numbers beyond Int64, string ids, nulls
    /// everywhere, duplicate keys and attachment names that try to leave the download directory.
    case hostile
}
