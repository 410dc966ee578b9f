import Casus

/// A small composition of labels and glyphs laid out relative to (0, 0), placed as a whole:
/// an event's text, a kader label, a finding's title. Sizes come from `TekstMaat`.
struct Groep {
    var deel = TijdlijnLayout(casus: "")
    var breedte = 0.0
    var hoogte = 0.0

    /// Adds a line (wrapped to `maxBreedte`, at most `maxRegels`) below what is there.
    mutating func regel(_ tekst: String, grootte: Double, vet: Bool = false,
                        kleur: Kleur = Palet.inkt, maxBreedte: Double, maxRegels: Int = 1,
                        inspringen: Double = 0) {
        let regels = TekstMaat.omgebroken(tekst, grootte: grootte, vet: vet,
                                          maxBreedte: maxBreedte, maxRegels: maxRegels)
        guard !regels.isEmpty else { return }
        let label = Label(x: inspringen, y: hoogte, regels: regels, grootte: grootte, vet: vet,
                          kleur: kleur)
        deel.labels.append(label)
        breedte = max(breedte, label.frame.maxX)
        hoogte = label.frame.maxY
    }

    /// Puts `ander` to the right of the last line, vertically centred on it.
    mutating func ernaast(_ ander: Groep, gat: Double = 6) {
        guard ander.breedte > 0 else { return }
        let laatste = deel.labels.last?.frame ?? Rechthoek(x: 0, y: 0, breedte: 0, hoogte: 0)
        let dy = laatste.midY - ander.hoogte / 2
        // Right of every line it reaches into, not just the last one.
        let raakt = deel.labels.filter { $0.frame.y < dy + ander.hoogte && dy < $0.frame.maxY }
        let dx = (raakt.map(\.frame.maxX).max() ?? laatste.maxX) + gat
        deel.voegToe(ander.verschoven(dx: dx, dy: dy).deel)
        breedte = max(breedte, dx + ander.breedte)
        hoogte = max(hoogte, dy + ander.hoogte)
    }

    /// Puts `ander` below what is there, at `inspringen` from the left.
    mutating func onder(_ ander: Groep, gat: Double = 6, inspringen: Double = 0) {
        guard ander.hoogte > 0 else { return }
        let dy = hoogte + gat
        deel.voegToe(ander.verschoven(dx: inspringen, dy: dy).deel)
        breedte = max(breedte, inspringen + ander.breedte)
        hoogte = dy + ander.hoogte
    }

    func verschoven(dx: Double, dy: Double) -> Groep {
        var g = self
        g.deel.labels = deel.labels.map { l in
            var l = l
            l.frame.x += dx
            l.frame.y += dy
            return l
        }
        g.deel.glyphs = deel.glyphs.map { gl in
            var gl = gl
            gl.midden = Punt(gl.midden.x + dx, gl.midden.y + dy)
            return gl
        }
        g.deel.vlakken = deel.vlakken.map { v in
            var v = v
            v.frame.x += dx
            v.frame.y += dy
            return v
        }
        g.deel.balken = deel.balken.map { b in
            var b = b
            b.frame.x += dx
            b.frame.y += dy
            return b
        }
        g.deel.haken = deel.haken.map { h in
            var h = h
            h.van += dx
            h.tot += dx
            h.y += dy
            h.tikken = h.tikken.map { $0 + dx }
            return h
        }
        g.deel.lijnen = deel.lijnen.map { l in
            var l = l
            l.van = Punt(l.van.x + dx, l.van.y + dy)
            l.naar = Punt(l.naar.x + dx, l.naar.y + dy)
            return l
        }
        return g
    }
}

/// Smileys, sadneys and conflict warnings per item, and how to draw them beside it.
struct Aantekeningen {
    var smileys: [String: Int] = [:]
    var sadneys: [String: Int] = [:]
    var conflicten: Set<String> = []

    init(annotaties: [Annotatie], conflicten: Set<String>) {
        for a in annotaties {
            switch a.soort {
            case .smiley: smileys[a.item, default: 0] += 1
            case .sadney: sadneys[a.item, default: 0] += 1
            }
        }
        self.conflicten = conflicten
    }

    var items: Set<String> { Set(smileys.keys).union(sadneys.keys) }

    /// Warning, smiley with count, sadney with count, left to right; empty when none apply.
    func groep(bij item: String) -> Groep {
        var g = Groep()
        let d = Maat.glyph
        var x = 0.0
        func glyph(_ soort: GlyphSoort, _ kleur: Kleur) {
            g.deel.glyphs.append(Glyph(soort: soort, midden: Punt(x + d / 2, d / 2 + 1),
                                       grootte: d, kleur: kleur, item: nil))
            x += d + 2
        }
        func aantal(_ n: Int) {
            let label = Label(x: x, y: 1 + d / 2 - TekstMaat.regelHoogte(12) / 2,
                              regels: ["\(n)"], grootte: 12, vet: true)
            g.deel.labels.append(label)
            x = label.frame.maxX + 6
        }
        if conflicten.contains(item) { glyph(.waarschuwing, Palet.waarschuwing) ; x += 2 }
        if smileys[item] != nil, sadneys[item] != nil { glyph(.verdeeld, Palet.inkt); x += 2 }
        if let n = smileys[item] { glyph(.smiley, Palet.smiley); aantal(n) }
        if let n = sadneys[item] { glyph(.sadney, Palet.sadney); aantal(n) }
        g.breedte = x > 0 ? x - 2 : 0
        g.hoogte = x > 0 ? d + 2 : 0
        return g
    }
}
