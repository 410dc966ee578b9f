import Foundation
import Testing

/// `casus rode-draden` and `casus genereer` as a user runs them: the built binary,
/// in a separate process.
@Suite("casus rode-draden en genereer (binary)")
struct RodeDradenCommandoTests {
    static var binary: String? {
        let naast = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("casus").path
        return [naast, Repo.pad(".build/debug/casus")].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func draai(_ argumenten: [String]) throws -> (code: Int32, uit: String, fout: String) {
        let proces = Process()
        proces.executableURL = URL(fileURLWithPath: try #require(binary, "bouw eerst: swift build"))
        proces.arguments = argumenten
        proces.currentDirectoryURL = URL(fileURLWithPath: Repo.wortel)
        // Never the user's own workbench: one that does not exist, unless a test passes --werkbank.
        var omgeving = ProcessInfo.processInfo.environment
        omgeving["CASUS_WERKBANK"] = tijdelijk("geen-werkbank.sqlite")
        proces.environment = omgeving
        let uit = Pipe(), fout = Pipe()
        proces.standardOutput = uit
        proces.standardError = fout
        try proces.run()
        let uitData = uit.fileHandleForReading.readDataToEndOfFile()
        let foutData = fout.fileHandleForReading.readDataToEndOfFile()
        proces.waitUntilExit()
        return (proces.terminationStatus, String(decoding: uitData, as: UTF8.self),
                String(decoding: foutData, as: UTF8.self))
    }

    static func tijdelijk(_ naam: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("rd-\(UUID().uuidString)-\(naam)").path
    }

    @Test func rapportOverDeVoorbeelden() throws {
        let rapport = Self.tijdelijk("rapport.html")
        defer { try? FileManager.default.removeItem(atPath: rapport) }
        let voorbeelden = ["examples/almelo-2023-07", "examples/hengelo-2024-02", "examples/README.md"]
        let (code, uit, fout) = try Self.draai(["rode-draden"] + voorbeelden + ["--rapport", rapport])
        #expect(code == 0, "\(fout)")
        #expect(uit.contains("Rode draden in 2 casussen: 6 smileys, 9 sadneys."))
        #expect(fout.contains("examples/README.md:1:1: waarschuwing: overgeslagen: geen casusmap"))
        let modus = try FileManager.default.attributesOfItem(atPath: rapport)[.posixPermissions] as? NSNumber
        #expect(modus?.intValue == 0o600)
        let html = try String(contentsOfFile: rapport, encoding: .utf8)
        #expect(XHTMLControle.lees(html).isGoedGevormd)
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test func jsonEnMarkdown() throws {
        let md = Self.tijdelijk("rapport.md")
        defer { try? FileManager.default.removeItem(atPath: md) }
        let (code, uit, fout) = try Self.draai(["rode-draden", "examples/hengelo-2024-02", "--json", "--rapport", md])
        #expect(code == 0, "\(fout)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(uit.utf8)) as? [String: Any])
        #expect(json["casussen"] as? [String] == ["hengelo-2024-02"])
        #expect(try String(contentsOfFile: md, encoding: .utf8).hasPrefix("# Rode draden in 1 casus"))
    }

    @Test func foutenGevenCode1() throws {
        // A missing path is wrong usage (exit 2), as in every command (issue 12).
        let (code, _, fout) = try Self.draai(["rode-draden", "bestaat/niet"])
        #expect(code == 2)
        #expect(fout.contains("bestaat/niet:1:1: fout: geen casusmap, en er is geen werkbank"))
        #expect(try Self.draai(["rode-draden"]).code == 2)
    }

    @Test func genereerIsHerhaalbaar() throws {
        let a = Self.tijdelijk("a"), b = Self.tijdelijk("b")
        defer { for m in [a, b] { try? FileManager.default.removeItem(atPath: m) } }
        #expect(try Self.draai(["genereer", "--aantal", "3", "--uit", a, "--zaad", "9"]).code == 0)
        #expect(try Self.draai(["genereer", "--aantal", "3", "--uit", b, "--zaad", "9"]).code == 0)
        let mappen = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
        #expect(mappen == (try FileManager.default.contentsOfDirectory(atPath: b).sorted()))
        #expect(mappen.count == 3)
        for map in mappen {
            for bestand in try FileManager.default.contentsOfDirectory(atPath: "\(a)/\(map)") {
                #expect(FileManager.default.contentsEqual(atPath: "\(a)/\(map)/\(bestand)",
                                                          andPath: "\(b)/\(map)/\(bestand)"))
            }
        }
        let controle = try Self.draai(["controleer", a + "/" + mappen[0]])
        #expect(controle.code == 0, "\(controle.fout)")
    }

    @Test func uitDeWerkbankGelijkAanUitMappen() throws {
        let wb = Self.tijdelijk("werkbank.sqlite")
        defer { for einde in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: wb + einde) } }
        let mappen = ["examples/almelo-2023-07", "examples/hengelo-2024-02"]
        #expect(try Self.draai(["werkbank", "init", "--werkbank", wb]).code == 0)
        #expect(try Self.draai(["importeer"] + mappen + ["--werkbank", wb, "--door", "test"]).code == 0)
        let uitMappen = try Self.draai(["rode-draden"] + mappen + ["--json"])
        let alle = try Self.draai(["rode-draden", "--alle", "--werkbank", wb, "--json"])
        let ids = try Self.draai(["rode-draden", "hengelo-2024-02", "almelo-2023-07", "--werkbank", wb, "--json"])
        #expect(alle.code == 0, "\(alle.fout)")
        #expect(!uitMappen.uit.isEmpty)
        #expect(alle.uit == uitMappen.uit)
        #expect(ids.uit == uitMappen.uit)
        // The first run stored each casus's share (issue 18); later runs read it, byte for byte
        // the same, for every option that changes the texts.
        for opties in [[], ["--met-namen"], ["--organisaties-anoniem"], ["--met-namen", "--organisaties-anoniem"]] {
            let vers = try Self.draai(["rode-draden"] + mappen + ["--json"] + opties)
            for _ in 0..<2 {
                let bewaard = try Self.draai(["rode-draden", "--alle", "--werkbank", wb, "--json"] + opties)
                #expect(bewaard.code == 0 && bewaard.uit == vers.uit, "\(opties): \(bewaard.fout)")
            }
        }
        let onbekend = try Self.draai(["rode-draden", "bestaat-niet-2020", "--werkbank", wb])
        #expect(onbekend.code == 1)
    }
}
