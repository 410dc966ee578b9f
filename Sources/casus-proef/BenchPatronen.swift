import ArgumentParser
import Casus
import Foundation
import CasusProef

struct BenchPatronen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patronen",
        abstract: "Zoek patronen in een verzonnen casus en meet de tijd.",
        discussion: "De casus is vast bepaald door --zaad; meet het geheugen met /usr/bin/time -v.")

    @Option(help: "Aantal interventies (met evenveel gebeurtenissen, en kader en regie naar verhouding).")
    var interventies = 1000

    @Option(help: "Aantal herhalingen; de snelste en de mediaan worden getoond.")
    var keer = 5

    @Option(help: "Startwaarde van de toevalsgenerator.")
    var zaad: UInt64 = 1

    func run() throws {
        guard interventies >= 0, keer >= 1 else {
            throw ValidationError("--interventies moet 0 of meer zijn en --keer minstens 1")
        }
        let meting = PatronenMeting.meet(interventies: interventies, keer: keer, zaad: zaad)
        print(meting.verslag)
    }
}
