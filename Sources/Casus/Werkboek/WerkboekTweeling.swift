/// A workbook read as its YAML twin: each filled-in cell becomes one line of a
/// tijdlijn-format, and each line remembers its cell. The format reader then checks
/// the twin with exactly the messages and hints YAML gets, and every melding is
/// moved back to its sheet and cell.
public struct WerkboekTweeling: Sendable {
    public struct Plaats: Sendable, Hashable {
        public var blad: String
        public var rij: Int
        public var kolom: Int
    }

    public private(set) var yaml = ""
    /// The cell of each line of `yaml` (index = line - 1).
    public private(set) var plaatsen: [Plaats?] = []
    /// Problems only a sheet can have (unknown columns, Excel errors, a second format row).
    public private(set) var meldingen: [Melding] = []
    /// False when no sheet is a part of the format: the workbook is something else.
    public private(set) var isFormat = false
    let pad: String

    public init(_ werkboek: Werkboek, pad: String) {
        self.pad = pad
        regel("# werkboek", Plaats(blad: "Format", rij: 1, kolom: 1))
        for deel in FormatIndeling.delen {
            guard let blad = werkboek.bladen.first(where: { FormatIndeling.deel(blad: $0.naam)?.blad == deel.blad })
            else {
                if deel.lijst == nil { formatRij(nil, kolommen: standaardKolommen(deel), blad: deel.blad, rij: 3) }
                continue
            }
            isFormat = true
            lees(blad, deel: deel)
        }
        for blad in werkboek.bladen where FormatIndeling.deel(blad: blad.naam) == nil
            && blad.naam.lowercased() != "uitleg" {
            meldingen.append(Melding.waarschuwing("blad \(blad.naam) wordt niet gelezen: geen onderdeel van het format",
                pad: pad, hint: "gebruik de tabbladen van het sjabloon: "
                    + FormatIndeling.delen.map(\.blad).joined(separator: ", "))
                .opCel(blad: blad.naam, cel: "A1", rij: 1, kolom: 1))
        }
    }

    /// The same meldingen at their cells; those already placed or from elsewhere stay.
    public func plaats(_ lijst: [Melding]) -> [Melding] {
        lijst.map { m in
            guard m.blad == nil, m.pad == pad, m.regel - 1 < plaatsen.count, let p = plaatsen[m.regel - 1]
            else { return m }
            return m.opCel(blad: p.blad, cel: Werkboek.celNaam(kolom: p.kolom, rij: p.rij), rij: p.rij, kolom: p.kolom)
        }
    }

    private mutating func regel(_ tekst: String, _ plaats: Plaats?) {
        yaml += tekst + "\n"
        plaatsen.append(plaats)
    }

    private func standaardKolommen(_ deel: FormatIndeling.Deel) -> [(Int, String)] {
        deel.kolommen.enumerated().map { ($0.offset + 1, $0.element.sleutel) }
    }

    private mutating func lees(_ blad: Werkboek.Blad, deel: FormatIndeling.Deel) {
        guard let kop = blad.rijen.first(where: { !isLeeg($0) }) else {
            if deel.lijst == nil { formatRij(nil, kolommen: standaardKolommen(deel), blad: blad.naam, rij: 3) }
            return
        }
        let kolommen = kopKolommen(kop, deel: deel, blad: blad.naam)
        let data = blad.rijen.filter { $0.nummer > kop.nummer && !isLeeg($0) && !isVoorbeeld($0, kolommen, deel) }
        for rij in data { excelFouten(rij, blad: blad.naam) }
        if deel.lijst == nil {
            let voorbeeld = blad.rijen.contains { $0.nummer > kop.nummer && isVoorbeeld($0, kolommen, deel) }
            formatRij(data.first, kolommen: kolommen, blad: blad.naam, rij: kop.nummer + (voorbeeld ? 2 : 1))
            for extra in data.dropFirst() {
                meldingen.append(Melding.fout("op blad \(blad.naam) hoort één ingevulde rij (over jou en de casus), maar rij \(extra.nummer) is er nog één",
                    pad: pad, hint: "zet alles in één rij, of maak de overige rijen leeg")
                    .opCel(blad: blad.naam, cel: Werkboek.celNaam(kolom: extra.cellen.first?.kolom ?? 1, rij: extra.nummer),
                           rij: extra.nummer, kolom: extra.cellen.first?.kolom ?? 1))
            }
            return
        }
        guard let lijst = deel.lijst, !data.isEmpty else { return }
        regel("\(lijst):", Plaats(blad: blad.naam, rij: kop.nummer, kolom: 1))
        for rij in data {
            for (n, (kolom, sleutel)) in kolommen.enumerated() {
                let waarde = rij.cel(kolom).map { $0.fout == nil ? $0.tekst : "" } ?? ""
                regel((n == 0 ? "  - " : "    ") + "\(sleutel): " + YamlAanhaling.aangehaald(waarde),
                      Plaats(blad: blad.naam, rij: rij.nummer, kolom: kolom))
            }
        }
    }

    /// The format sheet's one row: `format`, `casus` and `ingediend_door`. Missing cells are
    /// written empty at the cell where they belong, so "casus is leeg" points there.
    private mutating func formatRij(_ rij: Werkboek.Rij?, kolommen: [(Int, String)], blad: String, rij standaard: Int) {
        let nummer = rij?.nummer ?? standaard
        func waarde(_ sleutel: String) -> (String, Plaats) {
            let kolom = kolommen.first { $0.1 == sleutel }?.0
                ?? (FormatIndeling.delen[0].kolommen.firstIndex { $0.sleutel == sleutel } ?? 0) + 1
            let cel = rij?.cel(kolom)
            return (cel.map { $0.fout == nil ? $0.tekst : "" } ?? "", Plaats(blad: blad, rij: nummer, kolom: kolom))
        }
        // In a workbook the sheets say what it is: an empty `format` cell means version 1.
        let (versie, versiePlaats) = waarde("format")
        let leeg = versie.trimmingCharacters(in: .whitespaces).isEmpty
        regel("format: " + YamlAanhaling.aangehaald(leeg ? TijdlijnFormat.versie : versie), versiePlaats)
        let (casus, casusPlaats) = waarde("casus")
        regel("casus: " + YamlAanhaling.aangehaald(casus), casusPlaats)
        regel("ingediend_door:", waarde("rol").1)
        for sleutel in FormatIndeling.indienerSleutels where kolommen.contains(where: { $0.1 == sleutel })
            || ["rol", "organisatie"].contains(sleutel) {
            let (tekst, plaats) = waarde(sleutel)
            regel("  \(sleutel): " + YamlAanhaling.aangehaald(tekst), plaats)
        }
    }

    /// Header cells as keys; an unknown one is a fout at its cell (with a suggestion) and is not read.
    private mutating func kopKolommen(_ kop: Werkboek.Rij, deel: FormatIndeling.Deel, blad: String) -> [(Int, String)] {
        let bekend = deel.kolommen.map(\.sleutel)
        var kolommen: [(Int, String)] = []
        for cel in kop.cellen {
            let sleutel = cel.tekst.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if sleutel.isEmpty { continue }
            let plaats = Werkboek.celNaam(kolom: cel.kolom, rij: kop.nummer)
            if bekend.contains(sleutel), !kolommen.contains(where: { $0.1 == sleutel }) {
                kolommen.append((cel.kolom, sleutel))
                continue
            }
            var bericht = kolommen.contains(where: { $0.1 == sleutel })
                ? "kolom '\(sleutel)' staat twee keer op blad \(blad)"
                : "onbekende kolom '\(cel.tekst)' op blad \(blad)"
            if !bekend.contains(sleutel), let suggestie = Suggestie.dichtstbij(sleutel, uit: bekend) {
                bericht += "; bedoelde je \(suggestie)?"
            }
            meldingen.append(Melding.fout(bericht, pad: pad, hint: "toegestaan: \(bekend.joined(separator: ", "))")
                .opCel(blad: blad, cel: plaats, rij: kop.nummer, kolom: cel.kolom))
        }
        return kolommen
    }

    private mutating func excelFouten(_ rij: Werkboek.Rij, blad: String) {
        for cel in rij.cellen {
            guard let fout = cel.fout else { continue }
            meldingen.append(Melding.fout("deze cel bevat een fout van Excel (\(fout))", pad: pad,
                                          hint: "vervang de formule door de waarde zelf")
                .opCel(blad: blad, cel: Werkboek.celNaam(kolom: cel.kolom, rij: rij.nummer), rij: rij.nummer, kolom: cel.kolom))
        }
    }

    private func isLeeg(_ rij: Werkboek.Rij) -> Bool {
        rij.cellen.allSatisfy { $0.fout == nil && $0.tekst.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// The template's example row, unchanged: skipped. Changed in any cell, it is the user's data.
    private func isVoorbeeld(_ rij: Werkboek.Rij, _ kolommen: [(Int, String)], _ deel: FormatIndeling.Deel) -> Bool {
        let gevuld = rij.cellen.filter { !$0.tekst.trimmingCharacters(in: .whitespaces).isEmpty }
        guard !gevuld.isEmpty else { return false }
        return gevuld.allSatisfy { cel in
            guard let sleutel = kolommen.first(where: { $0.0 == cel.kolom })?.1,
                  let index = deel.kolommen.firstIndex(where: { $0.sleutel == sleutel }) else { return false }
            return deel.voorbeeld[index] == cel.tekst.trimmingCharacters(in: .whitespaces)
        } && gevuld.count == deel.voorbeeld.filter { !$0.isEmpty }.count
    }
}
