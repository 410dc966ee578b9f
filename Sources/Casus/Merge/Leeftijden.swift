/// Every dated item (gebeurtenis, interventie, kader) gets the ages of the
/// children with a known birth date at that item's date: on the wall, the
/// children stay in view behind their parents' conflict.
extension Tijdlijn {
    mutating func vulLeeftijden() {
        let kinderen = gezinsleden.compactMap { item -> (String, Datum)? in
            guard item.inhoud.rol == .kind, let geboren = item.inhoud.geboren else { return nil }
            return (item.id, geboren)
        }
        func leeftijden(op datum: Datum) -> [Leeftijd] {
            kinderen.compactMap { id, geboren in
                Leeftijd.bereken(geboren: geboren, op: datum).map { Leeftijd(gezinslid: id, van: $0.van, tot: $0.tot) }
            }
        }
        for i in gebeurtenissen.indices { gebeurtenissen[i].leeftijden = leeftijden(op: gebeurtenissen[i].inhoud.datum) }
        for i in interventies.indices { interventies[i].leeftijden = leeftijden(op: interventies[i].inhoud.start) }
        for i in kader.indices { kader[i].leeftijden = leeftijden(op: kader[i].inhoud.datum) }
    }
}
