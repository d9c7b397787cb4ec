import NIOCore

/// A stored file's bytes, described rather than held: a short header followed by a seeded pattern.
///
/// Any range of any size (up to 1 GiB and beyond) can be produced in chunks, so the storage origin
/// streams without keeping a blob in memory.
struct BlobSpec: Sendable {
    /// Id used in file links and storage keys.
    let id: Int64
    let filename: String
    let size: Int64
    let contentType: String
    let seed: UInt64
    /// ETag-like validator for `If-Range`.
    var etag: String { "\"blob-\(id)-\(size)-\(seed)\"" }
    /// When it was "uploaded" (for `Last-Modified`).
    var lastModified: String = "Wed, 03 Jun 2022 00:35:25 GMT"

    /// The prime period of the repeating pattern, so range errors never hide behind chunk alignment.
    static let period = 65_521

    /// The first bytes: a recognisable header for the file type.
    var header: [UInt8] {
        if filename.lowercased().hasSuffix(".pdf") { return Array("%PDF-1.4\n% Sitewalk sandbox file: \(filename)\n".utf8) }
        return Array("Sitewalk sandbox file: \(filename)\n".utf8)
    }

    /// The pattern bytes (one period).
    func pattern() -> [UInt8] {
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        var out = [UInt8](repeating: 0, count: Self.period)
        var i = 0
        while i < Self.period {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var word = state >> 24
            for _ in 0..<4 where i < Self.period {
                out[i] = UInt8(truncatingIfNeeded: word)
                word >>= 8
                i += 1
            }
        }
        return out
    }

    /// Writes bytes `[offset, offset+count)` into a buffer.
    func write(from offset: Int64, count: Int, pattern: [UInt8], header: [UInt8], into buffer: inout ByteBuffer) {
        var position = offset
        var remaining = count
        while remaining > 0, position < Int64(header.count) {
            buffer.writeInteger(header[Int(position)])
            position += 1
            remaining -= 1
        }
        while remaining > 0 {
            let p = Int(position % Int64(Self.period))
            let n = min(remaining, Self.period - p)
            _ = pattern.withUnsafeBufferPointer { buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer($0)[p..<(p + n)])) }
            position += Int64(n)
            remaining -= n
        }
    }

    /// The whole blob as bytes (tests and small files only).
    func bytes(from offset: Int64 = 0, count: Int? = nil) -> [UInt8] {
        let n = count ?? Int(size - offset)
        var buffer = ByteBuffer()
        write(from: offset, count: n, pattern: pattern(), header: header, into: &buffer)
        return buffer.readBytes(length: buffer.readableBytes) ?? []
    }
}
