import ProcoreAPI

/// Where a pane's data stands: explicit values for loading, empty, partial and error states.
public enum LoadStatus: Sendable, Equatable {
    /// Nothing asked yet; the text says what to do (e.g. "press Enter on a company").
    case waiting(String)
    /// The first page is on its way.
    case loading
    /// Some pages are in; more remain (`loaded` of `total` records).
    case partial(loaded: Int, total: Int?)
    /// Everything is in.
    case complete
    /// The load failed; the error carries its one-line explanation.
    case failed(ProcoreError)

    /// Whether a request for this pane is in flight or more pages can follow.
    public var isLoading: Bool { self == .loading }
}
