import Foundation

/// Signs storage URLs with an expiry, as S3 presigned URLs do: `?expires=UNIX&sig=HEX`.
///
/// The signature is a keyed hash of the blob id and the expiry; the key is random per server.
final class URLSigner: Sendable {
    private let key: (UInt64, UInt64)
    private let clock: SimulatedClock
    private let lifetime: Int

    init(clock: SimulatedClock, lifetime: Int) {
        var rng = SystemRandomNumberGenerator()
        key = (rng.next(), rng.next())
        self.clock = clock
        self.lifetime = lifetime
    }

    /// The query string for a blob: `expires=...&sig=...`.
    func query(blobID: Int64) -> String {
        let expires = Int64(clock.now()) + Int64(lifetime)
        return "X-Amz-Expires=\(lifetime)&expires=\(expires)&sig=\(signature(blobID: blobID, expires: expires))"
    }

    /// Whether the signature is genuine and unexpired.
    enum Check: Sendable { case valid, expired, invalid }

    func check(blobID: Int64, query: QueryParameters) -> Check {
        guard let expires = query["expires"].flatMap({ Int64($0) }), let sig = query["sig"],
              sig == signature(blobID: blobID, expires: expires) else { return .invalid }
        return Double(expires) >= clock.now() ? .valid : .expired
    }

    private func signature(blobID: Int64, expires: Int64) -> String {
        // SipHash-like mixing is enough here: the point is "cannot be guessed", not cryptographic strength.
        func mix(_ x: UInt64) -> UInt64 {
            var z = x &+ 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let a = mix(key.0 ^ UInt64(bitPattern: blobID))
        let b = mix(key.1 ^ UInt64(bitPattern: expires) ^ a)
        let c = mix(a ^ b ^ key.0)
        return [a, b, c, mix(c ^ key.1)].map { v in
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }.joined()
    }
}
