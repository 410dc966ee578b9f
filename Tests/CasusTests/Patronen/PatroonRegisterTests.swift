import Testing
@testable import Casus

/// One registry of pattern rules: `Patronen.regels`. The report's catalogue is derived
/// from it; these tests keep the two, and the spec's table, in agreement.
@Suite("Patronen: één register")
struct PatroonRegisterTests {
    /// The ids of patronen.md's table, in its order.
    static let specIds = [
        "opeenvolgende-hulp", "opschaling-uit-machteloosheid", "samen-aan-tafel-herhaald",
        "parallel-ouderschap-als-laatste-strohalm", "wisselende-regie", "regie-onduidelijk", "regie-gat",
        "abrupte-afschaling", "kinderen-uit-beeld", "netwerk-niet-in-kaart", "onvolledige-informatie",
    ]

    @Test func deRegelsVolgenDeTabelVanDeSpecificatie() {
        #expect(Patronen.regels.map { type(of: $0).id } == Self.specIds)
    }

    @Test func elkeRegelHeeftEenEigenIdTitelEnThema() {
        let ids = Patronen.regels.map { type(of: $0).id }
        let titels = Patronen.regels.map { type(of: $0).titel }
        #expect(Set(ids).count == ids.count)
        #expect(Set(titels).count == titels.count)
        for regel in Patronen.regels {
            let id = type(of: regel).id, titel = type(of: regel).titel, thema = type(of: regel).thema
            #expect(!titel.isEmpty, "\(id) heeft geen titel")
            #expect(Thema.allCases.contains(thema), "\(id) heeft geen bekend thema")
        }
    }

    @Test func deCatalogusVanHetRapportIsHetRegister() {
        #expect(PatroonCatalogus.alle.map(\.id) == Patronen.regels.map { type(of: $0).id })
        for regel in Patronen.regels {
            let soort = type(of: regel)
            let patroon = PatroonCatalogus.patroon(soort.id)
            #expect(patroon?.titel == soort.titel)
            #expect(patroon?.thema == soort.thema)
        }
    }

    /// The themes of the Twente analyses each pattern illustrates (the report's chapters).
    @Test func elkPatroonStaatBijZijnTwentseThema() {
        let thema = Dictionary(uniqueKeysWithValues: PatroonCatalogus.alle.map { ($0.id, $0.thema) })
        #expect(thema["kinderen-uit-beeld"] == .kinderen)
        #expect(thema["netwerk-niet-in-kaart"] == .familieEnVrienden)
        #expect(thema["samen-aan-tafel-herhaald"] == .dogmas)
        #expect(thema["parallel-ouderschap-als-laatste-strohalm"] == .dogmas)
        #expect(thema["wisselende-regie"] == .professionals)
        #expect(thema["regie-onduidelijk"] == .professionals)
        for id in ["opeenvolgende-hulp", "opschaling-uit-machteloosheid", "regie-gat", "abrupte-afschaling",
                   "onvolledige-informatie"] {
            #expect(thema[id] == .processen, "\(id)")
        }
    }
}
