import Foundation

/// The wall as a tiled PDF poster: each landscape sheet shows one tile at 1:1 with an
/// overlap strip, crop marks at the content corners, and its row/column label, so the
/// sheets can be trimmed and taped together.
struct PosterTegels {
    let layout: TijdlijnLayout
    let formaat: Posterformaat
    static let marge = 36.0
    static let overlap = 28.0

    var inhoud: (breedte: Double, hoogte: Double) {
        (formaat.pagina.breedte - 2 * Self.marge, formaat.pagina.hoogte - 2 * Self.marge)
    }

    /// Rows and columns needed: tiles step by content size minus the overlap.
    var raster: (rijen: Int, kolommen: Int) {
        func aantal(_ totaal: Double, _ vak: Double) -> Int {
            totaal <= vak ? 1 : 1 + Int(((totaal - vak) / (vak - Self.overlap)).rounded(.up))
        }
        return (aantal(layout.hoogte, inhoud.hoogte), aantal(layout.breedte, inhoud.breedte))
    }

    static func rijLetter(_ rij: Int) -> String {
        var n = rij
        var s = ""
        repeat {
            s = String(UnicodeScalar(UInt8(65 + n % 26))) + s
            n = n / 26 - 1
        } while n >= 0
        return s
    }

    /// The tiled PDF's bytes and its number of sheets.
    func pdf(titel: String) throws -> (data: Data, paginas: Int) {
        let (rijen, kolommen) = raster
        let pagina = formaat.pagina
        let o = try CairoOppervlak.pdf(breedte: pagina.breedte, hoogte: pagina.hoogte, titel: titel)
        let opdrachten = Scene.opdrachten(layout)
        let m = Self.marge
        let vak = Rechthoek(x: m, y: m, breedte: inhoud.breedte, hoogte: inhoud.hoogte)
        for rij in 0..<rijen {
            for kolom in 0..<kolommen {
                let ox = Double(kolom) * (inhoud.breedte - Self.overlap)
                let oy = Double(rij) * (inhoud.hoogte - Self.overlap)
                o.bewaar()
                o.knip(vak)
                o.verschuif(m - ox, m - oy)
                CairoSchilder.teken(opdrachten, op: o)
                o.herstel()
                CairoSchilder.teken(merktekens(rij: rij, kolom: kolom, rijen: rijen, kolommen: kolommen,
                                               vak: vak), op: o)
                try o.volgendePagina()
            }
        }
        try o.afronden()
        return (o.pdfData(), rijen * kolommen)
    }

    /// Crop marks, overlap guides and the sheet's label, all in the margin.
    func merktekens(rij: Int, kolom: Int, rijen: Int, kolommen: Int, vak: Rechthoek) -> [Tekenopdracht] {
        let inkt = Palet.inkt
        var o: [Tekenopdracht] = []
        func lijn(_ a: Punt, _ b: Punt, _ streep: [Double] = [], _ kleur: Kleur = inkt) {
            o.append(.pad([a, b], gesloten: false, vulling: nil, rand: kleur, dikte: 0.5, streep: streep))
        }
        let l = 18.0, gat = 4.0
        for (x, y) in [(vak.x, vak.y), (vak.maxX, vak.y), (vak.x, vak.maxY), (vak.maxX, vak.maxY)] {
            let sx = x == vak.x ? -1.0 : 1.0
            let sy = y == vak.y ? -1.0 : 1.0
            lijn(Punt(x + sx * gat, y), Punt(x + sx * (gat + l), y))
            lijn(Punt(x, y + sy * gat), Punt(x, y + sy * (gat + l)))
        }
        // Where the next sheet's content starts: glue the neighbour up to this line.
        let grijs = Palet.grijs
        if kolom < kolommen - 1 {
            let x = vak.maxX - Self.overlap
            lijn(Punt(x, vak.y - 20), Punt(x, vak.y - 4), [2, 2], grijs)
            lijn(Punt(x, vak.maxY + 4), Punt(x, vak.maxY + 20), [2, 2], grijs)
        }
        if rij < rijen - 1 {
            let y = vak.maxY - Self.overlap
            lijn(Punt(vak.x - 20, y), Punt(vak.x - 4, y), [2, 2], grijs)
            lijn(Punt(vak.maxX + 4, y), Punt(vak.maxX + 20, y), [2, 2], grijs)
        }
        let naam = "\(Self.rijLetter(rij))\(kolom + 1)"
        var buren: [String] = []
        if rij > 0 { buren.append("boven: \(Self.rijLetter(rij - 1))\(kolom + 1)") }
        if kolom > 0 { buren.append("links: \(Self.rijLetter(rij))\(kolom)") }
        if kolom < kolommen - 1 { buren.append("rechts: \(Self.rijLetter(rij))\(kolom + 2)") }
        if rij < rijen - 1 { buren.append("onder: \(Self.rijLetter(rij + 1))\(kolom + 1)") }
        let tekst = "Vel \(naam) — rij \(rij + 1) van \(rijen), kolom \(kolom + 1) van \(kolommen)"
            + (buren.isEmpty ? "" : " · " + buren.joined(separator: ", "))
            + " · overlap \(Int(Self.overlap)) pt: plak het volgende vel tot de stippellijn"
        o.append(.tekst(Label(x: vak.x + 30, y: 8, regels: [tekst], grootte: 9, kleur: grijs)))
        o.append(.tekst(Label(x: vak.maxX - 30, y: vak.maxY + 10, regels: [naam], grootte: 14, vet: true,
                              uitlijning: .rechts)))
        return o
    }
}
