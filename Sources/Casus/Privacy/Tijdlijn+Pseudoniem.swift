import Foundation

extension Tijdlijn {
    /// The same timeline without names: the data is about children.
    ///
    /// `naam` fields (gezinsleden, netwerk, bronnen, also in `per_bron`) are removed;
    /// every known name, and each significant part of it, in any text becomes the
    /// person's role (`moeder`, `kind-1`, `grootmoeder-mz`, a source's rol); a text that
    /// is nothing but a name is cleared; file names become `<bron-id>.yaml`, as they
    /// often carry a professional's name. Ids never hold names, so annotations keep their place.
    public func gepseudonimiseerd() -> Tijdlijn {
        pseudonimiseer(annotaties: [], bevindingen: []).tijdlijn
    }

    /// Everything a picture, report or export shows, without names. Participants
    /// who placed annotations become "deelnemer".
    /// `extra`: more names to replace (the session's participants and facilitator).
    public func pseudonimiseer(annotaties: [Annotatie], bevindingen: [Bevinding],
                               extra: [(naam: String, rol: String)] = [])
        -> (tijdlijn: Tijdlijn, annotaties: [Annotatie], bevindingen: [Bevinding]) {
        let p = Pseudonimisering(self, deelnemers: annotaties.map(\.door), extra: extra)
        var t = self
        t.bronnen = bronnen.map { b in
            var b = b
            b.naam = nil
            b.rol = p.term(b.rol)
            b.organisatie = p.term(b.organisatie)
            let ext = (b.bestand as NSString).pathExtension
            b.bestand = b.id + (ext.isEmpty ? "" : "." + ext)
            return b
        }
        t.gezinsleden = gezinsleden.map { $0.zonderNamen { g in
            var g = g
            g.naam = nil
            g.eigenheid = p.tekst(g.eigenheid); g.blijVan = p.tekst(g.blijVan)
            g.mechanisme = p.tekst(g.mechanisme)
            return g
        } }
        t.netwerk = netwerk.map { $0.zonderNamen { n in
            var n = n
            n.naam = nil
            n.rol = p.term(n.rol)
            n.toelichting = p.tekst(n.toelichting)
            return n
        } }
        t.gebeurtenissen = gebeurtenissen.map { $0.zonderNamen { g in
            var g = g
            g.wat = p.term(g.wat)
            g.betrokkenen = g.betrokkenen.map(p.term)
            g.dynamiek = p.tekst(g.dynamiek); g.effectProfessionals = p.tekst(g.effectProfessionals)
            g.volgendeStap = p.tekst(g.volgendeStap); g.bron = p.tekst(g.bron)
            return g
        } }
        t.interventies = interventies.map { $0.zonderNamen { i in
            var i = i
            i.naam = p.term(i.naam); i.aanbieder = p.term(i.aanbieder)
            i.resultaat = p.tekst(i.resultaat)
            i.gerichtOp = i.gerichtOp.map(p.term)
            return i
        } }
        t.kader = kader.map { $0.zonderNamen { k in
            var k = k
            k.toelichting = p.tekst(k.toelichting)
            return k
        } }
        t.regie = regie.map { $0.zonderNamen { r in
            var r = r
            r.wie = p.term(r.wie); r.organisatie = p.term(r.organisatie)
            r.gemeente = p.tekst(r.gemeente)
            return r
        } }
        t.conflicten = conflicten.map { c in
            var c = c
            c.waarden = c.waarden.map { ConflictWaarde(bron: $0.bron, waarde: p.term($0.waarde)) }
            c.gekozen = p.term(c.gekozen)
            c.keuze = p.term(c.keuze)
            return c
        }
        let a = Self.zonderNamen(annotaties, p)
        let b = bevindingen.map { b in
            var b = b
            b.titel = p.term(b.titel)
            b.uitleg = p.term(b.uitleg)
            return b
        }
        return (t, a, b)
    }
}

extension Tijdlijn {
    /// Only the annotations, exactly as `pseudonimiseer(annotaties:bevindingen:)` gives
    /// them: for one sticky at a time (the live session) without the whole timeline.
    public func pseudonimiseer(annotaties: [Annotatie]) -> [Annotatie] {
        Self.zonderNamen(annotaties, Pseudonimisering(self, deelnemers: annotaties.map(\.door)))
    }

    static func zonderNamen(_ annotaties: [Annotatie], _ p: Pseudonimisering) -> [Annotatie] {
        annotaties.map { a in
            var a = a
            a.door = "deelnemer"
            a.toelichting = p.tekst(a.toelichting)
            return a
        }
    }
}

extension TijdlijnItem {
    func zonderNamen(_ schoon: (Inhoud) -> Inhoud) -> TijdlijnItem {
        var item = self
        item.inhoud = schoon(inhoud)
        item.perBron = perBron.map { BronInhoud(bron: $0.bron, inhoud: schoon($0.inhoud)) }
        return item
    }
}

extension Pseudonimisering {
    /// Every name of a merged casus: each source's naam of every person and network
    /// member, and who submitted each format.
    /// `extra`: more (name, role) pairs, such as the session's participants by their label.
    public init(_ t: Tijdlijn, deelnemers: [String] = [], extra: [(naam: String, rol: String)] = []) {
        var paren: [(naam: String?, rol: String, terugval: String)] = []
        for g in t.gezinsleden {
            for e in g.perBron { paren.append((e.inhoud.naam, g.id, g.inhoud.rol.rawValue)) }
        }
        for n in t.netwerk { for e in n.perBron { paren.append((e.inhoud.naam, n.inhoud.rol, "netwerklid")) } }
        for b in t.bronnen { paren.append((b.naam, b.rol, "professional")) }
        // A participant who signed with a role ("wijkcoach") did not give a name.
        let rollen = Set(paren.map { Tekstwoorden.gevouwen($0.rol) } + t.gezinsleden.map { Tekstwoorden.gevouwen($0.inhoud.rol.rawValue) })
        // Nor one who wrote only role words ("advocaat moeder"): those words stay.
        let alleenRollen = { (d: String) in
            let woorden = Tekstwoorden.gevouwen(d)
            return !woorden.isEmpty && woorden.allSatisfy { rollen.contains([$0]) }
        }
        for d in deelnemers where !rollen.contains(Tekstwoorden.gevouwen(d)) && !alleenRollen(d) {
            paren.append((d, "deelnemer", "deelnemer"))
        }
        for e in extra { paren.append((e.naam, e.rol, "deelnemer")) }
        self.init(namen: paren)
    }

    /// Every name in the formats of a casus, before merging: ids are built from text
    /// these names are taken out of.
    /// `sessie`: also the session's annotators, participants and facilitator (for the
    /// workbench's log and versions, which hold every version's names).
    public init(formats: [TijdlijnFormat], sessie: Sessie? = nil) {
        var paren: [(naam: String?, rol: String, terugval: String)] = []
        for f in formats {
            for g in f.gezinsleden { paren.append((g.naam, Normalisatie.slug(g.id), g.rol.rawValue)) }
            for n in f.netwerk { paren.append((n.naam, Normalisatie.slug(n.id), "netwerklid")) }
            paren.append((f.ingediendDoor.naam, Normalisatie.slug(f.ingediendDoor.rol), "professional"))
        }
        if let sessie {
            // A door that is a participant's id (`p1`) or a role (`advocaat moeder`) is no name.
            let geenNaam = Set(paren.map { Tekstwoorden.gevouwen($0.rol) }
                               + sessie.deelnemers.compactMap { $0.id.map(Tekstwoorden.gevouwen) }
                               + sessie.deelnemers.map { Tekstwoorden.gevouwen($0.rol) })
            for door in sessie.annotaties.map(\.door) where !geenNaam.contains(Tekstwoorden.gevouwen(door)) {
                paren.append((door, "deelnemer", "deelnemer"))
            }
            for e in sessie.namenMetRol { paren.append((e.naam, e.rol, "deelnemer")) }
        }
        self.init(namen: paren)
    }
}
