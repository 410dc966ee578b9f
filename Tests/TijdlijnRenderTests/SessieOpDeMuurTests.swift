import Casus
import Testing
@testable import TijdlijnRender

/// Issue 13, step 4 on the wall: the session's additions on the family cards, step 3's
/// questions at the events, the visie band and the agreements.
@Suite("De sessie op de muur")
struct SessieOpDeMuurTests {
    let layout = TijdlijnLayouter.maak(VoorbeeldSessie.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                       bevindingen: VoorbeeldCasus.bevindingen, sessie: VoorbeeldSessie.getoond)
    /// Each label's text, its wrapped lines joined.
    var regels: [String] { layout.labels.map { $0.regels.joined(separator: " ") } }

    func labels(binnen r: Rechthoek) -> [String] {
        layout.labels.filter { r.bevat($0.frame) }.map { $0.regels.joined(separator: " ") }
    }

    @Test func aanvullingStaatOpDeKaartVanHetGezinslidGemarkeerd() throws {
        let kaart = try #require(layout.vlakken.first { $0.item == "kind-1" })
        let paneel = try #require(layout.vlakken.first { $0.vulling == Palet.sessieVlak })
        #expect(kaart.frame.bevat(paneel.frame))
        let opPaneel = labels(binnen: paneel.frame)
        #expect(opPaneel.contains("In de sessie aangevuld door Fatima Yilmaz (wijkcoach)"), "\(opPaneel)")
        #expect(opPaneel.contains("Paarden.") && opPaneel.contains("Grappig als hij zich veilig voelt."))
        // Only that child's card has one (the other is the legend's example).
        let kaarten = layout.vlakken.filter { $0.item != nil }
        let panelen = layout.vlakken.filter { v in v.vulling == Palet.sessieVlak && kaarten.contains { $0.frame.bevat(v.frame) } }
        #expect(panelen.count == 1)
        #expect(layout.vlakken.filter { $0.vulling == Palet.sessieVlak }.count == 2)
    }

    @Test func stapDrieVragenIngekortBijDeGebeurtenis() throws {
        let dynamiek = try #require(regels.first { $0.hasPrefix("Dynamiek: ") })
        #expect(dynamiek.hasSuffix("…") && dynamiek.count < VoorbeeldSessie.dynamiek.count)
        // One line each, the label first.
        let professionals = try #require(regels.first { $0.hasPrefix("Professionals: De juf") })
        let stap = try #require(regels.first { $0.hasPrefix("Volgende stap: Gesprek") })
        for regel in [dynamiek, professionals, stap] {
            #expect(layout.labels.first { $0.regels.joined(separator: " ") == regel }?.regels.count == 1)
        }
    }

    @Test func deDetailpaginasHebbenDeAntwoordenVoluit() {
        let details = Formuleringen.details(VoorbeeldSessie.tijdlijn).map(\.tekst)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(details.contains("Dynamiek tussen ouders: " + VoorbeeldSessie.dynamiek))
        #expect(details.contains("Effect op professionals: De juf voelt zich klem gezet."))
        #expect(Formuleringen.details(VoorbeeldCasus.tijdlijn).isEmpty)
    }

    @Test func visieBandMetAlleAchtPrincipes() {
        for p in Principe.alle { #expect(regels.contains("\(p.nummer). \(p.kort)"), "\(p.kort)") }
        #expect(regels.filter { $0 == "niet" }.count == 2)
        #expect(regels.contains("deels") && regels.contains("wel") && regels.contains("onbekend"))
        #expect(regels.filter { $0 == "niet besproken" }.count == 3)
        #expect(regels.contains("Elke stap zette de ouders tegenover elkaar."))
        #expect(regels.contains("Na de scheiding eerst rust."))
    }

    @Test func afsprakenOpDeMuur() {
        #expect(regels.contains("Afspraken"))
        #expect(regels.contains("1. Regiehouder belt school binnen een week na elke wisseling."))
        #expect(regels.contains { $0.hasPrefix("wie: wijkcoach · wanneer: apr 2024 · open · bij: ") }, "\(regels.filter { $0.hasPrefix("wie") })")
        #expect(regels.contains("wie: jeugdbeschermer · gedaan"))
    }

    @Test func geenTweeLabelsOverlappenEnAllesOpDePagina() {
        let l = layout.labels
        for i in l.indices { for j in l.indices where j > i { #expect(!l[i].frame.overlapt(l[j].frame), "\(l[i].regels) × \(l[j].regels)") } }
        let pagina = Rechthoek(x: 0, y: 0, breedte: layout.breedte, hoogte: layout.hoogte)
        for v in layout.vlakken { #expect(pagina.bevat(v.frame)) }
    }

    @Test func zonderSessieGeenSessieOnderdelen() {
        let zonder = TijdlijnLayouter.maak(VoorbeeldCasus.tijdlijn, annotaties: VoorbeeldCasus.annotaties)
        let r = zonder.labels.flatMap(\.regels)
        #expect(!r.contains("Afspraken") && !r.contains("Visie toetsen: rust en welzijn"))
        #expect(!zonder.vlakken.contains { $0.vulling == Palet.sessieVlak })
        #expect(zonder == TijdlijnLayouter.maak(VoorbeeldCasus.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                                sessie: Sessie(casus: "hengelo-2024-02")))
    }

    @Test func gepseudonimiseerdGeenEnkeleNaam() {
        let r = TijdlijnRenderer(VoorbeeldSessie.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                 opties: RenderOpties(pseudoniem: true), sessie: VoorbeeldSessie.sessie)
        let svg = r.svg()
        for naam in VoorbeeldSessie.namen + VoorbeeldCasus.namen {
            #expect(!svg.contains(XMLTekst.escape(naam)), "\(naam)")
        }
        #expect(svg.contains("In de sessie aangevuld door wijkcoach"))
        #expect(svg.contains("wist het niet."))
    }
}
