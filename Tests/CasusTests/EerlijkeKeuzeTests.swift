import Foundation
import Testing
@testable import Casus

/// The wall reads in nobody's lawyer's words (issue 14): on every example, a
/// shown wording or date never comes from an `advocaat` source alone when any
/// other source has the item; every conflict names the rule that chose.
@Suite struct EerlijkeKeuzeTests {
    static func tijdlijnen() throws -> [(String, Tijdlijn)] {
        try Repo.voorbeelden.map { map in
            let invoer = Intake.leesCasusMap(pad: map)
            try #require(!invoer.meldingen.heeftFouten, "\(invoer.meldingen)")
            return ((map as NSString).lastPathComponent, Samenvoeger.voegSamen(invoer).tijdlijn)
        }
    }

    static func isAdvocaat(_ t: Tijdlijn, _ bron: String) -> Bool {
        t.bronnen.first { $0.id == bron }?.rol.lowercased().hasPrefix("advocaat") ?? false
    }

    /// The shown value is one of the other sources' values (a date may be the span of theirs).
    static func controleer<I, W: Equatable>(_ t: Tijdlijn, _ items: [TijdlijnItem<I>], _ veld: String,
                                             _ waarde: (I) -> W?, datum: ((W) -> Datum)? = nil) -> [String] {
        var fouten: [String] = []
        for item in items where item.perBron.contains(where: { isAdvocaat(t, $0.bron) }) {
            let anderen = item.perBron.filter { !isAdvocaat(t, $0.bron) }.compactMap { waarde($0.inhoud) }
            guard !anderen.isEmpty, let getoond = waarde(item.inhoud) else { continue }
            if anderen.contains(getoond) { continue }
            if let datum {
                let d = datum(getoond), randen = anderen.map(datum)
                if randen.contains(where: { $0.van == d.van }) && randen.contains(where: { $0.tot == d.tot }) { continue }
            }
            fouten.append("\(t.casus) \(item.code ?? item.id) \(veld): \(getoond)")
        }
        return fouten
    }

    @Test(arguments: Repo.voorbeelden.map { ($0 as NSString).lastPathComponent })
    func geenAdvocaatWoordenAlsEenAndereBronHetItemHeeft(_ naam: String) throws {
        let (_, t) = try #require(try Self.tijdlijnen().first { $0.0 == naam })
        #expect(t.bronnen.contains { $0.rol == "advocaat" } || naam != "almelo-2023-07")
        var fouten = Self.controleer(t, t.gebeurtenissen, "wat", \.wat)
        fouten += Self.controleer(t, t.gebeurtenissen, "datum", \.datum, datum: { $0 })
        fouten += Self.controleer(t, t.interventies, "naam", \.naam)
        fouten += Self.controleer(t, t.interventies, "start", \.start, datum: { $0 })
        fouten += Self.controleer(t, t.interventies, "einde", \.einde, datum: { $0 })
        fouten += Self.controleer(t, t.interventies, "afloop", \.afloop)
        fouten += Self.controleer(t, t.kader, "datum", \.datum, datum: { $0 })
        fouten += Self.controleer(t, t.regie, "vanaf", \.vanaf, datum: { $0 })
        fouten += Self.controleer(t, t.regie, "tot", \.tot, datum: { $0 })
        #expect(fouten.isEmpty, "\(fouten)")
    }

    @Test func elkConflictZegtWelkeRegelKoos() throws {
        let regels = [Veldkeuze.facilitator, Veldkeuze.nietEenPartij, Veldkeuze.eersteHand, Veldkeuze.smalste,
                      Veldkeuze.spanne, Veldkeuze.meesteBronnen, Veldkeuze.eersteBron]
        for (_, t) in try Self.tijdlijnen() {
            for c in t.conflicten where c.veld != "regiehouder" {
                #expect(regels.contains(c.keuze), "\(c.item) \(c.veld): \(c.keuze)")
            }
        }
    }

    @Test func advocaatKomtNaElkeAndereBronOokAlsDieEerstehandsIs() throws {
        // The lawyer's client is a betrokkene (first-hand by role would not apply), and
        // the lawyer's date is the narrowest: still the other source's value is shown.
        let t = Samenvoeger.voegSamen([
            M.format("advocaat", "Kantoor", gebeurtenissen: [
                M.gebeurtenis("2022-01-20", "Cliënt wordt bij de overdracht aangevallen.", soort: .incident,
                              betrokkenen: ["vader", "moeder"])]),
            M.format("wijkcoach", "Wijkteam", gebeurtenissen: [
                M.gebeurtenis("januari 2022", "Ruzie bij de overdracht, vader aangevallen.", soort: .incident,
                              betrokkenen: ["vader", "moeder"])]),
        ]).tijdlijn
        let item = try #require(t.gebeurtenissen.first)
        #expect(item.bronnen.count == 2)
        #expect(item.inhoud.wat == "Ruzie bij de overdracht, vader aangevallen.")
        #expect(item.inhoud.datum.tekst == "januari 2022")
    }

    @Test func eerstehandsBronGaatVoorDeSmalsteDatum() throws {
        // The school is among the betrokkenen: its wording and date are shown, though another is narrower.
        let t = Samenvoeger.voegSamen([
            M.format("leerkracht", "Basisschool De Es", gebeurtenissen: [
                M.gebeurtenis("januari 2022", "Levi vertelt in de kring over thuis.", soort: .school,
                              betrokkenen: ["kind-1", "Basisschool De Es"])]),
            M.format("wijkcoach", "Wijkteam", gebeurtenissen: [
                M.gebeurtenis("2022-01-24", "Levi vertelt op school over thuis.", soort: .school,
                              betrokkenen: ["kind-1"])]),
        ]).tijdlijn
        let item = try #require(t.gebeurtenissen.first)
        #expect(item.bronnen.count == 2)
        #expect(item.inhoud.wat == "Levi vertelt in de kring over thuis.")
        #expect(item.inhoud.datum.tekst == "januari 2022")
        // January 2022 holds the 24th: no contradiction, so no conflict.
        #expect(t.conflicten.isEmpty)
    }

    static let tweeDatums = [
        M.format("wijkcoach", "Wijkteam", gebeurtenissen: [M.gebeurtenis("22 januari 2022", "Ruzie bij de overdracht.",
                                                                         soort: .incident, betrokkenen: ["vader"])]),
        M.format("leerkracht", "School", gebeurtenissen: [M.gebeurtenis("2022-01-24", "Ruzie bij de overdracht.",
                                                                        soort: .incident, betrokkenen: ["vader"])]),
    ]

    @Test func kiesVanDeFacilitatorGaatVoorAlles() throws {
        let zonder = Samenvoeger.voegSamen(Self.tweeDatums).tijdlijn
        let id = try #require(zonder.gebeurtenissen.first?.id)
        #expect(zonder.gebeurtenissen[0].inhoud.datum.tekst == "22 januari 2022 – 2022-01-24")
        var sessie = Sessie(casus: "test-2024-01")
        sessie.kies = [Keuze(item: id, veld: "datum", bron: "leerkracht-school")]
        let r = Samenvoeger.voegSamen(Self.tweeDatums, sessie: sessie, sessiePad: "sessie.yaml")
        #expect(r.meldingen.isEmpty, "\(r.meldingen)")
        #expect(r.tijdlijn.gebeurtenissen[0].id == id)
        #expect(r.tijdlijn.gebeurtenissen[0].inhoud.datum.tekst == "2022-01-24")
        #expect(r.tijdlijn.conflicten.first?.keuze == "keuze van de facilitator")
        sessie.kies = [Keuze(item: id, veld: "datum", tekst: "23 januari 2022")]
        let eigen = Samenvoeger.voegSamen(Self.tweeDatums, sessie: sessie, sessiePad: "sessie.yaml").tijdlijn
        #expect(eigen.gebeurtenissen[0].inhoud.datum.van == Dag(2022, 1, 23))
    }

    @Test func kiesDieNietKanIsEenWaarschuwingEnVerandertNiets() throws {
        let id = try #require(Samenvoeger.voegSamen(Self.tweeDatums).tijdlijn.gebeurtenissen.first?.id)
        var sessie = Sessie(casus: "test-2024-01")
        sessie.kies = [Keuze(item: id, veld: "wat", bron: "wijkcoach-wijkteam"),
                       Keuze(item: id, veld: "datum", bron: "advocaat-kantoor")]
        let r = Samenvoeger.voegSamen(Self.tweeDatums, sessie: sessie, sessiePad: "sessie.yaml")
        #expect(r.meldingen.map(\.bericht) == [
            "kies: \(id), veld datum: bron advocaat-kantoor heeft geen waarde voor datum",
            "kies: \(id), veld wat: veld wat heeft geen verschillende waarden om uit te kiezen",
        ])
        #expect(r.tijdlijn.gebeurtenissen[0].inhoud.datum.tekst == "22 januari 2022 – 2022-01-24")
    }
}
