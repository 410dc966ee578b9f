import Foundation
import Testing
@testable import Casus
import CasusApp

/// `rode-draden --json` is encoded in parts on every core (issue 18); the bytes must be
/// those of one `JSONEncoder` run over the whole, for any chunk size.
@Suite struct RodeDradenJSONDelenTests {
    static func gelijk(_ r: RodeDraden) {
        let heel = r.jsonInEenKeer()
        #expect(!heel.isEmpty)
        for stuk in [1, 2, 3, 256] { #expect(r.json(stuk: stuk) == heel, "stuk \(stuk)") }
        #expect(r.json() == heel)
    }

    @Test func voorbeeldenInDelenGelijkAanInEenKeer() throws {
        let analyses = Repo.voorbeelden.compactMap { RodeDradenPijplijn.analyseer(casusMap: $0).0 }
        #expect(analyses.count == 3)
        Self.gelijk(RodeDraden.bereken(analyses))
        Self.gelijk(RodeDraden.bereken(analyses, opties: RodeDradenOpties(pseudoniem: false, maxGemarkeerd: 0,
                                                                            organisatiesAnoniem: true)))
        Self.gelijk(RodeDraden.bereken([RodeDradenVoorbeeld.casusA(), RodeDradenVoorbeeld.casusB()]))
    }

    /// No casussen at all: every list empty, no sessions.
    @Test func leegInDelenGelijkAanInEenKeer() {
        let leeg = RodeDraden.bereken([])
        #expect(leeg.items.isEmpty && leeg.sessies != nil)
        Self.gelijk(leeg)
        var zonderSessies = leeg
        zonderSessies.sessies = nil
        Self.gelijk(zonderSessies)
    }
}
