import Foundation
import Testing
@testable import Casus

/// What leaves the merge: tijdlijn.json per cli.md, the Dutch text view, and
/// the pseudonymised timeline.
@Suite struct MergeUitvoerTests {
    let t = Samenvoeger.voegSamen(M.drieBronnen).tijdlijn

    func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func jsonVolgtCliMd() throws {
        let json = try object(t.json())
        for sleutel in ["casus", "bronnen", "gezinsleden", "netwerk", "gebeurtenissen", "interventies",
                        "kader", "regie", "regiewisselingen", "conflicten"] {
            #expect(json[sleutel] != nil, "\(sleutel)")
        }
        #expect(json["casus"] as? String == "test-2024-01")
        let bron = try #require((json["bronnen"] as? [[String: Any]])?.first)
        #expect(Set(["id", "bestand", "rol", "organisatie"]).isSubset(of: Set(bron.keys)))
        let interventie = try #require((json["interventies"] as? [[String: Any]])?.first)
        #expect(interventie["id"] as? String == "interventie-ouderschap-blijft-2018")
        #expect((interventie["bronnen"] as? [String])?.count == 3)
        #expect(interventie["naam"] != nil)
        let start = try #require(interventie["start"] as? [String: Any])
        #expect(Set(start.keys) == ["tekst", "van", "tot", "precisie", "ca"])
        #expect(start["van"] as? String == "2018-03-01")
        #expect(start["ca"] as? Bool == false)
        let conflict = try #require((json["conflicten"] as? [[String: Any]])?.first)
        #expect(conflict["item"] is String && conflict["veld"] is String && conflict["waarden"] is [Any])
        let wissel = try #require((json["regiewisselingen"] as? [[String: Any]])?.first)
        #expect(wissel["andere_gemeente"] as? Bool == false)
    }

    @Test func jsonIsStabielEnRondTeLezen() throws {
        #expect(t.json() == Samenvoeger.voegSamen(M.drieBronnen.reversed()).tijdlijn.json())
        let terug = try JSONDecoder().decode(Tijdlijn.self, from: t.json())
        #expect(terug == t)
    }

    @Test func tekstIsChronologischEnToontConflicten() throws {
        let tekst = TijdlijnTekst.maak(t)
        let regels = tekst.split(separator: "\n").map(String.init)
        #expect(regels[0] == "Tijdlijn van casus test-2024-01")
        #expect(regels[1].contains("3 bronnen"))
        let volgorde = ["gebeurtenis-scheiding-2016-09", "regie-wijkcoach-wijkteam-hengelo-2017",
                        "interventie-ouderschap-blijft-2018", "interventie-kinderen-uit-de-knel-2019",
                        "kader-raadsonderzoek-2020", "regie-jeugdbeschermer-jeugdbescherming-oost-2020"]
        let plekken = try volgorde.map { id in try #require(regels.firstIndex { $0.contains("[\(id)") }) }
        #expect(plekken == plekken.sorted())
        let ob = try #require(regels.first { $0.contains("[interventie-ouderschap-blijft-2018]") })
        #expect(ob.contains("(3 bronnen)"))
        #expect(ob.contains("⚠ conflict"))
        #expect(tekst.contains("Conflicten"))
        #expect(tekst.contains("→ getoond: 2018-10 (eerstehands bron)"))
        #expect(ob.hasPrefix("  I1 "))
        #expect(tekst.contains("regie gaat van wijkcoach"))
    }

    @Test func pseudoniemVervangtElkeNaam() throws {
        var formats = M.drieBronnen
        formats[0].ingediendDoor.naam = "Joke Jansen"
        formats[0].gebeurtenissen.append(M.gebeurtenis("2019-03-14", "Sanne weigert naar vader te gaan; Ilse belt.",
                                                       betrokkenen: ["Sanne"]))
        formats[0].netwerk = [Netwerklid(id: "oma-mz", rol: "grootmoeder-mz", naam: "Gerda", toelichting: "Gerda")]
        let p = Samenvoeger.voegSamen(formats).tijdlijn.gepseudonimiseerd()
        // Not in any field, and not in any id either (ids are made without names).
        let json = String(decoding: p.json(), as: UTF8.self).lowercased()
        for naam in ["sanne", "ilse", "gerda", "joke", "jansen", "wijkcoach.yaml"] {
            #expect(!json.contains(naam), "\(naam)")
        }
        #expect(p.gebeurtenissen.contains { $0.id == "gebeurtenis-gebeurtenis-2019-03-kind-1-weigert-vader" })
        #expect(p.gezinsleden.first { $0.id == "kind-1" }?.inhoud.naam == nil)
        let g = try #require(p.gebeurtenissen.first { $0.inhoud.wat.contains("weigert") })
        #expect(g.inhoud.wat == "kind-1 weigert naar vader te gaan; moeder belt.")
        #expect(g.inhoud.betrokkenen == ["kind-1"])
        #expect(p.netwerk[0].inhoud.toelichting == nil)
        #expect(p.bronnen.first { $0.rol == "wijkcoach" }?.bestand == "wijkcoach-wijkteam-hengelo.yaml")
        // Ids do not change: annotations keep their place.
        #expect(M.alleIds(p) == M.alleIds(Samenvoeger.voegSamen(formats).tijdlijn))
    }

    @Test func legeInvoerGeeftLegeTijdlijn() {
        let r = Samenvoeger.voegSamen([])
        #expect(r.tijdlijn.bronnen.isEmpty && r.tijdlijn.periode == nil)
        #expect(TijdlijnTekst.maak(r.tijdlijn).contains("geen gedateerde items"))
    }

    @Test func periodeVanEersteTotLaatsteDatum() {
        // The span follows the shown dates: "2016-09" beats "2016" for the scheiding.
        #expect(t.periode == Periode(van: Dag(2016, 9, 1), tot: Dag(2022, 10, 11)))
    }
}

@Suite struct PseudonimiseringTests {
    @Test func alleenHeleWoordenEnOokDelenVanEenNaam() {
        let formats = [TijdlijnFormat(
            bestand: "a.yaml", casus: "c", ingediendDoor: Indiener(rol: "wijkcoach", organisatie: "W", naam: "Joke de Wit"),
            gezinsleden: [Gezinslid(id: "moeder", rol: .moeder, naam: "Sanne Jansen"),
                          Gezinslid(id: "vader", rol: .vader, naam: "Mark")],
            gebeurtenissen: [Gebeurtenis(datum: DatumParser.parse("2019")!,
                                         wat: "Overleg met Sanne Jansen en MARK op de Markt; Jansen belt Joke.")])]
        let t = Samenvoeger.voegSamen(formats).tijdlijn
        let (p, a, b) = t.pseudonimiseer(
            annotaties: [Annotatie(item: "moeder", soort: .smiley, door: "Petra", toelichting: "Sanne bleef rustig")],
            bevindingen: [Bevinding(patroon: "x", titel: "X", uitleg: "Mark en Sanne", bewijs: [])])
        #expect(p.gebeurtenissen[0].inhoud.wat == "Overleg met moeder en vader op de Markt; moeder belt wijkcoach.")
        #expect(a[0].door == "deelnemer")
        #expect(a[0].toelichting == "moeder bleef rustig")
        #expect(b[0].uitleg == "vader en moeder")
        #expect(p.bronnen[0].naam == nil)
        // "de" and "Wit" are a particle and a part: only the part goes.
        #expect(!String(decoding: p.json(), as: UTF8.self).contains("Wit"))
    }
}
