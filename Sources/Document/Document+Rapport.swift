import Casus

/// The rode-draden report (`RapportDocument`, also written as HTML and Markdown)
/// as a paged document: the same blocks and numbers, headings one level up
/// (the report's sections become chapters on the contents page), the contents
/// on a page of their own after the title page, and charts as vectors.
extension Document {
    public init(rapport: RapportDocument, ondertitel: String? = nil) {
        self.init(titel: rapport.titel, ondertitel: ondertitel)
        for blok in rapport.blokken {
            switch blok {
            case let .kop(niveau, tekst, _):
                voeg(.kop(max(1, niveau - 1), tekst))
            case let .alinea(fragmenten):
                voeg(.alinea(Self.tekst(fragmenten)))
            case let .citaat(fragmenten):
                voeg(.citaat(Self.tekst(fragmenten)))
            case let .lijst(punten):
                voeg(.lijst(punten.map(Self.tekst)))
            case let .tabel(koppen, rijen, _):
                let cellen = rijen.map { $0.map(Self.tekst) }
                voeg(.tabel(kop: koppen, rijen: cellen, breedtes: Self.breedtes(koppen, cellen)))
            case let .grafiek(tekening, beschrijving):
                voeg(.tekening(tekening, bijschrift: beschrijving))
            case .inhoud:
                voeg(.nieuwePagina)
                voeg(.inhoud)
            }
        }
    }

    /// The visible text; on paper a link is its text.
    static func tekst(_ fragmenten: [RapportDocument.Fragment]) -> String {
        fragmenten.map { fragment in
            switch fragment {
            case let .tekst(t), let .vet(t), let .link(t, _): t
            case .anker: ""
            }
        }.joined()
    }

    /// Columns as wide as their text asks, within bounds: a column of counts stays
    /// narrow, a column of sentences gets the room.
    static func breedtes(_ koppen: [String], _ rijen: [[String]]) -> [Double]? {
        guard !koppen.isEmpty else { return nil }
        // A column is at least as wide as its longest word (a casus id is never broken).
        let vraag = koppen.indices.map { k in
            let cellen = [koppen[k]] + rijen.map { k < $0.count ? $0[k] : "" }
            let woord = cellen.flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 1
            return Double(max(cellen.map { min($0.count, 45) }.max() ?? 1, woord + 1))
        }.map { max($0, 5) + 3 }
        let som = vraag.reduce(0, +)
        return vraag.map { $0 / som }
    }
}
