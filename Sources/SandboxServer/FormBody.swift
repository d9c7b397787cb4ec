import Foundation
import Hummingbird

/// Reads OAuth parameters from any body a client might send: urlencoded, multipart (`curl -F`) or JSON.
enum FormBody {
    static func parse(_ body: ByteBuffer, contentType: String?) -> [String: String] {
        let bytes = body.getBytes(at: body.readerIndex, length: body.readableBytes) ?? []
        let text = String(decoding: bytes, as: UTF8.self)
        let type = (contentType ?? "").lowercased()
        if type.contains("application/json") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return [:] }
            return object.compactMapValues { value in
                if let s = value as? String { return s }
                if let n = value as? NSNumber { return n.stringValue }
                return nil
            }
        }
        if type.contains("multipart/form-data"), let range = type.range(of: "boundary=") {
            let boundary = String((contentType ?? "")[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            return multipart(text, boundary: boundary)
        }
        var out: [String: String] = [:]
        for (k, v) in QueryParameters(text).pairs where out[k] == nil { out[k] = v }
        return out
    }

    private static func multipart(_ text: String, boundary: String) -> [String: String] {
        var out: [String: String] = [:]
        for part in text.components(separatedBy: "--" + boundary) {
            guard let split = part.range(of: "\r\n\r\n") ?? part.range(of: "\n\n") else { continue }
            let head = part[..<split.lowerBound]
            guard let nameRange = head.range(of: "name=\"") else { continue }
            let rest = head[nameRange.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { continue }
            var value = String(part[split.upperBound...])
            // "\r\n" is a single Character in Swift, so dropping one removes either line ending.
            while value.hasSuffix("\r\n") || value.hasSuffix("\n") { value = String(value.dropLast()) }
            out[String(rest[..<end])] = value
        }
        return out
    }
}
