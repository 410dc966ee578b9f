/// The session as screens and reports show it: every `door` resolved to who
/// it is, and, when pseudonymised, no `naam` and no facilitator anywhere.
/// In a pseudonymised view a participant is their role, numbered where two
/// share one ("wijkcoach 1", "wijkcoach 2"); a name in any free text becomes
/// that role too (sessie.md, Rules).
extension Sessie {
    public func weergave(tijdlijn: Tijdlijn, pseudoniem: Bool) -> Sessie {
        let labels = Self.labels(deelnemers, pseudoniem: pseudoniem)
        let extra = pseudoniem ? namenMetRol : []
        let p = Pseudonimisering(tijdlijn, extra: extra)
        let tekst: (String?) -> String? = { pseudoniem ? $0.map(p.term) : $0 }
        let door: (String) -> String = { waarde in
            let schoon = waarde.trimmingCharacters(in: .whitespaces)
            if let i = deelnemers.firstIndex(where: { $0.id == schoon }) { return labels[i] }
            guard pseudoniem else { return waarde }
            if let i = deelnemers.firstIndex(where: { $0.naam?.lowercased() == schoon.lowercased() }) { return labels[i] }
            return p.term(waarde)
        }
        var s = self
        if pseudoniem { s.facilitator = nil }
        s.deelnemers = zip(deelnemers, labels).map { d, label in
            var d = d
            d.rol = label
            if pseudoniem { d.naam = nil; d.organisatie = d.organisatie.map(p.term) }
            d.checkIn = tekst(d.checkIn)
            return d
        }
        s.gezinsleden = gezinsleden.map { a in
            var a = a
            a.door = a.door.map(door)
            a.eigenheid = tekst(a.eigenheid); a.blijVan = tekst(a.blijVan); a.mechanisme = tekst(a.mechanisme)
            return a
        }
        s.annotaties = annotaties.map { a in
            var a = a
            a.door = door(a.door); a.toelichting = tekst(a.toelichting)
            return a
        }
        s.kies = kies.map { k in var k = k; k.tekst = tekst(k.tekst); return k }
        s.visie = visie.map { v in
            var v = v
            v.toelichting = tekst(v.toelichting); v.hadKunnen = tekst(v.hadKunnen)
            return v
        }
        s.afspraken = afspraken.map { a in
            var a = a
            a.wat = tekst(a.wat) ?? a.wat; a.wie = a.wie.map(door)
            return a
        }
        s.evaluatie = evaluatie.map { Evaluatie(door: door($0.door), tekst: tekst($0.tekst) ?? $0.tekst) }
        s.koppel = koppel.map { k in var k = k; k.toelichting = tekst(k.toelichting); return k }
        s.ontkoppel = ontkoppel.map { o in var o = o; o.toelichting = tekst(o.toelichting); return o }
        return s
    }

    /// The session's names (participants, facilitator) with the role that replaces them.
    public var namenMetRol: [(naam: String, rol: String)] {
        var uit: [(naam: String, rol: String)] = []
        for (d, label) in zip(deelnemers, Self.labels(deelnemers, pseudoniem: true)) {
            if let naam = d.naam { uit.append((naam, label)) }
        }
        if let facilitator { uit.append((facilitator, "facilitator")) }
        return uit
    }

    /// How each participant is shown: with names "Fatima (wijkcoach)"; without,
    /// the role, numbered where two share it.
    static func labels(_ deelnemers: [Deelnemer], pseudoniem: Bool) -> [String] {
        var totaal: [String: Int] = [:]
        for d in deelnemers { totaal[d.rol.lowercased(), default: 0] += 1 }
        var gezien: [String: Int] = [:]
        return deelnemers.map { d in
            let sleutel = d.rol.lowercased()
            gezien[sleutel, default: 0] += 1
            let rol = (totaal[sleutel] ?? 0) > 1 ? "\(d.rol) \(gezien[sleutel] ?? 1)" : d.rol
            if !pseudoniem, let naam = d.naam { return "\(naam) (\(rol))" }
            return rol
        }
    }
}
