import Casus
import CasusApp
import Foundation
import Testing
@testable import TijdlijnRender

/// Issue 12, the property: random names (diacritics, NFD, two letters, several parts,
/// ordinary words) written in random free text in random forms (possessive, diminutive,
/// other case, NBSP or soft hyphen inside) never appear, in any normal form, in any
/// pseudonymised output: tijdlijn.json, patronen.json, the terminal text of `tijdlijn`
/// and `patronen`, SVG, PDF text, PNG text chunks, and the rode-draden report (HTML, MD, JSON).
@Suite("Pseudoniem: eigenschap", .serialized)
struct PseudoniemEigenschapTests {
    static let aantalCasussen = 300
    /// Drawing costs most: every casus's text outputs are checked, every n-th is also drawn.
    static let tekenElke = 10

    static let wortel = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    struct Gegenereerd {
        var map: String
        var namen: [String]
    }

    static func yaml(_ s: String) -> String {
        String(decoding: try! JSONEncoder().encode(s), as: UTF8.self)
    }

    /// One casus folder: two formats about one family, every name in naam fields and free text.
    static func maakCasus(_ n: Int, in basis: String, _ t: inout Toeval, zonderNamen: Bool = false) throws -> Gegenereerd {
        let map = basis + "/prop-\(n)"
        try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        var namen: [String] = []
        func nieuw() -> String {
            let naam = zonderNamen ? "Persoon" : NaamGenerator.naam(&t)
            namen.append(naam)
            return naam
        }
        let moeder = nieuw(), vader = nieuw(), kind1 = nieuw(), kind2 = nieuw(), oma = nieuw()
        let familie = [moeder, vader, kind1, kind2, oma]
        func zin() -> String { yaml(NaamGenerator.zin(met: t.kies(familie), &t)) }
        func naamVeld(_ naam: String) -> String {
            zonderNamen ? "" : "\n    naam: " + yaml(t.kans(0.3) ? naam.decomposedStringWithCanonicalMapping
                                                  : naam.replacingOccurrences(of: " ", with: t.kies([" ", "\u{00A0}"])))
        }
        for (rol, organisatie) in [("wijkcoach", "Praktijk"), ("jeugdbeschermer", "Bureau")] {
            let prof = nieuw()
            let bestand = rol + "-" + prof.folding(options: .diacriticInsensitive, locale: nil).lowercased()
                .replacingOccurrences(of: " ", with: "-") + ".yaml"
            let tekst = """
                format: tijdlijn-format/1
                casus: prop-\(n)
                ingediend_door:
                  rol: \(rol)
                  organisatie: \(yaml(organisatie + " " + NaamGenerator.vorm(prof, &t)))\(zonderNamen ? "" : "\n  naam: " + yaml(prof))
                gezinsleden:
                  - id: moeder
                    rol: moeder\(naamVeld(moeder))
                    mechanisme: \(zin())
                  - id: vader
                    rol: vader\(naamVeld(vader))
                    eigenheid: \(zin())
                  - id: kind-1
                    rol: kind\(naamVeld(kind1))
                    geboren: "2012"
                    blij_van: \(zin())
                  - id: kind-2
                    rol: kind\(naamVeld(kind2))
                netwerk:
                  - id: oma
                    rol: grootmoeder-mz\(naamVeld(oma))
                    invloed: steunend
                    toelichting: \(zin())
                gebeurtenissen:
                  - datum: "2019-0\(t.getal(1...9))"
                    wat: \(zin())
                    dynamiek: \(zin())
                    betrokkenen: [moeder, kind-1]
                  - datum: "2020-0\(t.getal(1...9))"
                    wat: \(zin())
                    soort: incident
                    volgende_stap: \(zin())
                interventies:
                  - naam: \(yaml("Therapie " + NaamGenerator.vorm(t.kies(familie), &t)))
                    aanbieder: \(yaml("Praktijk " + NaamGenerator.vorm(t.kies(familie + [prof]), &t)))
                    soort: kind
                    start: "2019-0\(t.getal(1...9))"
                    einde: "2020-11"
                    resultaat: \(zin())
                kader:
                  - datum: "2021-02"
                    van: vrijwillig
                    naar: gedwongen
                    reden: machteloosheid
                    toelichting: \(zin())
                regie:
                  - vanaf: "2018-01"
                    tot: "2021-01"
                    wie: \(rol)
                    organisatie: \(yaml(organisatie + " " + NaamGenerator.vorm(prof, &t)))
                    gemeente: Hengelo

                """
            try tekst.write(toFile: map + "/" + bestand, atomically: true, encoding: .utf8)
        }
        // A participant annotates an item, naming a child in the toelichting.
        let (eerste, _) = RodeDradenPijplijn.analyseer(casusMap: map)
        if let item = eerste?.tijdlijn.gebeurtenissen.first?.id {
            let deelnemer = nieuw()
            let sessie = """
                sessie: sessie/1
                casus: prop-\(n)
                annotaties:
                  - item: \(item)
                    soort: sadney
                    door: \(yaml(deelnemer))
                    thema: kinderen
                    toelichting: \(yaml(NaamGenerator.zin(met: t.kies(familie + [deelnemer]), &t)))

                """
            try sessie.write(toFile: map + "/sessie.yaml", atomically: true, encoding: .utf8)
        }
        return Gegenereerd(map: map, namen: namen)
    }

    /// Every pseudonymised output of one casus, by kind.
    static func uitvoer(_ map: String, tekenen: Bool, werkmap: String) throws -> [(String, String)] {
        let r = Analyseren.voerUit(casus: map)
        let analyse = try #require(r.analyse, "\(map): \(r.meldingen.map(\.description))")
        let p = analyse.gepseudonimiseerd()
        var uit = [("tijdlijn.json", String(decoding: p.tijdlijn.json(), as: UTF8.self)),
                   ("patronen.json", String(decoding: p.rapport.json(), as: UTF8.self)),
                   ("tijdlijn (terminal)", TijdlijnTekst.maak(p.tijdlijn)),
                   ("patronen (terminal)", PatronenTekst.maak(p.bevindingen, tijdlijn: p.tijdlijn))]
        guard tekenen else { return uit }
        let renderer = TijdlijnRenderer(analyse.tijdlijn, annotaties: analyse.annotaties,
                                        bevindingen: analyse.bevindingen, opties: RenderOpties(pseudoniem: true))
        uit.append(("SVG", renderer.svg()))
        try renderer.schrijfPNG(naar: werkmap + "/t.png", dpi: 20)
        uit.append(("PNG-tekst", NaamZoeker.pngTekst(try Data(contentsOf: URL(fileURLWithPath: werkmap + "/t.png")))))
        if FileManager.default.isExecutableFile(atPath: pdftotextPad) {
            try renderer.schrijfPDF(naar: werkmap + "/t.pdf")
            uit.append(("PDF-tekst", try pdfTekst(werkmap + "/t.pdf")))
        }
        return uit
    }

    static func rapporten(_ mappen: [String]) throws -> [(String, String)] {
        let r = RodeDradenPijplijn.voerUit(mappen: mappen, opties: RodeDradenOpties(pseudoniem: true))
        let draden = try #require(r.rodeDraden, "\(r.meldingen.prefix(3).map(\.description))")
        return [("rapport.html", RodeDradenRapportage.html(draden)),
                ("rapport.md", RodeDradenRapportage.markdown(draden)),
                ("rode-draden.json", String(decoding: draden.json(), as: UTF8.self))]
    }

    @Test func geenEnkeleNaamInWelkeUitvoerDanOok() throws {
        let basis = try uitvoerMap("pseudoniem-eigenschap")
        try? FileManager.default.removeItem(atPath: basis)
        try FileManager.default.createDirectory(atPath: basis, withIntermediateDirectories: true)

        // What the outputs say anyway (labels, months, the filler text, pattern texts): a
        // generated name that is one of those words cannot be told from it, so it is not drawn.
        var t0 = Toeval(1)
        let nul = try Self.maakCasus(0, in: basis + "/nul", &t0, zonderNamen: true)
        var bekend = Set<String>()
        for (_, tekst) in try Self.uitvoer(nul.map, tekenen: true, werkmap: basis) + Self.rapporten([nul.map]) {
            bekend.formUnion(NaamZoeker.woorden(tekst))
        }
        for voorbeeld in ["hengelo-2024-02", "almelo-2023-07"] {
            let (a, _) = RodeDradenPijplijn.analyseer(casusMap: Self.wortel + "/examples/" + voorbeeld)
            if let p = a?.gepseudonimiseerd() {
                bekend.formUnion(NaamZoeker.woorden(PatronenTekst.maak(p.bevindingen, tijdlijn: p.tijdlijn)))
                bekend.formUnion(NaamZoeker.woorden(TijdlijnTekst.maak(p.tijdlijn)))
            }
        }
        func isBekend(_ naam: String) -> Bool {
            NaamZoeker.delen(naam).contains { deel in NaamZoeker.uitgangen.contains { bekend.contains(deel + $0) } }
                || NaamZoeker.delen(naam).isEmpty
        }

        var toeval = Toeval(20_261_129)
        var alle: [Gegenereerd] = []
        var lekken: [String] = []
        var namenGetest = 0, getekend = 0
        for n in 1...Self.aantalCasussen {
            var casus = try Self.maakCasus(n, in: basis, &toeval)
            // A name the output says anyway, or an ordinary word of it, is regenerated.
            var poging = 0
            while casus.namen.contains(where: isBekend) && poging < 20 {
                try FileManager.default.removeItem(atPath: casus.map)
                casus = try Self.maakCasus(n, in: basis, &toeval)
                poging += 1
            }
            let namen = casus.namen.filter { !isBekend($0) }
            namenGetest += namen.count
            alle.append(Gegenereerd(map: casus.map, namen: namen))
            let tekenen = n % Self.tekenElke == 0
            if tekenen { getekend += namen.count }
            for (soort, tekst) in try Self.uitvoer(casus.map, tekenen: tekenen, werkmap: basis) {
                let woorden = NaamZoeker.woorden(tekst)
                for naam in namen {
                    if let vorm = NaamZoeker.gevonden(naam, in: woorden) {
                        lekken.append("prop-\(n) \(soort): \(naam) staat er als '\(vorm)'")
                    }
                }
            }
        }
        // One rode-draden report over all casussen: every name of every casus.
        for (soort, tekst) in try Self.rapporten(alle.map(\.map)) {
            let woorden = NaamZoeker.woorden(tekst)
            for casus in alle {
                for naam in casus.namen {
                    if let vorm = NaamZoeker.gevonden(naam, in: woorden) {
                        lekken.append("\(casus.map) \(soort): \(naam) staat er als '\(vorm)'")
                    }
                }
            }
        }
        try lekken.joined(separator: "\n").write(toFile: basis + "/lekken.txt", atomically: true, encoding: .utf8)
        #expect(namenGetest >= 2_000, "te weinig namen getest: \(namenGetest)")
        #expect(getekend >= 200, "te weinig namen getekend: \(getekend)")
        #expect(lekken.isEmpty, "\(lekken.count) lekken, bijvoorbeeld:\n\(lekken.prefix(15).joined(separator: "\n"))")
    }

    /// The oracle is no oracle if it never finds anything: without pseudonymising, it does.
    @Test func zoekerVindtNamenInOnbewerkteUitvoer() throws {
        let basis = try uitvoerMap("pseudoniem-controle")
        var t = Toeval(7)
        let casus = try Self.maakCasus(1, in: basis, &t)
        let r = Analyseren.voerUit(casus: casus.map)
        let analyse = try #require(r.analyse)
        let woorden = NaamZoeker.woorden(String(decoding: analyse.tijdlijn.json(), as: UTF8.self))
        let gevonden = casus.namen.filter { NaamZoeker.gevonden($0, in: woorden) != nil }
        #expect(gevonden.count >= casus.namen.count - 1, "\(casus.namen) → \(gevonden)")
    }
}
