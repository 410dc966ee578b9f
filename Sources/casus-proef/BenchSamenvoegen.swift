import ArgumentParser
import Casus
import Foundation
import CasusProef

struct BenchSamenvoegen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samenvoegen",
        abstract: "Voeg een verzonnen casus samen en meet tijd en nauwkeurigheid.",
        discussion: "De casus is vast bepaald door --zaad; meet het geheugen met /usr/bin/time -v.")

    @Option(help: "Aantal items over alle formats samen.")
    var entries = 1000

    @Option(help: "Aantal formats (bronnen).")
    var bronnen = 8

    @Option(help: "Startwaarde van de toevalsgenerator.")
    var zaad: UInt64 = 1

    func run() throws {
        guard entries >= 0, bronnen >= 1 else {
            throw ValidationError("--entries moet 0 of meer zijn en --bronnen minstens 1")
        }
        let klok = ContinuousClock()
        let begin = klok.now
        let casus = SynthetischeCasus.maak(entries: entries, bronnen: bronnen, seed: zaad)
        let gemaakt = klok.now
        let resultaat = Samenvoeger.voegSamen(casus.formats)
        let klaar = klok.now
        let t = resultaat.tijdlijn
        let items = t.gezinsleden.count + t.netwerk.count + t.gebeurtenissen.count
            + t.interventies.count + t.kader.count + t.regie.count
        let score = casus.score(t)
        print("entries: \(entries), bronnen: \(bronnen), zaad: \(zaad)")
        print("items na samenvoegen: \(items), conflicten: \(t.conflicten.count), "
              + "regiewisselingen: \(t.regiewisselingen.count)")
        print("tijd casus maken: \(ms(gemaakt - begin)) ms, samenvoegen: \(ms(klaar - gemaakt)) ms")
        print(String(format: "nauwkeurigheid (paren): precisie %.3f, volledigheid %.3f",
                     score.precisie, score.volledigheid))
    }

    private func ms(_ d: Duration) -> String {
        let c = d.components
        return String(format: "%.1f", Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15)
    }
}
