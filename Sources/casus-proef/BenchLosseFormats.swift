import ArgumentParser
import Casus
import CasusProef
import Foundation

struct BenchLosseFormats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "losse-formats",
        abstract: "Eén casus van heel veel formats met elk één losse gebeurtenis: inlezen, samenvoegen, tekst.",
        discussion: """
            Schrijft de formats naar --map (een nieuwe map) en meet inlezen, samenvoegen en de \
            tekst van `casus tijdlijn`. Daarna kan `/usr/bin/time -v casus tijdlijn MAP` hetzelfde \
            door het echte programma meten (geheugen: "Maximum resident set size").
            """)

    @Option(help: "Aantal formats.")
    var formats = 10_000

    @Option(help: "De nieuwe map voor de formats.")
    var map: String

    @Option(help: "Startwaarde van de toevalsgenerator.")
    var zaad: UInt64 = 1

    func run() throws {
        guard formats >= 1 else { throw ValidationError("--formats moet minstens 1 zijn") }
        try LosseFormats.schrijf(aantal: formats, map: map, zaad: zaad)
        let klok = ContinuousClock()
        let begin = klok.now
        let invoer = Intake.leesCasusMap(pad: map)
        let gelezen = klok.now
        let resultaat = Samenvoeger.voegSamen(invoer)
        let samengevoegd = klok.now
        let tekst = TijdlijnTekst.maak(resultaat.tijdlijn)
        let klaar = klok.now
        let t = resultaat.tijdlijn
        let grootste = t.gebeurtenissen.map(\.bronnen.count).max() ?? 0
        print("formats: \(formats), fouten: \(invoer.meldingen.fouten.count)")
        print("gebeurtenissen na samenvoegen: \(t.gebeurtenissen.count) (grootste: \(grootste) bronnen), "
              + "gezinsleden: \(t.gezinsleden.count), tekst: \(tekst.utf8.count) bytes")
        print("inlezen: \(ms(gelezen - begin)) ms, samenvoegen: \(ms(samengevoegd - gelezen)) ms, "
              + "tekst: \(ms(klaar - samengevoegd)) ms")
    }

    private func ms(_ d: Duration) -> String {
        let c = d.components
        return String(format: "%.0f", Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15)
    }
}
