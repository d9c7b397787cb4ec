import NIOCore
import Testing
@testable import ProcoreAPI

/// How the transport spreads its work over event loops.
struct HTTPTransportTests {
    /// A download writes its body to disk on its connection's event loop; on a slow disk that loop
    /// stalls, so it must not be one that API calls run on.
    @Test func downloadsStreamOnEventLoopsNoAPICallUses() {
        let transport = HTTPTransport()
        let apiLoops = Array(transport.client.eventLoopGroup.makeIterator())
        let downloadLoops = Array(transport.downloadClient.eventLoopGroup.makeIterator())
        #expect(!downloadLoops.isEmpty)
        for loop in downloadLoops {
            #expect(!apiLoops.contains { $0 === loop }, "a download loop is shared with API calls")
        }
        #expect(HTTPTransport().downloadClient === transport.downloadClient, "transports share one download client")
    }
}
