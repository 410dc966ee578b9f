import Casus

/// The rode-draden report (`RapportDocument`, also written as HTML and Markdown)
/// as a paged document: the same blocks and numbers, headings one level up
/// (the report's sections become chapters on the contents page), the contents
/// on a page of their own after the title page, and charts as vectors.
extension Document {
    public init(rapport: RapportDocument, ondertitel: String? = nil) {
        self.init(titel: rapport.titel, ondertitel: ondertitel)
        for blok in rapport.blokken {
            let plek = DocumentVerwijzingen.Plek(blok: blokken.count)
            switch blok {
            case let .kop(niveau, tekst, anker):
                if let anker { verwijzingen.ankers[plek, default: []].append(anker) }
                voeg(.kop(max(1, niveau - 1), tekst))
            case let .alinea(fragmenten):
                voeg(.alinea(neem(fragmenten, op: plek)))
            case let .citaat(fragmenten):
                voeg(.citaat(neem(fragmenten, op: plek)))
            case let .lijst(punten):
                voeg(.lijst(punten.enumerated().map { k, punt in
                    neem(punt, op: .init(blok: plek.blok, deel: [k]))
                }))
            case let .tabel(koppen, rijen, _):
                let cellen = rijen.enumerated().map { r, rij in
                    rij.enumerated().map { k, cel in neem(cel, op: .init(blok: plek.blok, deel: [r, k])) }
                }
                voeg(.tabel(kop: koppen, rijen: cellen, breedtes: Self.breedtes(koppen, cellen)))
            case let .grafiek(tekening, beschrijving):
                voeg(.tekening(tekening, bijschrift: beschrijving))
            case .inhoud:
                voeg(.nieuwePagina)
                voeg(.inhoud)
            }
        }
    }

    /// The visible text (on paper a link is its text), its links and anchors kept
    /// for the PDF.
    mutating func neem(_ fragmenten: [RapportDocument.Fragment], op plek: DocumentVerwijzingen.Plek) -> String {
        var t = DocumentVerwijzingen.Tekst()
        for fragment in fragmenten {
            switch fragment {
            case let .tekst(s), let .vet(s): t.voeg(s)
            case let .link(s, anker): t.voeg(s, link: anker)
            case let .anker(naam): t.anker(naam)
            }
        }
        return verwijzingen.neem(t, op: plek)
    }

    /// Columns as wide as their text asks, within bounds: a column of counts stays
    /// narrow, a column of sentences gets the room.
    static func breedtes(_ koppen: [String], _ rijen: [[String]]) -> [Double]? {
        guard !koppen.isEmpty else { return nil }
        // A column is at least as wide as its longest word (a casus id is never broken).
        let vraag = koppen.indices.map { k in
            let cellen = [koppen[k]] + rijen.map { k < $0.count ? $0[k] : "" }
            let woord = cellen.flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 1
            return Double(max(cellen.map { min($0.count, 45) }.max() ?? 1, woord * 4 / 3 + 1))
        }.map { max($0, 5) + 3 }
        let som = vraag.reduce(0, +)
        return vraag.map { $0 / som }
    }
}
