import Casus
import Foundation
import Testing

@Suite("Rode draden: tellingen")
struct RodeDradenTellingTests {
    let r = RodeDraden.bereken([RodeDradenVoorbeeld.casusB(), RodeDradenVoorbeeld.casusA()])

    func rij<V>(_ rijen: [AnnotatieRij<V>], _ waarde: String) -> (Int, Int)? {
        rijen.first { $0.waarde == waarde }.map { ($0.smiley, $0.sadney) }
    }

    @Test func casussenGesorteerd() {
        #expect(r.casussen == ["almelo-2020-01", "hengelo-2019-02"])
    }

    @Test func alleElfPatronenInSpecVolgordeDanOnbekende() {
        #expect(r.patronen.map(\.patroon) == PatroonCatalogus.alle.map(\.id) + ["zelfbedacht-patroon"])
        let netwerk = r.patronen.first { $0.patroon == "netwerk-niet-in-kaart" }
        #expect(netwerk?.aantalCasussen == 2)
        #expect(netwerk?.casussen == ["almelo-2020-01", "hengelo-2019-02"])
        let samen = r.patronen.first { $0.patroon == "samen-aan-tafel-herhaald" }
        #expect(samen?.casussen == ["almelo-2020-01"])
        #expect(samen?.bewijs == [PatroonBewijs(casus: "almelo-2020-01", items: ["interventie-kies-2019"])])
        #expect(r.patronen.first { $0.patroon == "opeenvolgende-hulp" }?.aantalCasussen == 0)
        #expect(r.patronen.last?.titel == "Zelfbedacht")
    }

    @Test func totalen() {
        #expect(r.annotaties.smiley == 5)
        #expect(r.annotaties.sadney == 4)
    }

    @Test func perThemaZesThemasPlusZonderThema() {
        let t = r.annotaties.perThema
        #expect(t.map(\.waarde) == Thema.toegestaan + ["zonder-thema"])
        #expect(rij(t, "kinderen")! == (2, 0))
        #expect(rij(t, "dogmas")! == (0, 1))
        #expect(rij(t, "familie-en-vrienden")! == (0, 0))
        #expect(rij(t, "processen")! == (0, 2))
        #expect(rij(t, "dynamieken")! == (2, 0))
        #expect(rij(t, "zonder-thema")! == (1, 1))
        #expect(t.first { $0.waarde == "processen" }?.sadneyBij == [
            Verwijzing(casus: "almelo-2020-01", item: "interventie-kies-2019", aantal: 1),
            Verwijzing(casus: "almelo-2020-01", item: "kader-opschaling-2020", aantal: 1),
        ])
    }

    @Test func zonderThemaOntbreektAlsIedereenEenThemaKoos() {
        let r = RodeDraden.bereken([RodeDradenVoorbeeld.casusB()])
        #expect(r.annotaties.perThema.map(\.waarde) == Thema.toegestaan)
        #expect(r.annotaties.perKader.map(\.waarde) == ["vrijwillig", "gedwongen"])
    }

    @Test func perSoortAlleenInterventies() {
        let s = r.annotaties.perSoortInterventie
        #expect(s.map(\.waarde) == InterventieSoort.toegestaan)
        #expect(rij(s, "communicatie")! == (0, 2))
        #expect(rij(s, "omgang")! == (1, 0))
        #expect(rij(s, "mediation")! == (2, 0))
        #expect(s.reduce(0) { $0 + $1.smiley + $1.sadney } == 5)
        #expect(s.first { $0.waarde == "mediation" }?.smileyBij == [
            Verwijzing(casus: "hengelo-2019-02", item: "interventie-mediation-2018", aantal: 2)])
    }

    @Test func perKaderOpDeDatumVanHetItem() {
        let k = r.annotaties.perKader
        #expect(k.map(\.waarde) == ["vrijwillig", "gedwongen", "onbekend"])
        #expect(rij(k, "vrijwillig")! == (3, 2))
        #expect(rij(k, "gedwongen")! == (1, 1))
        #expect(rij(k, "onbekend")! == (1, 1))
        #expect(k.first { $0.waarde == "gedwongen" }?.sadneyBij.map(\.item) == ["kader-opschaling-2020"])
    }

    @Test func kaderRegel() {
        let op = RodeDradenVoorbeeld.casusA().tijdlijn.kader.map(\.inhoud)
        let kader = KaderOpDatum(op)
        #expect(kader.kader(op: Dag(2020, 2, 29)) == .vrijwillig)
        #expect(kader.kader(op: Dag(2020, 3, 1)) == .gedwongen)
        #expect(kader.kader(op: Dag(2021, 5, 31)) == .gedwongen)
        #expect(kader.kader(op: Dag(2021, 6, 1)) == .vrijwillig)
        #expect(KaderOpDatum([]).kader(op: Dag(2020, 1, 1)) == .vrijwillig)
        // A casus whose first transition starts in gedwongen was gedwongen before it.
        let terug = KaderOvergang(datum: RodeDradenVoorbeeld.dag("2020-01-01"), van: .gedwongen,
                                  naar: .vrijwillig)
        #expect(KaderOpDatum([terug]).kader(op: Dag(2019, 1, 1)) == .gedwongen)
    }

    @Test func elkGetalIsTerugTeVoeren() {
        for rij in r.annotaties.perThema {
            #expect(rij.smileyBij.reduce(0) { $0 + $1.aantal } == rij.smiley)
            #expect(rij.sadneyBij.reduce(0) { $0 + $1.aantal } == rij.sadney)
        }
        let beschreven = Set(r.items.map { "\($0.casus)/\($0.item)" })
        for rij in r.annotaties.perKader {
            for v in rij.smileyBij + rij.sadneyBij { #expect(beschreven.contains("\(v.casus)/\(v.item)")) }
        }
        #expect(r.items.first { $0.item == "bestaat-niet" }?.soort == .onbekend)
    }

    @Test func meestGemarkeerd() {
        #expect(r.meestGemarkeerd.ditWerkte.map(\.item) == [
            "interventie-mediation-2018", "gebeurtenis-verhuizing-2021",
            "interventie-omgang-2020", "kind-1"])
        #expect(r.meestGemarkeerd.ditHielpNiet.map(\.item) == [
            "interventie-kies-2019", "bestaat-niet", "kader-opschaling-2020"])
        #expect(r.meestGemarkeerd.ditWerkte.first?.toelichtingen.map(\.tekst)
                == ["Eerste keer <b>rust</b> & overzicht"])
        let kort = RodeDraden.bereken([RodeDradenVoorbeeld.casusA()],
                                      opties: RodeDradenOpties(maxGemarkeerd: 1))
        #expect(kort.meestGemarkeerd.ditHielpNiet.map(\.item) == ["interventie-kies-2019"])
    }

    @Test func volgordeVanDeInvoerMaaktNietUit() {
        let omgekeerd = RodeDraden.bereken([RodeDradenVoorbeeld.casusA(), RodeDradenVoorbeeld.casusB()])
        #expect(omgekeerd == r)
    }

    @Test func legeInvoer() {
        let leeg = RodeDraden.bereken([])
        #expect(leeg.casussen.isEmpty)
        #expect(leeg.patronen.count == 11)
        #expect(leeg.annotaties.smiley == 0)
    }
}
