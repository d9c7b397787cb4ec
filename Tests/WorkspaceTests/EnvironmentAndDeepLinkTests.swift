import Foundation
import ProcoreAPI
import SandboxServer
import Testing
@testable import Workspace

/// Switching environments mid-load, and deep links.
struct EnvironmentAndDeepLinkTests {
    @Test func switchingEnvironmentMidLoadDropsTheOldAnswers() async throws {
        let a = try await SimulatorHarness.start(name: "A")
        let b = try await SimulatorHarness.start(name: "B") { $0.dataset = .largeWithRFIs(seed: 3, rfiCount: 10) }
        do {
            let ws = try a.workspace()
            try await ws.openSeedProject(a.facts)
            let rfis = "/rest/v1.0/projects/\(a.facts.projectID)/rfis"
            _ = a.server.faults.add(SandboxFaultRule(fault: .latency(milliseconds: 1_500), requestClass: .api, pathPrefix: rfis))
            ws.handle(.focus(.tools))
            try ws.choose { $0.tool?.id == "rfis" }
            ws.handle(.open)
            #expect(!ws.isIdle)
            let oldTask = try #require(ws.tasks[.records(depth: 0)])
            let oldInbox = ws.inbox
            let otherRequestsOfA = a.requests("/rest/") - a.requests(rfis)
            ws.switchEnvironment(to: b.client())
            #expect(oldTask.isCancelled, "the old environment's load was cancelled")
            #expect(ws.inbox !== oldInbox, "old answers go to an inbox nobody reads")
            #expect(ws.openCompany == nil && ws.openProject == nil)
            #expect(ws.currentRecords.rows.isEmpty)
            await ws.settle()
            #expect(ws.session.environmentName == "B")
            #expect(Set(ws.companies.rows.compactMap(\.id)) == Set(b.facts.companyIDs))
            #expect(!ws.companies.rows.contains { $0.id == a.facts.companyID })
            #expect(ws.records.count == 1 && ws.currentRecords.rows.isEmpty && ws.currentRecords.tool == nil)
            #expect(ws.projects.rows.isEmpty && ws.tools.rows.isEmpty)
            #expect(ws.focus == .companies)
            // Nothing more was asked of A after the switch, and B never saw A's project.
            #expect(a.requests("/rest/") - a.requests(rfis) == otherRequestsOfA)
            #expect(b.requests("/rest/v1.0/projects/\(a.facts.projectID)") == 0)
        } catch {
            await a.stop(); await b.stop()
            throw error
        }
        await a.stop()
        await b.stop()
    }

    @Test func aDeepLinkSelectsEachLevelAndEndsOnTheRecordsInspector() async throws {
        try await withSimulator { sim in
            let ws = try sim.workspace()
            ws.start()
            ws.open(deepLink: "company/\(sim.facts.companyID)/project/\(sim.facts.projectID)/rfis/\(sim.facts.rfiID)")
            #expect(ws.pendingDeepLink != nil)
            await ws.settle()
            #expect(ws.pendingDeepLink == nil)
            #expect(ws.flash?.level != .error, "\(ws.flash?.text ?? "")")
            #expect(ws.openCompany?.id == sim.facts.companyID)
            #expect(ws.openProject?.id == sim.facts.projectID)
            #expect(ws.tools.selectedRow?.tool?.id == "rfis")
            #expect(ws.currentRecords.tool?.id == "rfis")
            #expect(ws.focus == .inspector)
            #expect(ws.selectedRecord?.id == sim.facts.rfiID)
            #expect(ws.breadcrumb.contains("RFIs"))
            // A shorter link stops at its last level.
            ws.open(deepLink: "company/\(sim.facts.companyID)/project/\(sim.facts.projectID)/documents")
            await ws.settle()
            #expect(ws.focus == .records)
            #expect(ws.currentRecords.tool?.id == "documents")
            #expect(ws.currentRecords.rows.count == 6)
        }
    }

    @Test func aBadDeepLinkFlashesThePartThatFailed() async throws {
        try await withSimulator { sim in
            let ws = try sim.workspace()
            ws.start()
            await ws.settle()
            let company = sim.facts.companyID, project = sim.facts.projectID
            let cases: [(String, String)] = [
                ("company/abc", "abc"),
                ("firm/4", "firm"),
                ("company/\(company)/projekt/\(project)", "projekt"),
                ("company/\(company)/project/\(project)/nosuchtool", "nosuchtool"),
                ("company/999", "999"),
                ("company/\(company)/project/424242", "424242"),
                ("company/\(company)/project/\(project)/commitments", "commitments"),
                ("company/\(company)/project/\(project)/rfis/31337", "31337"),
            ]
            for (link, part) in cases {
                ws.open(deepLink: link)
                await ws.settle()
                #expect(ws.pendingDeepLink == nil, "\(link)")
                #expect(ws.flash?.level == .error, "\(link): \(ws.flash?.text ?? "no flash")")
                #expect(ws.flash?.text.contains("“\(part)”") == true, "\(link): \(ws.flash?.text ?? "no flash")")
            }
        }
    }
}
