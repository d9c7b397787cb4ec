import Foundation
import ProcoreAPI

/// Turns a record's value into the text of one table cell, by column kind. Used for visible rows only.
public enum CellFormatter {
    /// The raw value of a column in a record.
    public static func value(of column: ToolColumn, in json: JSONValue) -> JSONValue? {
        column.path.utf8.contains(UInt8(ascii: ".")) ? json.value(atPath: column.path) : json[column.path]
    }

    /// The text of a column in a record, formatted for its kind.
    public static func text(for column: ToolColumn, in json: JSONValue) -> String {
        text(for: column, value: value(of: column, in: json))
    }

    /// The text of a column's raw value (from `value(of:in:)`), formatted for its kind.
    public static func text(for column: ToolColumn, value: JSONValue?) -> String {
        guard let value, !value.isNull else { return "" }
        switch column.kind {
        case .date:
            guard let text = value.stringValue else { return plainText(value) }
            return localDate(text) ?? text
        case .boolean:
            if let flag = value.boolValue { return flag ? "✓" : "·" }
            return plainText(value)
        case .person:
            if let name = value["name"]?.stringValue { return name }
            if let first = value[0], let name = first["name"]?.stringValue {
                let more = (value.arrayValue?.count ?? 1) - 1
                return more > 0 ? "\(name) +\(more)" : name
            }
            return plainText(value)
        case .status:
            if let name = value["name"]?.stringValue { return name }
            return plainText(value)
        case .number, .text:
            return plainText(value)
        }
    }

    /// A value as one line of text.
    public static func plainText(_ value: JSONValue) -> String {
        // Strings go to the canvas as they are: its sanitiser shows controls and escape sequences as
        // visible placeholders (displayText would blank them, hiding what the data really holds).
        if let text = value.stringValue { return text }
        return value.displayText
    }

    /// An ISO date in the local time zone: `2026-11-25 14:03` (dates without a time stay as they are).
    public static func localDate(_ iso: String) -> String? {
        if ISODate.isDateOnly(iso) { return iso }
        guard let seconds = ISODate.parse(iso) else { return nil }
        return localDate(seconds: seconds)
    }

    /// Unix seconds in the local time zone: `2026-11-25 14:03`.
    public static func localDate(seconds: Double) -> String {
        var time = time_t(seconds)
        var parts = tm()
        localtime_r(&time, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min))"
    }
}
