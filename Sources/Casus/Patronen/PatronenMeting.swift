/// `casus bench patronen`: how long detection takes on a made-up casus of a given size.
public struct PatronenMeting: Sendable {
    public var interventies: Int
    public var items: Int
    public var bevindingen: Int
    /// Milliseconds per run, sorted.
    public var tijden: [Double]

    public static func meet(interventies: Int, keer: Int, zaad: UInt64) -> PatronenMeting {
        let tijdlijn = SynthetischeTijdlijn.maak(interventies: interventies, zaad: zaad)
        let klok = ContinuousClock()
        var tijden: [Double] = []
        var bevindingen: [Bevinding] = []
        for _ in 0..<max(1, keer) {
            let begin = klok.now
            bevindingen = Patronen.detecteer(tijdlijn)
            let duur = (klok.now - begin).components
            tijden.append(Double(duur.seconds) * 1000 + Double(duur.attoseconds) / 1e15)
        }
        let items = tijdlijn.gezinsleden.count + tijdlijn.gebeurtenissen.count
            + tijdlijn.interventies.count + tijdlijn.kader.count + tijdlijn.regie.count
        return PatronenMeting(interventies: interventies, items: items, bevindingen: bevindingen.count,
                              tijden: tijden.sorted())
    }

    /// Dutch, one fact per line, for BENCHMARKS.md.
    public var verslag: String {
        let snelste = tijden.first ?? 0, mediaan = tijden.isEmpty ? 0 : tijden[tijden.count / 2]
        return """
            interventies: \(interventies), items: \(items), bevindingen: \(bevindingen)
            patronen zoeken: snelste \(Self.ms(snelste)) ms, mediaan \(Self.ms(mediaan)) ms (\(tijden.count) keer)
            """
    }

    private static func ms(_ waarde: Double) -> String {
        let tiende = Int((waarde * 10).rounded())
        return "\(tiende / 10),\(tiende % 10)"
    }
}
