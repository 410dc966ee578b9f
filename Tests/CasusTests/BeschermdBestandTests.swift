import Foundation
import Testing
@testable import Casus

/// Issue 12, never clobber, never follow: the one protected writer, rule by rule,
/// and the two reproductions through the real binary.
@Suite(.serialized) struct BeschermdBestandTests {
    static func map(_ naam: String) throws -> String {
        let pad = FileManager.default.temporaryDirectory.appendingPathComponent("beschermd-\(getpid())-\(naam)").path
        try? FileManager.default.removeItem(atPath: pad)
        try FileManager.default.createDirectory(atPath: pad, withIntermediateDirectories: true)
        return pad
    }

    static func modus(_ pad: String) -> Int {
        var info = stat()
        lstat(pad, &info)
        return Int(info.st_mode & 0o7777)
    }

    static func lees(_ pad: String) -> String? { try? String(contentsOfFile: pad, encoding: .utf8) }

    @Test func bestandenEnMappenAlleenVoorDeEigenaarOokBijUmaskNul() throws {
        let basis = try Self.map("umask")
        let oud = umask(0)
        defer { umask(oud) }
        try BeschermdBestand.maakMap(basis + "/a/b")
        try BeschermdBestand.schrijf("x", naar: basis + "/a/b/f.txt")
        #expect(Self.modus(basis + "/a") == 0o700)
        #expect(Self.modus(basis + "/a/b") == 0o700)
        #expect(Self.modus(basis + "/a/b/f.txt") == 0o600)
    }

    @Test func symbolischeKoppelingWordtGeweigerdEnNooitGevolgd() throws {
        let basis = try Self.map("koppeling")
        try "geheim".write(toFile: basis + "/buiten.txt", atomically: true, encoding: .utf8)
        chmod(basis + "/buiten.txt", 0o644)
        symlink(basis + "/buiten.txt", basis + "/tijdlijn.json")
        #expect(throws: BeschermdBestand.Fout.self) { try BeschermdBestand.schrijf("nieuw", naar: basis + "/tijdlijn.json") }
        #expect(Self.lees(basis + "/buiten.txt") == "geheim")
        // Even with --overschrijf the link is replaced, not written through.
        try BeschermdBestand.schrijf("nieuw", naar: basis + "/tijdlijn.json", regels: .init(overschrijf: true))
        #expect(Self.lees(basis + "/buiten.txt") == "geheim")
        #expect(Self.modus(basis + "/buiten.txt") == 0o644)
        #expect(Self.lees(basis + "/tijdlijn.json") == "nieuw")
    }

    @Test func vreemdBestandAlleenMetOverschrijf() throws {
        let basis = try Self.map("vreemd")
        try "van iemand".write(toFile: basis + "/r.html", atomically: true, encoding: .utf8)
        #expect(throws: BeschermdBestand.Fout.self) { try BeschermdBestand.schrijf("x", naar: basis + "/r.html") }
        #expect(Self.lees(basis + "/r.html") == "van iemand")
        try BeschermdBestand.schrijf("x", naar: basis + "/r.html", regels: .init(overschrijf: true))
        // Now it is Casus's: the next run may replace it without asking.
        try BeschermdBestand.schrijf("y", naar: basis + "/r.html")
        #expect(Self.lees(basis + "/r.html") == "y")
    }

    @Test func invoerWordtNooitOverschrevenOokAlsCasusHetSchreef() throws {
        let basis = try Self.map("invoer")
        try BeschermdBestand.schrijf("format", naar: basis + "/wijkcoach.yaml")
        let regels = BeschermdBestand.Regels(invoer: BeschermdBestand.bestanden(in: basis))
        let fout = #expect(throws: BeschermdBestand.Fout.self) {
            try BeschermdBestand.schrijf("svg", naar: basis + "/./wijkcoach.yaml", regels: regels)
        }
        #expect(fout?.description.contains("invoer") == true)
        #expect(Self.lees(basis + "/wijkcoach.yaml") == "format")
    }

    @Test func eenSetIsHeelOfAfwezig() throws {
        let basis = try Self.map("set")
        try BeschermdBestand.schrijf("oud", naar: basis + "/a.json")
        struct Mislukt: Error {}
        #expect(throws: BeschermdBestand.Fout.self) {
            try BeschermdBestand.schrijfSet([
                .init(pad: basis + "/a.json", data: Data("nieuw".utf8)),
                .init(pad: basis + "/b.png") { _ in throw Mislukt() },
            ], regels: .standaard)
        }
        #expect(Self.lees(basis + "/a.json") == "oud")
        #expect(!FileManager.default.fileExists(atPath: basis + "/b.png"))
        // No temporary files left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: basis) == ["a.json"])
    }

    @Test func nooitVervangenWeigertOokEigenBestanden() throws {
        let basis = try Self.map("nooit")
        try BeschermdBestand.schrijf("1", naar: basis + "/s.yaml")
        #expect(throws: BeschermdBestand.Fout.self) {
            try BeschermdBestand.schrijf("2", naar: basis + "/s.yaml", regels: .init(nooitVervangen: true))
        }
    }

    // MARK: the reproductions, through the binary

    static func casusMap(_ naam: String) throws -> String {
        let basis = try map(naam)
        let voorbeeld = Repo.pad("examples/hengelo-2024-02")
        for f in try FileManager.default.contentsOfDirectory(atPath: voorbeeld) {
            try FileManager.default.copyItem(atPath: voorbeeld + "/" + f, toPath: basis + "/" + f)
        }
        return basis
    }

    @Test func renderOverschrijftGeenFormat() throws {
        let casus = try Self.casusMap("render-format")
        let voor = Self.lees(casus + "/wijkcoach.yaml")
        let r = try WerkbankProces.voer(["render", casus, "--svg", casus + "/wijkcoach.yaml"])
        #expect(r.code == 1)
        #expect(r.fout.contains("wijkcoach.yaml: fout:"))
        #expect(Self.lees(casus + "/wijkcoach.yaml") == voor)
    }

    @Test func analyseerVolgtGeenGeplanteKoppeling() throws {
        let basis = try Self.map("analyseer-koppeling")
        try FileManager.default.createDirectory(atPath: basis + "/uit", withIntermediateDirectories: true)
        try "buiten".write(toFile: basis + "/buiten.txt", atomically: true, encoding: .utf8)
        chmod(basis + "/buiten.txt", 0o644)
        symlink(basis + "/buiten.txt", basis + "/uit/tijdlijn.json")
        let r = try WerkbankProces.voer(["analyseer", Repo.pad("examples/hengelo-2024-02"), "--uit", basis + "/uit"])
        #expect(r.code == 1)
        #expect(r.fout.contains("symbolische koppeling"))
        #expect(Self.lees(basis + "/buiten.txt") == "buiten")
        #expect(Self.modus(basis + "/buiten.txt") == 0o644)
        // The set is absent: not one of the five files was written.
        #expect(try FileManager.default.contentsOfDirectory(atPath: basis + "/uit") == ["tijdlijn.json"])
    }

    @Test func analyseerTweeKeerVervangtZijnEigenUitvoer() throws {
        let basis = try Self.map("analyseer-twee")
        for _ in 0..<2 {
            let r = try WerkbankProces.voer(["analyseer", Repo.pad("examples/hengelo-2024-02"), "--uit", basis + "/uit"])
            #expect(r.code == 0, "\(r.fout)")
        }
        #expect(Self.modus(basis + "/uit") == 0o700)
        #expect(Self.modus(basis + "/uit/tijdlijn.png") == 0o600)
    }
}
