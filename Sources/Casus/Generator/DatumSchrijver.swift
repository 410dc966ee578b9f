import Foundation

/// Writes a day the way professionals do — exact, by month, or approximately —
/// and reads it back with the intake's own parser, so the `Datum` in memory is
/// exactly what `casus controleer` will read from the file.
enum DatumSchrijver {
    enum Stijl: CaseIterable { case iso, nl, voluit, maand, maandIso, circaMaand }

    static func schrijf(_ dag: Dag, stijl: Stijl) -> Datum {
        let maand = Maanden.namen[dag.maand - 1]
        let tekst = switch stijl {
        case .iso: dag.description
        case .nl: String(format: "%02d-%02d-%04d", dag.dag, dag.maand, dag.jaar)
        case .voluit: "\(dag.dag) \(maand) \(dag.jaar)"
        case .maand: "\(maand) \(dag.jaar)"
        case .maandIso: String(format: "%04d-%02d", dag.jaar, dag.maand)
        case .circaMaand: "ca. \(maand) \(dag.jaar)"
        }
        return datum(tekst, anders: dag)
    }

    /// Parses `tekst`; `anders` (or 2000-01-01) only if the parser would refuse our own
    /// text, which the generator tests rule out.
    static func datum(_ tekst: String, anders: Dag = Dag(2000, 1, 1)) -> Datum {
        DatumParser.parse(tekst) ?? Datum(tekst: anders.description, van: anders, tot: anders, precisie: .dag)
    }
}
