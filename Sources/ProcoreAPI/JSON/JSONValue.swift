/// A JSON value, lossless and order-preserving.
///
/// Numbers keep their literal text (`JSONNumber`), objects keep entry order and duplicate keys
/// (`JSONObject`), so a body parsed by `JSONParser` and written by `JSONWriter` comes back the
/// same. Accessors return nil instead of trapping, because API bodies change shape over time.
public enum JSONValue: Sendable, Equatable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, kept as its literal text.
    case number(JSONNumber)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, entries in order.
    case object(JSONObject)
}

extension JSONValue {
    /// The member named `key` when this is an object (the last one, if duplicated), else nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// The element at `index` when this is an array and the index is in range, else nil.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let array) = self, array.indices.contains(index) else { return nil }
        return array[index]
    }

    /// Follows a dot-separated path such as `current_revision.pdf_url` or `attachments.0.url`.
    ///
    /// Each component is looked up as an object member first; on an array a component that is a
    /// non-negative integer is an index. Returns nil as soon as a step does not exist. An empty
    /// path returns the value itself. Keys that themselves contain dots cannot be addressed.
    public func value(atPath path: String) -> JSONValue? {
        if path.isEmpty { return self }
        var current = self
        for component in path.split(separator: ".", omittingEmptySubsequences: false) {
            switch current {
            case .object(let object):
                guard let next = object[String(component)] else { return nil }
                current = next
            case .array(let array):
                guard let index = Int(component), array.indices.contains(index) else { return nil }
                current = array[index]
            default:
                return nil
            }
        }
        return current
    }

    /// The string when this is a string, else nil.
    public var stringValue: String? {
        guard case .string(let string) = self else { return nil }
        return string
    }

    /// The integer when this is a number with an exact `Int64` value, else nil.
    public var int64Value: Int64? {
        guard case .number(let number) = self else { return nil }
        return number.int64Value
    }

    /// The number as a `Double` when this is a finite number, else nil.
    public var doubleValue: Double? {
        guard case .number(let number) = self else { return nil }
        return number.doubleValue
    }

    /// The Boolean when this is `true` or `false`, else nil.
    public var boolValue: Bool? {
        guard case .bool(let bool) = self else { return nil }
        return bool
    }

    /// The elements when this is an array, else nil.
    public var arrayValue: [JSONValue]? {
        guard case .array(let array) = self else { return nil }
        return array
    }

    /// The object when this is an object, else nil.
    public var objectValue: JSONObject? {
        guard case .object(let object) = self else { return nil }
        return object
    }

    /// True when this is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// A one-line human rendering for a table cell.
    ///
    /// Strings as they are, except that line breaks and other control characters become a
    /// space so the cell stays on one line; numbers as their literal text; `true`/`false`; null
    /// as an empty string; arrays as `[n items]`; objects as their `name` or `title` member when
    /// that is a string (flattened the same way), else `{n fields}`.
    public var displayText: String {
        switch self {
        case .null:
            return ""
        case .bool(let bool):
            return bool ? "true" : "false"
        case .number(let number):
            return number.text
        case .string(let string):
            return Self.singleLine(string)
        case .array(let array):
            return array.count == 1 ? "[1 item]" : "[\(array.count) items]"
        case .object(let object):
            if let name = object["name"]?.stringValue { return Self.singleLine(name) }
            if let title = object["title"]?.stringValue { return Self.singleLine(title) }
            return object.count == 1 ? "{1 field}" : "{\(object.count) fields}"
        }
    }

    /// Replaces each line break (CRLF counts as one) and other control character with a space.
    private static func singleLine(_ string: String) -> String {
        let needsWork = string.unicodeScalars.contains { isLineBreaking($0) }
        guard needsWork else { return string }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in string.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            scalars.append(isLineBreaking(scalar) ? " " : scalar)
        }
        return String(scalars)
    }

    private static func isLineBreaking(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }
}

extension JSONValue: CustomStringConvertible {
    /// Compact JSON text of the value.
    public var description: String {
        JSONWriter.write(self, pretty: false)
    }
}
