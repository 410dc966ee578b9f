/// How far up and down a primitive can put ink, in points, with room to spare: a strip
/// of the PNG skips what cannot reach it. Too wide only costs time; too narrow would lose
/// pixels, so every bound is generous (strokes, round caps, accents and descenders).
extension Tekenopdracht {
    var verticaleOmvang: ClosedRange<Double> {
        switch self {
        case let .rechthoek(r, _, _, dikte, _):
            return (r.y - dikte - 1)...(r.maxY + dikte + 1)
        case let .pad(punten, _, _, _, dikte, _):
            let ys = punten.map(\.y)
            guard let laag = ys.min(), let hoog = ys.max() else { return 0...0 }
            return (laag - dikte - 1)...(hoog + dikte + 1)
        case let .cirkel(m, straal, _, _, dikte):
            return (m.y - straal - dikte - 1)...(m.y + straal + dikte + 1)
        case let .verloop(r, _, _, _):
            return (r.y - 1)...(r.maxY + 1)
        case let .tekst(l):
            return (l.frame.y - l.grootte - 1)...(l.basislijn(max(0, l.regels.count - 1)) + l.grootte + 1)
        }
    }
}
