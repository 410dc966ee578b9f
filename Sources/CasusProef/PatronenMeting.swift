import Casus

/// `casus-proef bench patronen`: how long detection takes on a made-up casus of a given size.
public struct PatronenMeting: Sendable {
    public var interventies: Int
    public var items: Int
    public var bevindingen: Int
    /// Milliseconds per run, sorted.
    public var tijden: [Double]
    /// Milliseconds of each rule in one run, with its number of findings, in spec order.
    public var perRegel: [(id: String, bevindingen: Int, ms: Double)]

    public static func meet(interventies: Int, keer: Int, zaad: UInt64) -> PatronenMeting {
        let tijdlijn = SynthetischeTijdlijn.maak(interventies: interventies, zaad: zaad)
        let klok = ContinuousClock()
        func ms(_ d: Duration) -> Double {
            Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        }
        var tijden: [Double] = []
        var bevindingen: [Bevinding] = []
        for _ in 0..<max(1, keer) {
            let begin = klok.now
            bevindingen = Patronen.detecteer(tijdlijn)
            tijden.append(ms(klok.now - begin))
        }
        let perRegel = Patronen.regels.map { regel in
            let begin = klok.now
            let aantal = regel.detecteer(tijdlijn, instellingen: .standaard).count
            return (type(of: regel).id, aantal, ms(klok.now - begin))
        }
        let items = tijdlijn.gezinsleden.count + tijdlijn.gebeurtenissen.count
            + tijdlijn.interventies.count + tijdlijn.kader.count + tijdlijn.regie.count
        return PatronenMeting(interventies: interventies, items: items, bevindingen: bevindingen.count,
                              tijden: tijden.sorted(), perRegel: perRegel)
    }

    /// Dutch, one fact per line, for BENCHMARKS.md.
    public var verslag: String {
        let snelste = tijden.first ?? 0, mediaan = tijden.isEmpty ? 0 : tijden[tijden.count / 2]
        return """
            interventies: \(interventies), items: \(items), bevindingen: \(bevindingen)
            patronen zoeken: snelste \(Self.ms(snelste)) ms, mediaan \(Self.ms(mediaan)) ms (\(tijden.count) keer)
            """ + perRegel.map { "\n  \($0.id): \(Leesbaar.aantal($0.bevindingen, "bevinding", "bevindingen")), \(Self.ms($0.ms)) ms" }.joined()
    }

    private static func ms(_ waarde: Double) -> String {
        let tiende = Int((waarde * 10).rounded())
        return "\(tiende / 10),\(tiende % 10)"
    }
}
