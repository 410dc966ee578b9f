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
        // The writer's own bytes, not its fallback to JSONEncoder.
        #expect(JSONSchrijver.probeer(r) == heel)
        for stuk in [1, 2, 3, 256] { #expect(r.json(stuk: stuk) == heel, "stuk \(stuk)") }
        #expect(r.json() == heel)
        // Piece by piece (as `--json` writes it): the same bytes, and made safe piece by piece
        // the same as made safe whole.
        for stuk in [1, 256] {
            var stukken = Data(), veilig = Data()
            r.schrijfJSON(stuk: stuk) { stukken.append($0); veilig.append(Terminaltekst.veilig(json: $0)) }
            #expect(stukken == heel)
            #expect(veilig == Terminaltekst.veilig(json: heel))
        }
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

    /// What names and texts may hold: accents, emoji, `/`, quotes, backslashes, control characters.
    static let lastig = " é ë 😀 a/b \"c\" d\\e \u{1B}[31m \u{7F}\u{85}\u{202E}\u{2066} f\tg\nh"

    /// A generated project with sessions, its names and texts made awkward: every option variant.
    @Test func gegenereerdProjectMetLastigeTekstenGelijkAanInEenKeer() {
        let analyses = (0..<8).map { index in
            let c = CasusGenerator.genereer(index: index, zaad: 11)
            let formats = c.formats.map { f in
                var f = f
                f.ingediendDoor.organisatie += Self.lastig
                f.ingediendDoor.naam = (f.ingediendDoor.naam ?? "") + Self.lastig
                for i in f.gezinsleden.indices { f.gezinsleden[i].naam = (f.gezinsleden[i].naam ?? "") + Self.lastig }
                for i in f.gebeurtenissen.indices { f.gebeurtenissen[i].wat += Self.lastig }
                return f
            }
            var sessie = c.sessie
            for i in sessie.annotaties.indices where i % 2 == 0 {
                sessie.annotaties[i].toelichting = (sessie.annotaties[i].toelichting ?? "") + Self.lastig
            }
            for i in sessie.afspraken.indices { sessie.afspraken[i].wat += Self.lastig }
            let tijdlijn = CasusGenerator.standaardSamenvoegen(formats)
            return GeanalyseerdeCasus(tijdlijn: tijdlijn, annotaties: sessie.annotaties,
                                      bevindingen: Patronen.detecteer(tijdlijn), sessie: sessie)
        }
        for pseudoniem in [true, false] {
            for anoniem in [true, false] {
                for top in [0, 3] {
                    let r = RodeDraden.bereken(analyses, opties: RodeDradenOpties(
                        pseudoniem: pseudoniem, maxGemarkeerd: top, organisatiesAnoniem: anoniem))
                    #expect(!r.items.isEmpty && r.sessies?.afspraken.isEmpty == false)
                    // Pseudonymised, the names' words (these characters too) are replaced.
                    let tekst = String(decoding: r.jsonInEenKeer(), as: UTF8.self)
                    #expect(pseudoniem || tekst.contains("\\u001b[31m") && tekst.contains("😀") && tekst.contains("\\\"c\\\""))
                    Self.gelijk(r)
                }
            }
        }
    }
}
