import ArgumentParser
import Casus
import Opdrachtregel

struct Lijst: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Toon de casussen in de werkbank.")

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.openLezen()
        let casussen = try Werkbankfout.meld { try wb.casussen() }
        if casussen.isEmpty {
            print("De werkbank is nog leeg. Importeer een casus met `casus importeer MAP`.")
            return
        }
        for c in casussen {
            let wanneer = c.laatsteWijziging.map { ", laatst gewijzigd \($0)" } ?? ""
            print("\(c.casus): \(c.bronnen) bronnen (\(c.versies) versies), \(c.annotaties) annotaties, \(c.correcties) correcties\(wanneer)")
        }
    }
}
