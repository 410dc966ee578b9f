import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag

/// `casus werkbank kopieer`: SQLite → PostgreSQL → SQLite loses nothing;
/// every table's content is compared, row by row, column by column.
@Suite struct WerkbankKopieTests {
    /// A workbench with the bundled examples and a session's worth of work,
    /// including a removed annotation and a removed correction (gaps in the numbers).
    static func gevuld(_ opslag: ProefOpslag) throws -> Werkbank {
        let wb = try opslag.open()
        let invoer = ImportLezer.lees(paden: Repo.voorbeelden)
        #expect(!invoer.meldingen.heeftFouten)
        _ = try WerkbankSamenvoeging.importeer(invoer, in: wb, door: "fien")
        let casus = "hengelo-2024-02"
        let item = try #require(try WerkbankSamenvoeging.tijdlijn(casus: casus, in: wb).0.tijdlijn.ankers.first?.id)
        try wb.annoteer(casus: casus, Annotatie(item: item, soort: .smiley, door: "Anna", thema: .kinderen,
                                                toelichting: "‘t werkte — écht"), anker: nil)
        // The newest is removed: its number must not come back in a copy.
        let weg = try wb.annoteer(casus: casus, Annotatie(item: item, soort: .sadney, door: "Bert"), anker: nil)
        try wb.verwijderAnnotatie(casus: casus, nummer: weg, door: "Bert")
        let k = try wb.koppel(casus: casus, Koppeling(items: ["a", "b"], toelichting: nil), door: "fien")
        try wb.verwijderCorrectie(casus: casus, nummer: k, door: "fien")
        try wb.legAfspraakVast(casus: casus, "de school erbij", door: "fien")
        return wb
    }

    /// Every table, every row (sorted), every column by name.
    static func inhoud(_ wb: Werkbank) throws -> [String: [[String: SQLWaarde]]] {
        try wb.lees { db in
            var uit: [String: [[String: SQLWaarde]]] = [:]
            for tabel in WerkbankKopie.tabellen {
                let rijen = try WerkbankKopie.alles(uit: tabel, db).map { rij in
                    Dictionary(uniqueKeysWithValues: zip(rij.kolommen, rij.waarden))
                }
                uit[tabel] = rijen.sorted { "\($0.sorted { $0.key < $1.key })" < "\($1.sorted { $0.key < $1.key })" }
            }
            return uit
        }
    }

    @Test(arguments: Motor.alleenPostgres) func heenEnTerugGaatNietsVerloren(motor: Motor) throws {
        let bron = try ProefOpslag(.sqlite)
        let origineel = try Self.gevuld(bron)
        let verwacht = try Self.inhoud(origineel)
        #expect(verwacht["logboek"]?.count ?? 0 > 10)
        #expect(verwacht["sessie_gegevens"]?.count == 1)

        let server = try ProefOpslag(.postgres)
        let kopie = try server.open()
        let aantallen = try WerkbankKopie.kopieer(van: origineel, naar: kopie)
        #expect(aantallen.map(\.rijen) == WerkbankKopie.tabellen.map { verwacht[$0]?.count ?? -1 })
        #expect(try Self.inhoud(kopie) == verwacht)

        let terug = try ProefOpslag(.sqlite, naam: "terug.sqlite")
        let terugKopie = try terug.open()
        _ = try WerkbankKopie.kopieer(van: kopie, naar: terugKopie)
        #expect(try Self.inhoud(terugKopie) == verwacht)
        #expect(try terugKopie.integriteit() == ["ok"])

        // Numbers continue exactly as in the original, never reusing a removed one.
        let nieuw = Annotatie(item: "x", soort: .smiley, door: "Cor")
        let volgende = try [kopie, terugKopie, origineel].map { try $0.annoteer(casus: "hengelo-2024-02", nieuw, anker: nil) }
        #expect(Set(volgende).count == 1, "\(volgende)")
        let correcties = try [kopie, terugKopie, origineel].map {
            try $0.koppel(casus: "hengelo-2024-02", Koppeling(items: ["p", "q"]), door: "Cor")
        }
        #expect(Set(correcties).count == 1, "\(correcties)")
    }

    @Test(arguments: Motor.alle) func kopierenNaarEenGevuldeWerkbankWordtGeweigerd(motor: Motor) throws {
        let bronOpslag = try ProefOpslag(.sqlite)
        let bron = try StoreVoorbeeld.werkbank(in: bronOpslag)
        let doelOpslag = try ProefOpslag(motor)
        let doel = try StoreVoorbeeld.werkbank(in: doelOpslag, casus: "al-hier")
        let voor = try Self.inhoud(doel)
        #expect(throws: WerkbankFout.nietLeeg(pad: doel.pad)) { try WerkbankKopie.kopieer(van: bron, naar: doel) }
        #expect(try Self.inhoud(doel) == voor)
    }

    @Test(arguments: Motor.alleenPostgres) func hetProgrammaKopieertNaarPostgreSQLEnTerug(motor: Motor) throws {
        let map = TijdelijkeMap()
        let server = try ProefOpslag(.postgres)
        let sqlite = map.bestand("wb.sqlite"), terug = map.bestand("terug.sqlite")
        #expect(try WerkbankProces.voer(["importeer"] + Repo.voorbeelden + ["--werkbank", sqlite]).code == 0)
        let heen = try WerkbankProces.voer(["werkbank", "kopieer", sqlite, server.adres])
        #expect(heen.code == 0, "\(heen.fout)")
        #expect(heen.uit.contains("Werkbank gekopieerd naar postgres://"))
        #expect(!heen.uit.contains(try #require(URLComponents(string: server.adres)?.password)))
        #expect(try WerkbankProces.voer(["werkbank", "kopieer", server.adres, terug]).code == 0)
        let lijst = try WerkbankProces.voer(["lijst", "--werkbank", server.adres])
        #expect(lijst.uit == (try WerkbankProces.voer(["lijst", "--werkbank", terug])).uit)
        #expect(lijst.uit.contains("hengelo-2024-02"))
        let rechten = try FileManager.default.attributesOfItem(atPath: terug)[.posixPermissions] as? Int
        #expect(rechten == 0o600)
        let nogmaals = try WerkbankProces.voer(["werkbank", "kopieer", sqlite, server.adres])
        #expect(nogmaals.code == 1)
        #expect(nogmaals.fout.contains("deze werkbank is niet leeg"))
    }
}
