import Casus

/// Maps days to x, linear in calendar months, over whole years of the casus.
struct Tijdas: Sendable {
    let eersteJaar: Int
    let laatsteJaar: Int
    let x0: Double
    let perMaand: Double

    init(eersteJaar: Int, laatsteJaar: Int, x0: Double, perMaand: Double) {
        self.eersteJaar = eersteJaar
        self.laatsteJaar = max(eersteJaar, laatsteJaar)
        self.x0 = x0
        self.perMaand = perMaand
    }

    var maanden: Int { (laatsteJaar - eersteJaar + 1) * 12 }
    var breedte: Double { Double(maanden) * perMaand }
    var x1: Double { x0 + breedte }

    /// The left edge of a day.
    func x(_ dag: Dag) -> Double {
        let maand = Double((dag.jaar - eersteJaar) * 12 + dag.maand - 1)
        let deel = Double(dag.dag - 1) / Double(Dag.dagenInMaand(dag.jaar, dag.maand))
        return min(max(x0 + (maand + deel) * perMaand, x0), x1)
    }

    /// The right edge of a day.
    func xEinde(_ dag: Dag) -> Double { x(dag.plus(dagen: 1)) }

    /// The axis for a casus: whole years around every dated item, birth dates excluded
    /// (a child's birth year would stretch the wall without telling the story).
    static func voor(_ tijdlijn: Tijdlijn, x0: Double, perMaand: Double) -> Tijdas? {
        var dagen: [Dag] = []
        func neem(_ d: Datum?) { if let d { dagen += [d.van, d.tot] } }
        for g in tijdlijn.gebeurtenissen { neem(g.inhoud.datum) }
        for i in tijdlijn.interventies { neem(i.inhoud.start); neem(i.inhoud.einde) }
        for k in tijdlijn.kader { neem(k.inhoud.datum) }
        for r in tijdlijn.regie { neem(r.inhoud.vanaf); neem(r.inhoud.tot) }
        if let p = tijdlijn.periode { dagen += [p.van, p.tot] }
        guard let eerste = dagen.min(), let laatste = dagen.max() else { return nil }
        return Tijdas(eersteJaar: eerste.jaar, laatsteJaar: laatste.jaar, x0: x0,
                      perMaand: perMaand)
    }
}

/// Greedy interval packing into rows: each span goes into the first row where it fits.
/// Deterministic for a given input order.
struct RijenPakker {
    private(set) var rijEindes: [Double] = []
    let gat: Double

    init(gat: Double) { self.gat = gat }

    mutating func plaats(van: Double, tot: Double) -> Int {
        for (rij, einde) in rijEindes.enumerated() where einde + gat <= van {
            rijEindes[rij] = tot
            return rij
        }
        rijEindes.append(tot)
        return rijEindes.count - 1
    }

    var aantalRijen: Int { rijEindes.count }
}
