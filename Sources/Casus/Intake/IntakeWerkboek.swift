import Foundation

extension Intake {
    /// A workbook already in memory (the workbench keeps what professionals sent).
    public static func leesFormat(werkboek: Data, pad: String) -> (TijdlijnFormat?, [Melding]) {
        let gelezen = leesWerkboek(werkboek, pad: pad, verwacht: .format)
        return (gelezen.format, gelezen.meldingen)
    }

    /// A workbook format: decoded by the registered codec, checked as its YAML twin,
    /// every melding at its sheet and cell.
    static func leesWerkboek(_ data: Data, pad: String, verwacht: Gelezen.Soort? = nil) -> Gelezen {
        guard let codec = Werkboeken.codec else {
            return Gelezen(pad: pad, soort: verwacht ?? .format, meldingen: [.fout(
                "dit programma kan geen werkboeken (.xlsx) lezen", pad: pad,
                hint: "lever het format aan als YAML (.yaml)")])
        }
        let (werkboek, meldingen) = codec.lees(data, pad: pad)
        guard let werkboek else { return Gelezen(pad: pad, soort: verwacht ?? .format, meldingen: meldingen) }
        let tweeling = WerkboekTweeling(werkboek, pad: pad)
        guard tweeling.isFormat || verwacht == .format else {
            return Gelezen(pad: pad, soort: .overig, meldingen: meldingen)
        }
        var gelezen = lees(tekst: tweeling.yaml, pad: pad, verwacht: .format)
        gelezen.tweeling = tweeling
        gelezen.meldingen = (meldingen + tweeling.meldingen + tweeling.plaats(gelezen.meldingen)).sorted()
        return gelezen
    }

    /// Meldingen found across files (references, casus ids) moved to their cells in workbooks.
    static func plaats(_ meldingen: [Melding], in gelezen: [Gelezen]) -> [Melding] {
        gelezen.compactMap(\.tweeling).reduce(meldingen) { $1.plaats($0) }
    }
}
