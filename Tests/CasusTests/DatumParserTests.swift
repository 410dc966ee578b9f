import PropertyBased
import Testing
@testable import Casus

@Suite struct DatumParserTests {
    func interval(_ tekst: String) -> (String, String, Datum.Precisie, Bool)? {
        DatumParser.parse(tekst).map { ($0.van.description, $0.tot.description, $0.precisie, $0.ca) }
    }

    @Test(arguments: [
        ("2019-03-14", "2019-03-14", "2019-03-14", Datum.Precisie.dag),
        ("14-03-2019", "2019-03-14", "2019-03-14", .dag),
        ("14/3/2019", "2019-03-14", "2019-03-14", .dag),
        ("14 maart 2019", "2019-03-14", "2019-03-14", .dag),
        ("14 mrt 2019", "2019-03-14", "2019-03-14", .dag),
        ("14 mrt. 2019", "2019-03-14", "2019-03-14", .dag),
        ("2019-03", "2019-03-01", "2019-03-31", .maand),
        ("maart 2019", "2019-03-01", "2019-03-31", .maand),
        ("Mrt 2019", "2019-03-01", "2019-03-31", .maand),
        ("03-2019", "2019-03-01", "2019-03-31", .maand),
        ("sept 2019", "2019-09-01", "2019-09-30", .maand),
        ("feb 2020", "2020-02-01", "2020-02-29", .maand),
        ("Q2 2019", "2019-04-01", "2019-06-30", .periode),
        ("q4 2019", "2019-10-01", "2019-12-31", .periode),
        ("voorjaar 2019", "2019-03-01", "2019-05-31", .periode),
        ("zomer 2019", "2019-06-01", "2019-08-31", .periode),
        ("najaar 2019", "2019-09-01", "2019-11-30", .periode),
        ("herfst 2019", "2019-09-01", "2019-11-30", .periode),
        ("winter 2019", "2019-12-01", "2020-02-29", .periode),
        ("begin 2019", "2019-01-01", "2019-04-30", .periode),
        ("medio 2019", "2019-05-01", "2019-08-31", .periode),
        ("eind 2019", "2019-09-01", "2019-12-31", .periode),
        ("begin maart 2019", "2019-03-01", "2019-03-10", .periode),
        ("2019", "2019-01-01", "2019-12-31", .jaar),
    ])
    func vormen(tekst: String, van: String, tot: String, precisie: Datum.Precisie) throws {
        let d = try #require(interval(tekst))
        #expect(d.0 == van)
        #expect(d.1 == tot)
        #expect(d.2 == precisie)
        #expect(d.3 == false)
        #expect(DatumParser.parse(tekst)?.tekst == tekst)
    }

    @Test(arguments: ["ca. 2018", "circa 2018", "rond 2018", "ongeveer 2018", "ca 2018", "ca.2018", "Ca. 2018"])
    func ongeveer(tekst: String) throws {
        let d = try #require(interval(tekst))
        #expect(d.0 == "2018-01-01" && d.1 == "2018-12-31" && d.3)
    }

    @Test(arguments: ["", "ergens", "2019-13", "31-02-2019", "14 maart", "Q5 2019", "19", "12345",
                      "2019-03-14-01", "maart", "voorjaar", "lente 20x9", "ca.", "0-0-0", "1800", "--"])
    func rommelWordtGeweigerd(tekst: String) {
        #expect(DatumParser.parse(tekst) == nil)
    }

    static let maandNamen = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                             "september", "oktober", "november", "december"]

    /// Any valid day, written in any of the day or month forms, parses to the interval it names.
    @Test func elkeGeldigeDatumGeeftHetJuisteInterval() async {
        await propertyCheck(input: Gen.int(in: 1900...2100), Gen.int(in: 1...12), Gen.int(in: 1...31),
                            Gen.int(in: 0...5)) { jaar, maand, ruweDag, vorm in
            let dag = min(ruweDag, Dag.dagenInMaand(jaar, maand))
            let tekst: String
            switch vorm {
            case 0: tekst = String(format: "%04d-%02d-%02d", jaar, maand, dag)
            case 1: tekst = String(format: "%02d-%02d-%04d", dag, maand, jaar)
            case 2: tekst = "\(dag) \(Self.maandNamen[maand - 1]) \(jaar)"
            case 3: tekst = String(format: "%04d-%02d", jaar, maand)
            case 4: tekst = "\(Self.maandNamen[maand - 1]) \(jaar)"
            default: tekst = "ca. \(jaar)"
            }
            guard let datum = DatumParser.parse(tekst) else {
                Issue.record("niet gelezen: \(tekst)")
                return
            }
            #expect(datum.van <= datum.tot)
            switch vorm {
            case 0, 1, 2:
                #expect(datum.van == Dag(jaar, maand, dag) && datum.tot == Dag(jaar, maand, dag))
            case 3, 4:
                #expect(datum.van == Dag(jaar, maand, 1) && datum.tot == Dag.laatsteVanMaand(jaar, maand))
            default:
                #expect(datum.ca && datum.van == Dag(jaar, 1, 1) && datum.tot == Dag(jaar, 12, 31))
            }
        }
    }

    /// Every period form gives an interval with start before end, inside the year or just after (winter).
    @Test func periodesLiggenGoed() async {
        let woorden = ["Q1", "Q2", "Q3", "Q4", "voorjaar", "zomer", "najaar", "herfst", "winter", "begin", "medio", "eind"]
        await propertyCheck(input: Gen.int(in: 1900...2099), Gen.int(in: 0...(woorden.count - 1))) { jaar, i in
            guard let d = DatumParser.parse("\(woorden[i]) \(jaar)") else {
                Issue.record("niet gelezen: \(woorden[i]) \(jaar)")
                return
            }
            #expect(d.van < d.tot)
            #expect(d.van.jaar == jaar)
            #expect(d.precisie == .periode)
        }
    }
}
