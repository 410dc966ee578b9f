/// Why a date that looks like a day or a month cannot exist ("februari 2021 heeft 28
/// dagen"), so a professional sees what to fix instead of a list of forms they followed.
extension DatumParser {
    /// The reason in Dutch, or nil when the text is no day or month form at all.
    public static func probleem(_ invoer: String) -> String? {
        let w = woorden(invoer).woorden
        var jaar: Int?, maand: Int?, dag: Int?
        if w.count == 1 {
            let stukken = w[0].split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
            guard stukken.count >= 2, stukken.count <= 3,
                  stukken.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else { return nil }
            let getallen = stukken.compactMap { Int($0) }
            let jaarEerst = stukken[0].count == 4
            if stukken.count == 3 {
                (jaar, maand, dag) = jaarEerst ? (getallen[0], getallen[1], getallen[2]) : (getallen[2], getallen[1], getallen[0])
            } else {
                (jaar, maand) = jaarEerst ? (getallen[0], getallen[1]) : (getallen[1], getallen[0])
            }
        } else if w.count == 2 || w.count == 3, let m = maandNummer(w[w.count - 2]), let j = Int(w[w.count - 1]) {
            (jaar, maand) = (j, m)
            if w.count == 3 {
                guard let d = Int(w[0]) else { return nil }
                dag = d
            }
        } else {
            return nil
        }
        guard let j = jaar, let m = maand else { return nil }
        if !(1...12).contains(m) { return "een maand \(m) bestaat niet (een jaar heeft 12 maanden)" }
        if !(1900...2100).contains(j) { return "het jaar \(j) ligt niet tussen 1900 en 2100" }
        if let d = dag, !Dag.isGeldig(j, m, d) {
            let aantal = Dag.dagenInMaand(j, m)
            return d < 1 ? "een dag \(d) bestaat niet" : "\(Maanden.naam(m)) \(j) heeft \(aantal) dagen"
        }
        return nil
    }
}
