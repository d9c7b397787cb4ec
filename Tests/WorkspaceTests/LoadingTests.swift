import Foundation
import ProcoreAPI
import SandboxServer
import Testing
@testable import Workspace

/// Stale answers, the idle signal and the page cache, against the simulator.
struct LoadingTests {
    @Test func aStaleAnswerChangesNothingAndIdleMeansNothingInFlight() async throws {
        try await withSimulator { sim in
            let ws = try sim.workspace()
            try await ws.openSeedProject(sim.facts)
            #expect(ws.isIdle)
            #expect(ws.loadsInFlight == 0)
            let rfis = "/rest/v1.0/projects/\(sim.facts.projectID)/rfis"
            _ = sim.server.faults.add(SandboxFaultRule(fault: .latency(milliseconds: 1_500), requestClass: .api, pathPrefix: rfis))
            // Open RFIs (slow), then move on to Schedule before the answer comes.
            ws.handle(.focus(.tools))
            try ws.choose { $0.tool?.id == "rfis" }
            ws.handle(.open)
            #expect(!ws.isIdle, "a load is in flight right after an open")
            #expect(ws.loadsInFlight == 1)
            #expect(ws.currentRecords.status == .loading)
            let staleGeneration = ws.currentRecords.generation
            ws.handle(.back)
            try ws.choose { $0.tool?.id == "schedule" }
            ws.handle(.open)
            await ws.settle()
            #expect(ws.isIdle)
            #expect(ws.loadsInFlight == 0)
            #expect(ws.currentRecords.tool?.id == "schedule")
            #expect(ws.currentRecords.rows.count == 8)
            #expect(!ws.currentRecords.rows.contains { $0.id == sim.facts.rfiID }, "the RFI answer must not land in Schedule")
            // An answer carrying the old generation, delivered late, is dropped.
            let late = Page(number: 1, perPage: 100, body: [["id": .number(JSONNumber(sim.facts.rfiID)), "subject": "late"]], total: 1,
                            reportedPerPage: 100, links: [:], byteCount: 0)
            ws.apply(.pageLoaded(.records(depth: 0), generation: staleGeneration, .success(late)))
            #expect(ws.currentRecords.tool?.id == "schedule")
            #expect(ws.currentRecords.rows.count == 8)
            #expect(ws.currentRecords.status == .complete)
        }
    }

    @Test func aNestedLevelClosedBeforeItsAnswerStaysClosed() async throws {
        try await withSimulator { sim in
            let ws = try sim.workspace()
            try await ws.openSeedProject(sim.facts)
            try await ws.openTool("photos")
            _ = sim.server.faults.add(SandboxFaultRule(fault: .latency(milliseconds: 1_000), requestClass: .api, pathPrefix: "/rest/v1.0/images"))
            try ws.choose { $0.id == sim.facts.imageCategoryID }
            ws.handle(.open)
            #expect(ws.records.count == 2)
            ws.handle(.back)
            #expect(ws.records.count == 1)
            await ws.settle()
            #expect(ws.records.count == 1, "the closed level's answer must not reopen it")
            #expect(ws.currentRecords.rows.map(\.id) == [sim.facts.imageCategoryID])
        }
    }

    @Test func revisitingWithinTheTTLCostsNoRequestAndReloadBypassesTheCache() async throws {
        try await withSimulator { sim in
            let ws = try sim.workspace()
            try await ws.openSeedProject(sim.facts)
            let rfis = "/rest/v1.0/projects/\(sim.facts.projectID)/rfis"
            try await ws.openTool("rfis")
            #expect(sim.requests(rfis) == 1)
            try await ws.openTool("schedule")
            try await ws.openTool("rfis")
            #expect(ws.currentRecords.rows.map(\.id) == [sim.facts.rfiID])
            #expect(sim.requests(rfis) == 1, "the revisit was served from the cache")
            // Going back up and into the project again costs no RFI request either.
            ws.handle(.focus(.companies))
            try await ws.openRow { $0.id == sim.facts.companyID }
            try await ws.openRow { $0.id == sim.facts.projectID }
            try await ws.openTool("rfis")
            #expect(sim.requests(rfis) == 1)
            // r bypasses the cache.
            ws.handle(.reload)
            #expect(!ws.isIdle)
            await ws.settle()
            #expect(sim.requests(rfis) == 2)
            #expect(ws.currentRecords.rows.map(\.id) == [sim.facts.rfiID])
        }
    }
}
