import Foundation

/// A fast parser for the ISO 8601 dates Procore sends (`2026-11-25`, `2026-11-25T14:03:00Z`,
/// `2026-11-25T14:03:00.123-08:00`), to Unix seconds; sorting 100,000 rows cannot afford a
/// DateFormatter per value.
public enum ISODate {
    /// Unix seconds, or nil when the text is not such a date.
    public static func parse(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// Unix seconds of the date in UTF-8 bytes, or nil.
    static func parse(utf8: UnsafeBufferPointer<UInt8>) -> Double? {
        if utf8.count < 10 { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= utf8.count else { return nil }
            var value = 0
            for i in from..<(from + count) {
                let c = utf8[i]
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard let year = number(0, 4), utf8[4] == 45, let month = number(5, 2), utf8[7] == 45, let day = number(8, 2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = Double(daysFromCivil(year, month, day)) * 86_400
        guard utf8.count > 10 else { return seconds }
        guard utf8[10] == 84 || utf8[10] == 32, let hour = number(11, 2), let minute = number(14, 2) else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        var index = 16
        if index < utf8.count, utf8[index] == 58, let second = number(17, 2) {
            seconds += Double(second)
            index = 19
            if index < utf8.count, utf8[index] == 46 {
                index += 1
                var scale = 0.1
                while index < utf8.count, utf8[index] >= 48, utf8[index] <= 57 {
                    seconds += Double(utf8[index] - 48) * scale
                    scale /= 10
                    index += 1
                }
            }
        }
        if index < utf8.count {
            let sign = utf8[index]
            if sign == 43 || sign == 45, let oh = number(index + 1, 2) {
                let om = number(index + 4, 2) ?? number(index + 3, 2) ?? 0
                let offset = Double(oh * 3600 + om * 60)
                seconds += sign == 43 ? -offset : offset
            }
        }
        return seconds
    }

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Whether the text is a date without a time.
    public static func isDateOnly(_ text: String) -> Bool { text.utf8.count == 10 && parse(text) != nil }
}
