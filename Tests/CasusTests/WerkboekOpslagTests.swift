import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag

/// Migration 006-werkboeken on both engines: a workbook format is stored as the
/// bytes that came in (every byte value, NUL included), its sha256 over those bytes,
/// the same bytes again are no new version, and `werkbank kopieer` carries them
/// to PostgreSQL and back unchanged.
@Suite struct WerkboekOpslagTests {
    /// Not a real workbook: the store must not care what the bytes are.
    static let bytes = Data("PK\u{3}\u{4}".utf8) + Data((0...255).map { UInt8($0) }) + Data([0, 0, 0xFF])

    static func format(_ werkboek: Data) -> FormatTekst {
        FormatTekst(bestand: "school.xlsx", tekst: "", casus: "c1", rol: "leerkracht",
                    organisatie: "basisschool", werkboek: werkboek)
    }

    static func importeer(_ werkboek: Data, in wb: Werkbank) throws -> ImportVerslag {
        try wb.importeer([format(werkboek)], sessies: [], door: "test") { _, _, _ in nil }
    }

    @Test(arguments: Motor.alle) func werkboekBytesBlijvenZoalsAangeleverd(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let wb = try opslag.open()
        #expect(try Self.importeer(Self.bytes, in: wb).formats.map(\.uitkomst) == [.nieuweBron])

        let opgeslagen = try #require(try wb.laatsteVersies(casus: "c1").first)
        #expect(opgeslagen.werkboek == Self.bytes)
        #expect(opgeslagen.tekst == "")
        #expect(opgeslagen.sha256 == Vingerafdruk.hex(Self.bytes))

        #expect(try Self.importeer(Self.bytes, in: wb).formats.map(\.uitkomst) == [.ongewijzigd])
        var anders = Self.bytes
        anders[anders.count - 1] = 0xFE
        #expect(try Self.importeer(anders, in: wb).formats.map(\.uitkomst) == [.nieuweVersie])
        #expect(try wb.alleVersies(casus: "c1").map(\.werkboek) == [Self.bytes, anders])
    }

    @Test(arguments: Motor.alle) func eenYamlFormatHeeftGeenWerkboek(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let wb = try opslag.open()
        let invoer = ImportLezer.lees(paden: Repo.voorbeelden)
        _ = try WerkbankSamenvoeging.importeer(invoer, in: wb, door: "test")
        let versies = try wb.laatsteVersies(casus: "hengelo-2024-02")
        #expect(!versies.isEmpty)
        #expect(versies.allSatisfy { $0.werkboek == nil && !$0.tekst.isEmpty })
    }

    @Test(arguments: Motor.alleenPostgres) func kopieNaarPostgreSQLEnTerugHoudtDeBytes(motor: Motor) throws {
        let bronOpslag = try ProefOpslag(.sqlite)
        let bron = try bronOpslag.open()
        _ = try Self.importeer(Self.bytes, in: bron)
        let server = try ProefOpslag(.postgres)
        let kopie = try server.open()
        _ = try WerkbankKopie.kopieer(van: bron, naar: kopie)
        #expect(try kopie.laatsteVersies(casus: "c1").first?.werkboek == Self.bytes)
        let terugOpslag = try ProefOpslag(.sqlite, naam: "terug.sqlite")
        let terug = try terugOpslag.open()
        _ = try WerkbankKopie.kopieer(van: kopie, naar: terug)
        #expect(try terug.laatsteVersies(casus: "c1").first?.werkboek == Self.bytes)
        #expect(try WerkbankKopieTests.inhoud(terug)["format_versie"] == WerkbankKopieTests.inhoud(bron)["format_versie"])
    }
}
