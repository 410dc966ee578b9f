/// `onvolledige-informatie`: long stretches where the casus says nothing, or help whose
/// outcome nobody knows.
public struct OnvolledigeInformatie: PatroonRegel {
    public static let id = "onvolledige-informatie"
    public static let titel = "Onvolledige informatie"
    public static let thema = Thema.processen
    public static let gatMaanden = Drempel(patroon: id, sleutel: "gat_maanden", standaard: 12,
        minimum: 1, uitleg: "meer dan zoveel maanden zonder enig item op de tijdlijn")
    public static var drempels: [Drempel] { [gatMaanden] }

    public init() {}

    /// Where an item sits on the timeline: from its first written date to its last.
    /// Help or regie without a written end only marks its start: how long it ran is
    /// exactly what is not known. Birth dates are not events of the casus and are left out.
    struct Plek {
        var id: String
        var begin: Datum
        var eind: Datum
    }

    public func detecteer(_ tijdlijn: Tijdlijn, instellingen: PatroonInstellingen) -> [Bevinding] {
        let plekken = (tijdlijn.gebeurtenissen.map { Plek(id: $0.id, begin: $0.inhoud.datum, eind: $0.inhoud.datum) }
            + tijdlijn.interventies.map { Plek(id: $0.id, begin: $0.inhoud.start, eind: $0.inhoud.einde ?? $0.inhoud.start) }
            + tijdlijn.kader.map { Plek(id: $0.id, begin: $0.inhoud.datum, eind: $0.inhoud.datum) }
            + tijdlijn.regie.map { Plek(id: $0.id, begin: $0.inhoud.vanaf, eind: $0.inhoud.tot ?? $0.inhoud.vanaf) })
            .sorted { ($0.begin.van, $0.eind.tot, $0.id) < ($1.begin.van, $1.eind.tot, $1.id) }
        // Spec: fewer than two dated items never fire this pattern.
        guard plekken.count >= 2 else { return [] }
        var bevindingen: [Bevinding] = []
        if let gaten = gaten(plekken, maanden: instellingen[Self.gatMaanden]) { bevindingen.append(gaten) }
        if let afloop = onbekendeAfloop(tijdlijn) { bevindingen.append(afloop) }
        return bevindingen
    }

    /// One finding for all stretches of more than `maanden` months without any item.
    private func gaten(_ plekken: [Plek], maanden: Int) -> Bevinding? {
        var delen: [String] = []
        var bewijs: [String] = []
        guard var dekkend = plekken.first else { return nil }
        for plek in plekken.dropFirst() {
            if plek.begin.van > dekkend.eind.tot.plus(maanden: maanden) {
                let volle = volleMaanden(van: dekkend.eind.tot, tot: plek.begin.van)
                delen.append("tussen \(Leesbaar.datum(dekkend.eind)) en \(Leesbaar.datum(plek.begin)) "
                             + "(\(volle) maanden)")
                for id in [dekkend.id, plek.id] where !bewijs.contains(id) { bewijs.append(id) }
            }
            if plek.eind.tot >= dekkend.eind.tot { dekkend = plek }
        }
        guard !delen.isEmpty else { return nil }
        let zin = "Meer dan \(maanden) maanden staat niets op de tijdlijn: " + delen.joined(separator: "; ")
            + "; wat er toen gebeurde is niet bekend."
        return bevinding(zin, bewijs: bewijs)
    }

    /// Spec: more than half of the interventies have afloop onbekend or none.
    private func onbekendeAfloop(_ tijdlijn: Tijdlijn) -> Bevinding? {
        let alle = chronologisch(tijdlijn.interventies) { $0.start }
        let onbekend = alle.filter { $0.inhoud.afloop == nil || $0.inhoud.afloop == .onbekend }
        guard onbekend.count * 2 > alle.count else { return nil }
        let zin = "Van \(onbekend.count) van de \(Leesbaar.aantal(alle.count, "interventie", "interventies")) "
            + "is de afloop onbekend (\(Leesbaar.opsomming(onbekend.map { Leesbaar.interventie($0.inhoud) })))."
        return bevinding(zin, bewijs: onbekend.map(\.id))
    }

    private func volleMaanden(van: Dag, tot: Dag) -> Int {
        var m = 0
        while van.plus(maanden: m + 1) <= tot { m += 1 }
        return m
    }
}
