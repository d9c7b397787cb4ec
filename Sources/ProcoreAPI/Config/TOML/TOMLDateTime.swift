/// A TOML date, time or date-time, kept as it was written (`1979-05-27T07:32:00Z`).
///
/// The parser checks the fields (month 01–12, a day that exists in that month, hour 00–23, minute and
/// second 00–59, an offset of at most ±23:59) but does not convert the value: Sitewalk reads none of
/// them, and the text is exact where a `Date` would lose local times and fractions.
public struct TOMLDateTime: Sendable, Hashable, CustomStringConvertible {
    /// Which of TOML's four date and time kinds a value is.
    public enum Kind: Sendable, Hashable {
        /// A date and time with `Z` or a `±HH:MM` offset: `1979-05-27T07:32:00-08:00`.
        case offsetDateTime
        /// A date and time without an offset: `1979-05-27T07:32:00`.
        case localDateTime
        /// A date alone: `1979-05-27`.
        case localDate
        /// A time of day alone: `07:32:00.5`.
        case localTime
    }

    /// The kind of value.
    public let kind: Kind
    /// The value exactly as written in the document.
    public let text: String

    /// Creates a value; the parser checks `text` before making one.
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// The text as written.
    public var description: String { text }
}
