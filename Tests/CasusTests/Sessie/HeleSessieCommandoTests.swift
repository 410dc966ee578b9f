import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag

/// A whole session recorded from the command line, step by step, through the
/// real binary, and read back (issue 13, "Done when").
@Suite(.serialized) struct HeleSessieCommandoTests {
    static let casus = "hengelo-2024-02"

    struct Sessie {
        let map = TijdelijkeMap()
        var omgeving: [String: String] { ["CASUS_WERKBANK": map.bestand("wb.sqlite"), "USER": "facilitator"] }

        @discardableResult
        func voer(_ argumenten: [String], code: Int32 = 0) throws -> WerkbankProces.Uitkomst {
            let u = try WerkbankProces.voer(argumenten, omgeving: omgeving)
            #expect(u.code == code, "\(argumenten): \(u.fout)")
            return u
        }

        init() throws {
            try voer(["werkbank", "init"])
            try voer(["importeer", Repo.pad("examples/hengelo-2024-02")])
        }
    }

    @Test func eenHeleSessieVanCheckInTotExport() throws {
        let s = try Sessie()
        let c = Self.casus
        try s.voer(["deelnemer", c, "--id", "q1", "--rol", "wijkcoach", "--organisatie", "Wijkteam Hengelo",
                    "--naam", "Zwaantje Brinkhorst", "--check-in", "Spannend."])
        try s.voer(["deelnemer", c, "--id", "q2", "--rol", "jeugdbeschermer", "--naam", "Olivier Kamphuis"])
        try s.voer(["deelnemer", c, "--id", "q1", "--check-in", "Toch vooral nieuwsgierig."])
        try s.voer(["gezinslid", c, "kind-1", "--door", "q1", "--eigenheid", "Grappig en creatief.", "--blij-van", "Paarden."])
        try s.voer(["annoteer", c, "interventie-mediation-2018", "--sadney", "--door", "q2", "--thema", "processen"])
        // Step 3, a correction: the wall shows the jeugdbeschermer's end date, not the merge's pick.
        try s.voer(["kies", c, "interventie-ouderschap-blijft-2018", "--veld", "einde",
                    "--bron", "jeugdbeschermer-jeugdbescherming-oost-nederland"])
        let json = try s.voer(["tijdlijn", c, "--json"]).uit
        let conflicten = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["conflicten"] as? [[String: Any]])
        let einde = try #require(conflicten.first { $0["item"] as? String == "interventie-ouderschap-blijft-2018" && $0["veld"] as? String == "einde" })
        #expect(einde["gekozen"] as? String == "najaar 2018")
        #expect(einde["keuze"] as? String == "keuze van de facilitator")
        for n in 1...8 {
            try s.voer(["visie", c, "--principe", "\(n)", "--oordeel", ["wel", "deels", "niet", "onbekend"][n % 4],
                        "--toelichting", "Toelichting \(n).", "--had-kunnen", "Anders \(n)."])
        }
        try s.voer(["visie", c, "--principe", "2", "--item", "interventie-mediation-2018"])
        try s.voer(["afspraak", c, "Regiehouder belt school na elke wisseling.", "--wie", "wijkcoach",
                    "--wanneer", "april 2024", "--item", "interventie-mediation-2018"])
        let afspraken = try s.voer(["toon", c]).uit
        let nummer = try #require(afspraken.split(separator: "\n").first { $0.contains("Regiehouder belt school") }?
            .split(separator: " ").first { $0.hasPrefix("#") }?.dropFirst())
        try s.voer(["afspraak", c, "--wijzig", String(nummer), "--status", "gedaan"])
        try s.voer(["evaluatie", c, "--door", "q2", "Het vloog voorbij."])

        let toon = try s.voer(["toon", c]).uit
        #expect(toon.contains("Sessie van 2024-02-13, facilitator Annemiek"))
        #expect(toon.contains("Zwaantje Brinkhorst (wijkcoach 2)") || toon.contains("[q1]"))
        #expect(toon.contains("Visie rust en welzijn (8 van 8 principes besproken)"))
        #expect(toon.contains("[gedaan] Regiehouder belt school na elke wisseling. (wie: wijkcoach, wanneer: april 2024)"))
        let anoniem = try s.voer(["toon", c, "--pseudoniem"]).uit
        for naam in ["Zwaantje", "Brinkhorst", "Olivier", "Kamphuis", "Annemiek"] {
            #expect(!anoniem.contains(naam), "\(naam) in toon --pseudoniem")
        }

        let uit = s.map.bestand("export")
        try s.voer(["exporteer", c, "--uit", uit])
        let (terug, meldingen) = Intake.leesSessie(pad: uit + "/sessie.yaml")
        #expect(meldingen.fouten.isEmpty, "\(meldingen)")
        let t = try #require(terug)
        #expect(t.visie.count == 8)
        #expect(t.kies.contains(Keuze(item: "interventie-ouderschap-blijft-2018", veld: "einde",
                                      bron: "jeugdbeschermer-jeugdbescherming-oost-nederland")))
        #expect(t.visie.first { $0.principe == 2 }?.items == ["interventie-mediation-2018"])
        #expect(t.deelnemers.contains(Deelnemer(id: "q1", rol: "wijkcoach", organisatie: "Wijkteam Hengelo",
                                                naam: "Zwaantje Brinkhorst", checkIn: "Toch vooral nieuwsgierig.")))
        #expect(t.gezinsleden.last == GezinslidAanvulling(id: "kind-1", eigenheid: "Grappig en creatief.", blijVan: "Paarden.", door: "q1"))
        #expect(t.afspraken.last?.status == .gedaan)
        #expect(t.evaluatie.last == Evaluatie(door: "q2", tekst: "Het vloog voorbij."))
        // The report from the workbench: no participant's, facilitator's or family member's name.
        try s.voer(["verslag", c, "--uit", s.map.bestand("verslag.pdf")])
        try s.voer(["verslag", c, "--uit", s.map.bestand("verslag.html")])
        let namen = try VerslagTests.namen(Repo.pad("examples/hengelo-2024-02"))
            + ["Zwaantje", "Brinkhorst", "Olivier", "Kamphuis"]
        #expect(VerslagTests.gevonden(namen, in: try VerslagTests.pdfTekst(s.map.bestand("verslag.pdf"))) == [])
        #expect(VerslagTests.gevonden(namen, in: try String(contentsOfFile: s.map.bestand("verslag.html"), encoding: .utf8)) == [])
        let log = try s.voer(["logboek", c]).uit
        for woord in ["legde deelnemer vast", "vulde gezinslid aan", "legde oordeel over principe vast",
                      "wijzigde afspraak", "legde evaluatie vast", "exporteerde"] {
            #expect(log.contains(woord), "\(woord) niet in het logboek")
        }
    }

    /// Each command refuses a bad value with a Dutch message and exit 1, and stores nothing.
    @Test(arguments: [
        (["deelnemer", "hengelo-2024-02", "--id", "nieuw"], "vraagt een rol"),
        (["deelnemer", "hengelo-2024-02", "--id", "x9", "--verwijder"], "staat niet in casus"),
        (["gezinslid", "hengelo-2024-02", "kind-9", "--door", "p1", "--eigenheid", "x"], "bedoel je 'kind-1'?"),
        (["gezinslid", "hengelo-2024-02", "kind-1", "--door", "p1"], "minstens één van"),
        (["kies", "hengelo-2024-02", "bestaat-niet", "--veld", "wat", "--tekst", "x"], "bestaat niet in de tijdlijn"),
        (["kies", "hengelo-2024-02", "interventie-mediation-2018", "--veld", "startt", "--tekst", "x"], "onbekend veld"),
        (["visie", "hengelo-2024-02", "--principe", "9", "--oordeel", "wel"], "principe 9 bestaat niet"),
        (["visie", "hengelo-2024-02", "--principe", "1", "--oordeel", "soms"], "ongeldig oordeel 'soms'"),
        (["afspraak", "hengelo-2024-02", "x", "--wanneer", "morgen"], "onleesbare datum 'morgen'"),
        (["afspraak", "hengelo-2024-02", "x", "--status", "klaar"], "ongeldige status 'klaar'"),
        (["afspraak", "hengelo-2024-02", "--verwijder", "99"], "afspraak #99 bestaat niet"),
        (["evaluatie", "hengelo-2024-02", "--verwijder", "99"], "evaluatie #99 bestaat niet"),
        (["evaluatie", "onbekend", "--door", "p1", "x"], "staat niet in de werkbank"),
    ])
    func eenFouteWaardeIsExit1(argumenten: [String], melding: String) throws {
        let s = try Sessie()
        let voor = try s.voer(["exporteer", Self.casus, "--uit", s.map.bestand("voor")])
        _ = voor
        let u = try s.voer(argumenten, code: 1)
        #expect(u.fout.contains(melding), "\(u.fout)")
        #expect(u.fout.contains("fout:"))
        try s.voer(["exporteer", Self.casus, "--uit", s.map.bestand("na")])
        #expect(try String(contentsOfFile: s.map.bestand("voor/sessie.yaml"), encoding: .utf8)
                == String(contentsOfFile: s.map.bestand("na/sessie.yaml"), encoding: .utf8))
    }

    @Test func principesNoemtAlleAcht() throws {
        let u = try WerkbankProces.voer(["principes"])
        #expect(u.code == 0)
        #expect(u.uit.split(separator: "\n").count == 8)
        #expect(u.uit.contains("8. dynamiek boven inhoud — Werken met de dynamiek in plaats van op de inhoud"))
    }
}
