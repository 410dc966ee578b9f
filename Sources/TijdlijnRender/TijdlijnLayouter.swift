import Casus

/// Turns a merged casus (plus annotations and findings) into plain geometry.
/// Pure: no Cairo, no files; the same input gives the same layout.
public struct TijdlijnLayouter {
    let tijdlijn: Tijdlijn
    let bevindingen: [Bevinding]
    let opties: RenderOpties
    let aantekeningen: Aantekeningen
    /// Display names per gezinslid id ("Kind 1" when pseudonymised).
    let namen: Persoonsnamen
    /// What the session added (family additions, visie, agreements), as screens show it
    /// (`Sessie.weergave`); nil without a session.
    let sessie: Sessie?

    var deel: TijdlijnLayout
    var y = 0.0
    /// The x range of every placed item, for the brackets of findings.
    var spans: [String: (van: Double, tot: Double)] = [:]
    var tijdas: Tijdas?

    public static func maak(_ tijdlijn: Tijdlijn, annotaties: [Annotatie] = [],
                            bevindingen: [Bevinding] = [],
                            opties: RenderOpties = RenderOpties(),
                            sessie: Sessie? = nil) -> TijdlijnLayout {
        var layouter = TijdlijnLayouter(tijdlijn: tijdlijn, annotaties: annotaties,
                                        bevindingen: bevindingen, opties: opties, sessie: sessie)
        return layouter.bouw()
    }

    init(tijdlijn: Tijdlijn, annotaties: [Annotatie], bevindingen: [Bevinding],
         opties: RenderOpties, sessie: Sessie? = nil) {
        self.tijdlijn = tijdlijn
        self.sessie = sessie
        self.bevindingen = bevindingen
        self.opties = opties
        let conflicten = Set(tijdlijn.conflicten.map(\.item))
            .union(Self.itemIds(tijdlijn, alleenConflict: true))
        self.aantekeningen = Aantekeningen(annotaties: annotaties, conflicten: conflicten)
        self.namen = Persoonsnamen(tijdlijn, pseudoniem: opties.pseudoniem)
        self.deel = TijdlijnLayout(casus: tijdlijn.casus)
        let perMaand = max(4, min(opties.breedtePerMaand, 400))
        self.tijdas = Tijdas.voor(tijdlijn, x0: Maat.tijdasX, perMaand: perMaand)
    }

    mutating func bouw() -> TijdlijnLayout {
        let inhoudBreedte = tijdas.map { $0.x1 } ?? (Maat.tijdasX + 480)
        deel.breedte = inhoudBreedte + Maat.marge
        y = Maat.marge
        titelBand(breedte: inhoudBreedte - Maat.marge)
        let bovenkant = y
        if let tijdas {
            deel.tijdasVan = tijdas.x0
            deel.tijdasTot = tijdas.x1
            deel.eersteJaar = tijdas.eersteJaar
            deel.laatsteJaar = tijdas.laatsteJaar
            tijdasBand(tijdas)
            leeftijdBand(tijdas)
            kaderBand(tijdas)
            regieBand(tijdas)
            gebeurtenissenBand(tijdas)
            interventieBanden(tijdas)
            patronenBand(tijdas)
            tijdasBand(tijdas, onderaan: true)
            jaarLijnen(tijdas, van: bovenkant, tot: y)
        } else {
            deel.labels.append(Label(x: Maat.tijdasX, y: y, regels: ["Geen gedateerde items."],
                                     grootte: Maat.kop, kleur: Palet.grijs))
            y += 40
            patronenZonderPlek()
        }
        let kaartenOnder = kaarten(vanaf: bovenkant)
        y = max(y, kaartenOnder) + Maat.bandGat
        visieBand(breedte: inhoudBreedte - Maat.marge)
        afsprakenBand(breedte: inhoudBreedte - Maat.marge)
        legenda(breedte: inhoudBreedte - Maat.marge)
        let omvang = deel.omvang
        deel.breedte = max(deel.breedte, omvang.maxX + Maat.marge)
        deel.hoogte = max(y, omvang.maxY) + Maat.marge
        deel.onbekendeAnnotatieItems = aantekeningen.items
            .subtracting(Self.alleItemIds(tijdlijn)).sorted()
        return deel
    }

    /// A band title in the header column, top-aligned with the band.
    mutating func kop(_ tekst: String, y: Double, maxRegels: Int = 3) {
        let x = Maat.marge + Maat.kaartBreedte + Maat.kolomGat
        let regels = TekstMaat.omgebroken(tekst, grootte: 14, vet: true,
                                          maxBreedte: Maat.kopBreedte - 8, maxRegels: maxRegels)
        deel.labels.append(Label(x: x, y: y + 4, regels: regels, grootte: 14, vet: true))
    }

    mutating func noteer(_ item: String, van: Double, tot: Double) {
        spans[item] = (min(van, tot), max(van, tot))
    }

    /// Every item id of the casus that the wall must show exactly once.
    public static func alleItemIds(_ t: Tijdlijn) -> Set<String> {
        Set(itemIds(t, alleenConflict: false))
    }

    static func itemIds(_ t: Tijdlijn, alleenConflict: Bool) -> [String] {
        func ids<T>(_ items: [TijdlijnItem<T>]) -> [String] {
            items.filter { !alleenConflict || $0.conflict }.map(\.id)
        }
        let wissels = alleenConflict ? [] : t.regiewisselingen.map(\.id)
        return ids(t.gezinsleden) + ids(t.netwerk) + ids(t.gebeurtenissen)
            + ids(t.interventies) + ids(t.kader) + ids(t.regie) + wissels
    }
}

/// How people are named on the wall: role plus number for repeated roles, and the name
/// only when not pseudonymised.
struct Persoonsnamen {
    private var rollen: [String: String] = [:]
    let pseudoniem: Bool

    init(_ t: Tijdlijn, pseudoniem: Bool) {
        self.pseudoniem = pseudoniem
        rollen = Woorden.rolNamen(t)
    }

    func rol(_ id: String) -> String { rollen[id] ?? id }

    func kop(_ id: String, naam: String?) -> String {
        guard !pseudoniem, let naam, !naam.isEmpty else { return rol(id) }
        return "\(rol(id)) · \(naam)"
    }
}
