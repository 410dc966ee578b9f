import Foundation
import Testing

/// `casus statistiek` and the divided room in `casus toon`, through the real binary.
@Suite struct StatistiekCommandoTests {
    @Test func statistiekVanMapEnWerkbankIsGelijk() throws {
        let map = TijdelijkeMap()
        let casusMap = map.bestand("casus")
        try WerkbankTestCasus.schrijf(in: casusMap)
        let env = ["CASUS_WERKBANK": map.bestand("wb.sqlite")]
        let uitMap = try WerkbankProces.voer(["statistiek", casusMap, "--json"])
        #expect(uitMap.code == 0)
        #expect(uitMap.uit.contains("\"dagen_in_hulp\""))
        #expect(try WerkbankProces.voer(["importeer", casusMap], omgeving: env).code == 0)
        let uitWerkbank = try WerkbankProces.voer(["statistiek", WerkbankTestCasus.id, "--json"], omgeving: env)
        #expect(uitWerkbank.code == 0)
        #expect(uitWerkbank.uit == uitMap.uit)
        let tekst = try WerkbankProces.voer(["statistiek", casusMap]).uit
        #expect(tekst.contains("in hulp"))
        #expect(tekst.contains("langste periode zonder hulp"))
    }

    @Test func toonNoemtWaarDeGroepVerdeeldIs() throws {
        let map = TijdelijkeMap()
        let casusMap = map.bestand("casus")
        try WerkbankTestCasus.schrijf(in: casusMap)
        let env = ["CASUS_WERKBANK": map.bestand("wb.sqlite")]
        let id = WerkbankTestCasus.id
        #expect(try WerkbankProces.voer(["importeer", casusMap], omgeving: env).code == 0)
        for (soort, door) in [("--smiley", "p1"), ("--sadney", "p2")] {
            #expect(try WerkbankProces.voer(["annoteer", id, "interventie-kies-2019", soort, "--door", door],
                                            omgeving: env).code == 0)
        }
        let toon = try WerkbankProces.voer(["toon", id], omgeving: env).uit
        #expect(toon.contains("Hier verschillen we"))
        #expect(toon.contains("interventie-kies-2019: 1 smiley('s), 1 sadney('s)"))
        let statistiek = try WerkbankProces.voer(["statistiek", id], omgeving: env).uit
        #expect(statistiek.contains("interventie-kies-2019: 1 smiley, 1 sadney"))
    }

    @Test func onbekendeMapIsVerkeerdGebruik() throws {
        let r = try WerkbankProces.voer(["statistiek", "/bestaat/niet"])
        #expect(r.code == 2)
        #expect(r.fout.contains("fout"))
    }
}
