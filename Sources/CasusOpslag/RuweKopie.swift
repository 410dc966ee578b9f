import Foundation
import Casus

/// `casus backup --ook-beschadigd` when SQLite cannot read the workbench at all:
/// the file (and its -wal journal) copied byte for byte, to rescue with other
/// tools. Never over an existing file; mode 0600; complete or absent.
public enum RuweKopie {
    public static func maak(van bron: String, naar doel: String) throws(WerkbankFout) {
        guard Bestandssoort.van(pad: bron) == .gewoon, let hoofd = FileManager.default.contents(atPath: bron) else {
            throw WerkbankFout.nietTeOpenen(pad: bron, detail: "het bestand is niet leesbaar")
        }
        var set = [BeschermdBestand.Uitvoer(pad: doel, data: hoofd)]
        if let journaal = FileManager.default.contents(atPath: bron + "-wal") {
            set.append(BeschermdBestand.Uitvoer(pad: doel + "-wal", data: journaal))
        }
        do {
            try BeschermdBestand.schrijfSet(set, regels: BeschermdBestand.Regels(nooitVervangen: true))
        } catch {
            let fout = error as? BeschermdBestand.Fout
            if fout?.reden.hasPrefix("bestaat al") == true { throw WerkbankFout.bestaatAl(pad: fout?.pad ?? doel) }
            throw WerkbankFout.nietTeOpenen(pad: fout?.pad ?? doel, detail: fout?.reden ?? "de kopie kon niet geschreven worden")
        }
    }
}
