import Foundation
import Casus
import CasusOpslag

/// `casus-proef bench werkbank`: import throughput for many formats and annotation
/// throughput, with wall time and peak memory, for BENCHMARKS.md.
public enum WerkbankMeting {
    public struct Uitkomst: Sendable {
        public var regels: [String] = []
    }

    /// `werkbank`: an empty workbench to measure on (a PostgreSQL one); else a new file in `map`.
    public static func meet(map: String, formats: Int, annotaties: Int, werkbank: String? = nil) throws -> Uitkomst {
        var uit = Uitkomst()
        let wbPad = werkbank ?? (map as NSString).appendingPathComponent("bench.sqlite")
        let casusMap = (map as NSString).appendingPathComponent("bench-groot")
        try SynthetischeFormats.schrijf(casus: "bench-groot", aantal: formats, naar: casusMap)
        let wb = try Werkbanken.open(wbPad, maakAan: true)
        guard try wb.casussen().isEmpty else { throw WerkbankFout.nietLeeg(pad: wb.plek) }

        var invoer = ImportInvoer()
        let lezen = try tijd { invoer = ImportLezer.lees(paden: [casusMap]) }
        guard !invoer.meldingen.heeftFouten else {
            throw WerkbankFout.ongeldig("de synthetische formats hebben fouten: \(invoer.meldingen.fouten.first?.description ?? "")")
        }
        let opslaan = try tijd { _ = try WerkbankSamenvoeging.importeer(invoer, in: wb, door: "bench") }
        let opnieuw = try tijd { _ = try WerkbankSamenvoeging.importeer(invoer, in: wb, door: "bench") }
        uit.regels.append("import van \(formats) formats: lezen+controleren \(ms(lezen)), opslaan (1 transactie) \(ms(opslaan)), samen \(ms(lezen + opslaan)) = \(Int(Double(formats) / (lezen + opslaan))) formats/s")
        uit.regels.append("dezelfde \(formats) formats opnieuw (ongewijzigd, niets opgeslagen): \(ms(opnieuw))")

        // Annotations on a casus of realistic size (8 formats), through the same path as `casus annoteer`.
        let kleinMap = (map as NSString).appendingPathComponent("bench-klein")
        try SynthetischeFormats.schrijf(casus: "bench-klein", aantal: 8, naar: kleinMap)
        _ = try WerkbankSamenvoeging.importeer(ImportLezer.lees(paden: [kleinMap]), in: wb, door: "bench")
        let item = try WerkbankAnalyse.haal(casus: "bench-klein", in: wb).tijdlijn.ankers.first?.id ?? ""
        let metControle = try tijd {
            for n in 0..<annotaties {
                _ = try SessieBewerking.annoteer(
                    casus: "bench-klein", Annotatie(item: item, soort: .smiley, door: "bench \(n)"), in: wb)
            }
        }
        let alleenOpslag = try tijd {
            for n in 0..<annotaties {
                try wb.annoteer(casus: "bench-klein", Annotatie(item: item, soort: .sadney, door: "bench \(n)"), anker: nil)
            }
        }
        uit.regels.append("\(annotaties) annotaties met controle van het item (tegen de bewaarde analyse van 8 formats, issue 18): \(ms(metControle)) = \(Int(Double(annotaties) / metControle))/s")
        uit.regels.append("\(annotaties) annotaties alleen opslaan (elk een eigen transactie): \(ms(alleenOpslag)) = \(Int(Double(annotaties) / alleenOpslag))/s")
        let toon = try tijd { _ = try WerkbankWeergave.maak(casus: "bench-klein", in: wb) }
        uit.regels.append("casus toon (8 formats, \(2 * annotaties) annotaties): \(ms(toon))")
        if werkbank == nil {
            let grootte = (try? FileManager.default.attributesOfItem(atPath: wbPad)[.size] as? Int) ?? 0
            uit.regels.append("werkbank: \(grootte / 1024) KB (zonder WAL)")
        }
        uit.regels.append("werkbank \(wb.plek); piekgeheugen proces: \(piekgeheugenMB()) MB")
        return uit
    }

    static func tijd(_ werk: () throws -> Void) throws -> Double {
        let begin = DispatchTime.now().uptimeNanoseconds
        try werk()
        return Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
    }

    static func ms(_ s: Double) -> String { String(format: "%.0f ms", s * 1000) }

    /// Peak resident memory (Linux reports ru_maxrss in KB).
    static func piekgeheugenMB() -> Int {
        var gebruik = rusage()
        getrusage(RUSAGE_SELF.rawValue, &gebruik)
        return gebruik.ru_maxrss / 1024
    }
}
