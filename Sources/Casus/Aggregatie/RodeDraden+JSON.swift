import Foundation

extension RodeDraden {
    /// `casus rode-draden --json` (cli.md): pretty, keys sorted, the same bytes every run.
    /// Over 10,000 casussen this is tens of MB, so the parts are encoded on every core;
    /// the bytes are those of one `JSONEncoder` run over the whole (`jsonInEenKeer`).
    public func json() -> Data { json(stuk: JSONDelen.stuk) }

    /// `stuk`: list elements per task (a test uses small chunks).
    func json(stuk: Int) -> Data { JSONDelen.object(jsonVelden(stuk: stuk)) }

    /// The same bytes piece by piece, each as soon as it is made (`casus rode-draden --json`
    /// writes the first while the rest is being made).
    public func schrijfJSON(naar uit: (Data) -> Void) { schrijfJSON(stuk: JSONDelen.stuk, naar: uit) }

    func schrijfJSON(stuk: Int, naar uit: (Data) -> Void) {
        JSONDelen.schrijf(jsonVelden(stuk: stuk), naar: uit)
    }

    private func jsonVelden(stuk: Int) -> [(sleutel: String, deel: JSONDelen.Deel)] {
        var velden: [(sleutel: String, deel: JSONDelen.Deel)] = [
            ("annotaties", JSONDelen.waarde(annotaties)),
            ("casussen", JSONDelen.lijst(casussen, stuk: stuk)),
            ("items", JSONDelen.lijst(items, stuk: stuk)),
            ("meest_gemarkeerd", JSONDelen.waarde(meestGemarkeerd)),
            ("organisaties_anoniem", JSONDelen.letterlijk(organisatiesAnoniem ? "true" : "false")),
            ("patronen", JSONDelen.lijst(patronen, stuk: stuk)),
            ("per_casus", JSONDelen.lijst(perCasus, stuk: stuk)),
            ("pseudoniem", JSONDelen.letterlijk(pseudoniem ? "true" : "false")),
        ]
        if let sessies { velden.append(("sessies", JSONDelen.waarde(sessies))) }
        velden.append(("statistiek", JSONDelen.waarde(statistiek)))
        return velden
    }

    /// The same document from one `JSONEncoder` run over the whole.
    func jsonInEenKeer() -> Data {
        (try? JSONDelen.encoder().encode(self)) ?? Data()
    }
}
