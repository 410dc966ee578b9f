import Foundation
import Testing
import CasusXLSX
@testable import Casus

/// `--organisaties-anoniem`: no organisation named in any format or session appears
/// in any output of `casus rode-draden` (HTML, Markdown, PDF text and metadata,
/// JSON, every CSV); each is replaced by its kind.
@Suite(.serialized) struct OrganisatiesAnoniemTests {
    static let voorbeelden = RodeDradenPDFTests.voorbeelden

    /// Straight from the formats as written: who sent them in, every provider, every regie holder.
    static func organisaties() -> [String] {
        var namen = Set<String>()
        for map in voorbeelden {
            let invoer = Intake.leesCasusMap(pad: map)
            for f in invoer.formats {
                namen.insert(f.ingediendDoor.organisatie)
                namen.formUnion(f.interventies.map(\.aanbieder))
                namen.formUnion(f.regie.map(\.organisatie))
            }
            namen.formUnion(invoer.sessie?.deelnemers.compactMap(\.organisatie) ?? [])
        }
        // Item ids are built from text: an organisation can sit in one as a slug.
        return (namen.sorted() + namen.map(Normalisatie.slug)).sorted()
    }

    /// Every output of one run, as text.
    static func uitvoer(_ extra: [String]) throws -> String {
        let map = TijdelijkeMap()
        var tekst = ""
        for rapport in ["r.html", "r.md", "r.pdf"] {
            let r = try WerkbankProces.voer(["rode-draden"] + voorbeelden + ["--rapport", map.bestand(rapport), "--json",
                                              "--csv", map.bestand("csv-" + rapport)] + extra)
            #expect(r.code == 0, "\(r.fout)")
            tekst += r.uit
        }
        tekst += try String(contentsOfFile: map.bestand("r.html"), encoding: .utf8)
        tekst += try String(contentsOfFile: map.bestand("r.md"), encoding: .utf8)
        tekst += try VerslagTests.pdfTekst(map.bestand("r.pdf")) + VerslagTests.pdfInfo(map.bestand("r.pdf"))
        let csvMap = map.bestand("csv-r.html")
        let bestanden = try FileManager.default.contentsOfDirectory(atPath: csvMap).sorted()
        #expect(bestanden.contains("tellingen.xlsx"))
        for naam in bestanden {
            let pad = (csvMap as NSString).appendingPathComponent(naam)
            if naam.hasSuffix(".xlsx") {
                // The workbook's cells and sheet names, as the codec reads them back.
                let (werkboek, _) = XLSXCodec().lees(try Data(contentsOf: URL(fileURLWithPath: pad)), pad: pad)
                let bladen = try #require(werkboek).bladen
                #expect(!bladen.isEmpty)
                tekst += bladen.map { ([$0.naam] + $0.rijen.flatMap(\.cellen).map(\.tekst)).joined(separator: "\n") }
                    .joined(separator: "\n")
            } else {
                tekst += try String(contentsOfFile: pad, encoding: .utf8)
            }
        }
        return tekst
    }

    @Test func geenOrganisatieInWelkeUitvoerDanOok() throws {
        let organisaties = Self.organisaties()
        #expect(organisaties.contains("Jeugdhulp Twentekanaal") && organisaties.count > 10)
        let tekst = try Self.uitvoer(["--organisaties-anoniem"])
        #expect(VerslagTests.gevonden(organisaties, in: tekst) == [])
        #expect(tekst.contains("bij jeugdhulpaanbieder") && tekst.contains("regie bij wijkcoach, wijkteam"))
        // The scan can fail: without the flag the organisations are there.
        let gewoon = try Self.uitvoer([])
        #expect(VerslagTests.gevonden(organisaties, in: gewoon).count > 3)
    }

    @Test(arguments: [
        ("Wijkteam Hengelo", nil, "wijkteam"), ("Sociaal Team Rijssen-Holten", nil, "wijkteam"),
        ("Jeugdbescherming Oost-Nederland", nil, "jeugdbescherming"), ("Basisschool De Linde", nil, "school"),
        ("GGD Twente, Jeugdgezondheidszorg", nil, "jeugdgezondheidszorg"),
        ("Advocatenpraktijk Het Hofplein", nil, "advocatenkantoor"), ("Mediationpraktijk De Brug", nil, "mediationpraktijk"),
        ("Raad voor de Kinderbescherming", nil, "raad voor de kinderbescherming"),
        ("Stichting Zonnebloem", "jeugdbeschermer", "jeugdbescherming"), ("Stichting Zonnebloem", nil, "organisatie"),
    ] as [(String, String?, String)])
    func soortUitDeNaam(naam: String, rol: String?, soort: String) {
        #expect(OrganisatieSoort.soort(naam, rol: rol) == soort)
    }

    @Test func eenPlaatsnaamBlijftStaan() {
        let p = Pseudonimisering(organisaties: [("Wijkteam Hengelo", "wijkteam"), ("Kinderpraktijk Het Kompas", "jeugdhulpaanbieder")])
        #expect(p.term("Het Wijkteam Hengelo belde; gemeente Hengelo betaalde.") == "Het wijkteam belde; gemeente Hengelo betaalde.")
        #expect(p.term("Daarna ging ze naar Het Kompas.") == "Daarna ging ze naar jeugdhulpaanbieder.")
    }
}
