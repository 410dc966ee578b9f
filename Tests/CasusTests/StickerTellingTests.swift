import PropertyBased
import Testing
@testable import Casus
import CasusApp

/// The live session keeps its count of stickies and pseudonymises one sticky at a time
/// (issue 15, load); both must give exactly what the full computation gives.
@Suite struct StickerTellingTests {
    /// After any mix of placing and removing, the running count says where the room is
    /// divided exactly as a count over all stickies does.
    @Test func bijhoudenIsGelijkAanOpnieuwTellen() async {
        await propertyCheck(count: 50, input: Gen.int(in: 0...1000).array(of: 0...60)) { stappen in
            var alle: [Annotatie] = []
            var telling = StickerTelling()
            for k in stappen {
                if k % 5 == 4, !alle.isEmpty {
                    telling.tel(alle.remove(at: k % alle.count), -1)
                } else {
                    let a = Annotatie(item: "item-\(k % 4)", soort: k % 2 == 0 ? .smiley : .sadney, door: "w\(k % 3)")
                    alle.append(a)
                    telling.tel(a, 1)
                }
                #expect(Statistiek.verdeeld(telling) == Statistiek.verdeeld(alle))
            }
        }
    }

    /// Each sticky of the example with a session, pseudonymised alone, is what
    /// pseudonymising the whole casus makes of it.
    @Test func eenStickerAlleenGelijkAanAlles() throws {
        let analyse = try #require(RodeDradenPijplijn.analyseer(casusMap: Repo.pad("examples/hengelo-2024-02")).0)
        #expect(!analyse.annotaties.isEmpty)
        for a in analyse.annotaties {
            let heel = analyse.tijdlijn.pseudonimiseer(annotaties: [a], bevindingen: []).annotaties
            #expect(analyse.tijdlijn.pseudonimiseer(annotaties: [a]) == heel)
        }
        let alle = analyse.tijdlijn.pseudonimiseer(annotaties: analyse.annotaties, bevindingen: []).annotaties
        #expect(analyse.tijdlijn.pseudonimiseer(annotaties: analyse.annotaties) == alle)
    }
}
