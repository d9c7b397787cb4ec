/// Which containers of the inspector's key/value view are folded: a default plus exceptions by path.
///
/// Kept by path, so a fold survives moving to the next record of the same kind (fold `questions` once,
/// walk the RFIs); "fold all" and "unfold all" change the default and forget the exceptions.
public struct InspectorFolds: Sendable, Equatable {
    /// Whether containers start folded.
    public private(set) var foldedByDefault = false
    private var exceptions: Set<[InspectorNode.PathComponent]> = []

    /// Everything unfolded.
    public init() {}

    /// Whether the container at `path` is folded.
    public func isFolded(_ path: [InspectorNode.PathComponent]) -> Bool {
        foldedByDefault != exceptions.contains(path)
    }

    /// Folds or unfolds one container.
    public mutating func setFolded(_ folded: Bool, at path: [InspectorNode.PathComponent]) {
        if folded == foldedByDefault { exceptions.remove(path) } else { exceptions.insert(path) }
    }

    /// Folds (true) or unfolds (false) every container.
    public mutating func setAll(folded: Bool) {
        foldedByDefault = folded
        exceptions = []
    }
}
