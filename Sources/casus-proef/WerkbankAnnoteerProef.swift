import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

/// Used by the concurrency test: one process placing many annotations, each
/// in its own transaction, checked like `casus annoteer` against the casus
/// merged once (merging again per annotation would only measure the merge).
struct WerkbankAnnoteerProef: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annoteer", abstract: "Plaats veel annotaties achter elkaar (voor de gelijktijdigheidstest).",
        shouldDisplay: false)

    @Argument var casus: String
    @Argument var item: String
    @Option var door: String
    @Option var keer = 500

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.open()
        let tijdlijn = try Werkbankfout.meld { try WerkbankSamenvoeging.tijdlijn(casus: casus, in: wb).0.tijdlijn }
        for n in 0..<keer {
            let annotatie = Annotatie(item: item, soort: n % 2 == 0 ? .smiley : .sadney, door: door,
                                      toelichting: "\(door) \(n)")
            _ = try Werkbankfout.meld { try SessieBewerking.annoteer(casus: casus, annotatie, tegen: tijdlijn, in: wb) }
        }
    }
}
