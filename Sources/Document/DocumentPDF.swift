import Casus
import CPangoCairo
import Foundation

/// The document as a paged A4 PDF with real text (Pango on Cairo: line
/// breaking, shaping and fonts are Pango's, so pdftotext finds every word).
/// Two passes: the first learns on which page each heading lands, the second
/// writes the contents page with those numbers and "pagina N van M".
public enum DocumentPDF {
    static let breedte = 595.28, hoogte = 841.89, marge = 56.0

    public static func schrijf(_ d: Document, naar pad: String) throws {
        let proef = try Zetter(d, pdf: PDFOppervlak(pad: "/dev/null", breedte: breedte, hoogte: hoogte))
        try proef.zet()
        let echt = try Zetter(d, pdf: PDFOppervlak(pad: pad, breedte: breedte, hoogte: hoogte), na: proef)
        try echt.zet()
    }

    /// The same PDF as bytes, never on disk (a download in the browser).
    public static func data(_ d: Document) throws -> Data {
        let proef = try Zetter(d, pdf: PDFOppervlak(pad: "/dev/null", breedte: breedte, hoogte: hoogte))
        try proef.zet()
        let pdf = try PDFOppervlak(inGeheugen: breedte, hoogte: hoogte)
        try Zetter(d, pdf: pdf, na: proef).zet()
        return pdf.geheugen?.data ?? Data()
    }

    /// Sets one pass of the document.
    final class Zetter {
        let d: Document
        let pdf: PDFOppervlak
        let totaal: Int?
        let bekendeKoppen: [Int]?
        var pagina = 1
        var y = marge
        var kopPaginas: [Int] = []
        /// The block being set, to find its links and anchors.
        var huidig = 0
        lazy var bekendeAnkers = Set(d.verwijzingen.ankers.values.joined())
        var tekstBreedte: Double { breedte - 2 * marge }
        var onder: Double { hoogte - marge - 18 }

        /// `na`: the proof pass, which knows the page count and each heading's page.
        init(_ d: Document, pdf: PDFOppervlak, na proef: Zetter? = nil) {
            self.d = d
            self.pdf = pdf
            pdf.metadata(titel: d.titel)
            totaal = proef?.pagina
            bekendeKoppen = proef?.kopPaginas
        }

        func zet() throws {
            try tekst(d.titel, lettertype: "DejaVu Sans Bold 20", na: 4)
            if let ondertitel = d.ondertitel { try tekst(ondertitel, lettertype: "DejaVu Sans 11", kleur: 0.35, na: 14) }
            for (i, blok) in d.blokken.enumerated() {
                huidig = i
                // A heading stays with a picture or chart right after it (or after its one-paragraph intro).
                if case .kop = blok, let h = figuurNa(i), y + 40 + h > onder { nieuwePagina() }
                // And with the header and first row of a table right after it.
                if case .kop = blok, i + 1 < d.blokken.count, case .tabel = d.blokken[i + 1], y + 110 > onder {
                    nieuwePagina()
                }
                try zet(blok)
            }
            voet()
            try pdf.sluit()
        }

        func zet(_ blok: Document.Blok) throws {
            switch blok {
            case .kop(let niveau, let t):
                // A heading never ends a page alone.
                if y + 60 > onder { nieuwePagina() }
                if niveau <= 2 { kopPaginas.append(pagina) }
                y += niveau == 1 ? 10 : 6
                try tekst(t, lettertype: niveau == 1 ? "DejaVu Sans Bold 15" : niveau == 2 ? "DejaVu Sans Bold 12.5" : "DejaVu Sans Bold 11",
                          na: 6, deel: [], ankers: niveau <= 2 ? [Self.inhoudAnker(kopPaginas.count - 1)] : [])
            case .alinea(let t):
                try tekst(t, lettertype: "DejaVu Sans 10", na: 7, deel: [])
            case .kleineTekst(let t):
                try tekst(t, lettertype: "DejaVu Sans 8.5", kleur: 0.35, na: 6, deel: [])
            case .citaat(let t):
                try tekst(t, lettertype: "DejaVu Sans Oblique 9", kleur: 0.25, x: marge + 14, breedte: tekstBreedte - 14, na: 5,
                          deel: [])
            case .tekening(let t, let bijschrift):
                try tekening(t, bijschrift: bijschrift)
            case .lijst(let punten):
                for (k, punt) in punten.enumerated() {
                    if y + 14 > onder { nieuwePagina() }
                    try tekst("•", lettertype: "DejaVu Sans 10", x: marge + 4, breedte: 12, na: 0, verder: false)
                    try tekst(punt, lettertype: "DejaVu Sans 10", x: marge + 18, breedte: tekstBreedte - 18, na: 3, deel: [k])
                }
                y += 4
            case .tabel(let kop, let rijen, let breedtes):
                try tabel(kop: kop, rijen: rijen, breedtes: breedtes)
            case .afbeelding(let png, let bijschrift):
                try afbeelding(png, bijschrift: bijschrift)
            case .grootBeeld(let png, let puntPerPixel, let naam, let bijschrift):
                try grootBeeld(png, puntPerPixel: puntPerPixel, naam: naam, bijschrift: bijschrift)
            case .inhoud:
                try inhoud()
            case .nieuwePagina:
                nieuwePagina()
            }
        }

        /// Text line by line, so a long paragraph flows onto the next page.
        /// With `verder: false` the cursor stays (a bullet beside its text).
        /// `deel` names the piece of the current block, for its links and anchors.
        func tekst(_ t: String, lettertype: String, kleur: Double = 0.13, x: Double? = nil, breedte: Double? = nil,
                   na: Double, verder: Bool = true, deel: [Int]? = nil, ankers extra: [String] = []) throws {
            let opmaak = try TekstOpmaak(pdf.cr, tekst: t, lettertype: lettertype, breedte: breedte ?? tekstBreedte)
            let plek = deel.map { DocumentVerwijzingen.Plek(blok: huidig, deel: $0) }
            let vakken = plek.map { links(in: opmaak, op: $0) } ?? []
            opmaak.kleurLinks(plek.map(geldigeLinks)?.map(\.bereik) ?? [])
            let start = y
            var boven = y
            for (i, regel) in opmaak.regels.enumerated() {
                if boven + regel.hoogte > onder {
                    nieuwePagina()
                    boven = y
                }
                if i == 0 { bestemmingen((plek.flatMap { d.verwijzingen.ankers[$0] } ?? []) + extra, y: boven) }
                cairo_set_source_rgb(pdf.cr, kleur, kleur, kleur)
                opmaak.tekenRegel(i, x: x ?? marge, basislijn: boven + (regel.basis - regel.boven), in: pdf.cr)
                for vak in vakken where vak.regel == i {
                    link(naar: vak.anker, x: (x ?? marge) + vak.x, y: boven, breedte: vak.breedte, hoogte: regel.hoogte)
                }
                boven += regel.hoogte
            }
            y = verder ? boven + na : start
        }

        func tabel(kop: [String], rijen: [[String]], breedtes: [Double]?) throws {
            let n = max(kop.count, 1)
            let delen = breedtes ?? Array(repeating: 1 / Double(n), count: n)
            let kolommen = delen.map { $0 * tekstBreedte }
            // The header never ends a page alone: it goes with the first row.
            if let eerste = rijen.first,
               y + (try rijHoogte(kop, kolommen: kolommen, vet: true)) + (try rijHoogte(eerste, kolommen: kolommen, vet: false)) > onder {
                nieuwePagina()
            }
            try rij(kop, kolommen: kolommen, vet: true)
            for (index, r) in rijen.enumerated() {
                let hoogte = try rijHoogte(r, kolommen: kolommen, vet: false)
                if y + hoogte > onder {
                    nieuwePagina()
                    try rij(kop, kolommen: kolommen, vet: true)
                }
                try rij(r, kolommen: kolommen, vet: false, index: index)
            }
            y += 8
        }

        func rijHoogte(_ cellen: [String], kolommen: [Double], vet: Bool) throws -> Double {
            try zip(cellen, kolommen).map { cel, b in
                try TekstOpmaak(pdf.cr, tekst: cel, lettertype: vet ? "DejaVu Sans Bold 8.5" : "DejaVu Sans 8.5",
                                breedte: b - 8).maat.hoogte + 6
            }.max() ?? 12
        }

        /// One table row; `index` (data rows only) finds the cells' links and anchors.
        func rij(_ cellen: [String], kolommen: [Double], vet: Bool, index: Int? = nil) throws {
            let h = try rijHoogte(cellen, kolommen: kolommen, vet: vet)
            if y + h > onder { nieuwePagina() }
            var x = marge
            for (k, (cel, b)) in zip(cellen, kolommen).enumerated() {
                cairo_rectangle(pdf.cr, x, y, b, h)
                if vet {
                    cairo_set_source_rgb(pdf.cr, 0.93, 0.95, 0.96)
                    cairo_fill_preserve(pdf.cr)
                }
                cairo_set_source_rgb(pdf.cr, 0.75, 0.75, 0.75)
                cairo_set_line_width(pdf.cr, 0.5)
                cairo_stroke(pdf.cr)
                let opmaak = try TekstOpmaak(pdf.cr, tekst: cel, lettertype: vet ? "DejaVu Sans Bold 8.5" : "DejaVu Sans 8.5",
                                             breedte: b - 8)
                let plek = index.map { DocumentVerwijzingen.Plek(blok: huidig, deel: [$0, k]) }
                opmaak.kleurLinks(plek.map(geldigeLinks)?.map(\.bereik) ?? [])
                cairo_set_source_rgb(pdf.cr, 0.13, 0.13, 0.13)
                opmaak.teken(x: x + 4, y: y + 3, in: pdf.cr)
                if let plek {
                    bestemmingen(d.verwijzingen.ankers[plek] ?? [], y: y)
                    let regels = opmaak.regels
                    for vak in links(in: opmaak, op: plek) where vak.regel < regels.count {
                        link(naar: vak.anker, x: x + 4 + vak.x, y: y + 3 + regels[vak.regel].boven,
                             breedte: vak.breedte, hoogte: regels[vak.regel].hoogte)
                    }
                }
                x += b
            }
            y += h
        }

        func afbeelding(_ png: Data, bijschrift: String?) throws {
            try afbeelding(try PNGAfbeelding(png: png), bijschrift: bijschrift)
        }

        /// The picture scaled to the text width (and at most a page high).
        func afbeelding(_ beeld: PNGAfbeelding, bijschrift: String?) throws {
            let schaal = beeldHoogte(beeld) / beeld.hoogte
            let h = beeldHoogte(beeld)
            if y + h > onder { nieuwePagina() }
            cairo_save(pdf.cr)
            cairo_translate(pdf.cr, marge, y)
            cairo_scale(pdf.cr, schaal, schaal)
            cairo_set_source_surface(pdf.cr, beeld.surface, 0, 0)
            cairo_paint(pdf.cr)
            cairo_restore(pdf.cr)
            y += h + 4
            if let bijschrift { try tekst(bijschrift, lettertype: "DejaVu Sans Oblique 8.5", kleur: 0.35, na: 8) }
        }

        /// A chart scaled down to the text width (never up), kept on one page.
        func tekening(_ t: Tekening, bijschrift: String?) throws {
            let schaal = tekeningSchaal(t)
            if y + t.hoogte * schaal > onder { nieuwePagina() }
            try TekeningPDF.teken(t, in: pdf.cr, x: marge, y: y, schaal: schaal)
            y += t.hoogte * schaal + 4
            if let bijschrift { try tekst(bijschrift, lettertype: "DejaVu Sans Oblique 8.5", kleur: 0.35, na: 8) }
        }

        func tekeningSchaal(_ t: Tekening) -> Double {
            min(1, tekstBreedte / t.breedte, (onder - marge - 30) / t.hoogte)
        }

        /// The height of the figure that follows heading `i` (and its intro), plus that intro.
        func figuurNa(_ i: Int) -> Double? {
            guard i + 1 < d.blokken.count else { return nil }
            if let h = figuurHoogte(d.blokken[i + 1]) { return h }
            guard i + 2 < d.blokken.count, case .alinea(let t) = d.blokken[i + 1],
                  let h = figuurHoogte(d.blokken[i + 2]) else { return nil }
            return h + 14 * Double(t.count / 80 + 1) + 10
        }

        func figuurHoogte(_ blok: Document.Blok) -> Double? {
            switch blok {
            case .afbeelding(let png, _), .grootBeeld(let png, _, _, _):
                guard let beeld = try? PNGAfbeelding(png: png) else { return nil }
                return beeldHoogte(beeld)
            case .tekening(let t, _):
                return t.hoogte * tekeningSchaal(t)
            default:
                return nil
            }
        }

        func beeldHoogte(_ beeld: PNGAfbeelding) -> Double {
            beeld.hoogte * min(tekstBreedte / beeld.breedte, (onder - marge - 30) / beeld.hoogte)
        }

        func inhoud() throws {
            try tekst("Inhoud", lettertype: "DejaVu Sans Bold 15", na: 8)
            for (i, kop) in d.koppen.enumerated() {
                let inspring = kop.niveau == 1 ? 0.0 : 16.0
                if y + 14 > onder { nieuwePagina() }
                let nummer = bekendeKoppen.flatMap { i < $0.count ? String($0[i]) : nil } ?? "…"
                let (boven, blad) = (y, pagina)
                try tekst(nummer, lettertype: "DejaVu Sans 10", x: breedte - marge - 30, breedte: 30, na: 0, verder: false)
                try tekst(kop.tekst, lettertype: kop.niveau == 1 ? "DejaVu Sans Bold 10" : "DejaVu Sans 10",
                          x: marge + inspring, breedte: tekstBreedte - inspring - 40, na: 3)
                // The whole line, title to page number, leads to the chapter.
                if pagina == blad { link(naar: Self.inhoudAnker(i), x: marge, y: boven, breedte: tekstBreedte, hoogte: y - boven - 3) }
            }
            nieuwePagina()
        }

        /// The links of a piece of text that lead somewhere in this document, with their boxes.
        func links(in opmaak: TekstOpmaak, op plek: DocumentVerwijzingen.Plek)
            -> [(regel: Int, x: Double, breedte: Double, anker: String)] {
            geldigeLinks(plek).flatMap { link in
                opmaak.vakken(link.bereik).map { ($0.regel, $0.x, $0.breedte, link.anker) }
            }
        }

        /// Only links whose anchor is in this document (never a dangling one).
        func geldigeLinks(_ plek: DocumentVerwijzingen.Plek) -> [DocumentVerwijzingen.Link] {
            (d.verwijzingen.links[plek] ?? []).filter { bekendeAnkers.contains($0.anker) }
        }

        /// Anchors as PDF destinations on this page, at height `y`.
        func bestemmingen(_ namen: [String], y: Double) {
            for naam in namen {
                cairo_tag_begin(pdf.cr, CAIRO_TAG_DEST, "name='\(Self.attribuut(naam))' x=0 y=\(max(0, y - 6))")
                cairo_tag_end(pdf.cr, CAIRO_TAG_DEST)
            }
        }

        /// A clickable box that leads to an anchor.
        func link(naar anker: String, x: Double, y: Double, breedte: Double, hoogte: Double) {
            guard breedte > 0, hoogte > 0 else { return }
            cairo_tag_begin(pdf.cr, CAIRO_TAG_LINK, "dest='\(Self.attribuut(anker))' rect=[\(x) \(y) \(breedte) \(hoogte)]")
            cairo_tag_end(pdf.cr, CAIRO_TAG_LINK)
        }

        /// Cairo's attribute strings are single-quoted; quote and backslash are escaped.
        static func attribuut(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        }

        /// The destination of contents entry `i`.
        static func inhoudAnker(_ i: Int) -> String { "inhoud-\(i)" }

        /// "pagina N van M" at the bottom right of a page of this size.
        func voet(breedte: Double = DocumentPDF.breedte, hoogte: Double = DocumentPDF.hoogte) {
            guard let opmaak = try? TekstOpmaak(pdf.cr, tekst: "pagina \(pagina)" + (totaal.map { " van \($0)" } ?? ""),
                                                lettertype: "DejaVu Sans 8", breedte: tekstBreedte) else { return }
            cairo_set_source_rgb(pdf.cr, 0.45, 0.45, 0.45)
            opmaak.teken(x: breedte - marge - opmaak.maat.breedte, y: hoogte - marge + 4, in: pdf.cr)
        }

        func nieuwePagina() {
            voet()
            cairo_show_page(pdf.cr)
            pagina += 1
            y = marge
        }
    }
}
