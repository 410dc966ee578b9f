import Foundation
import Testing
@testable import Casus

/// Merge accuracy on the two example casussen, against groups counted by hand
/// from the formats (which entries describe the same thing). An entry is named
/// `<role>@<datum as written>`; every entry not listed in a group is on its own.
/// The automatic merge is not perfect; its known mistakes are listed explicitly,
/// so any change in behaviour shows up here.
@Suite struct MergeVoorbeeldenTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    static func tijdlijn(_ casus: String, metSessie: Bool) throws -> Tijdlijn {
        let invoer = Intake.leesCasusMap(pad: examples.appendingPathComponent(casus).path)
        try #require(!invoer.meldingen.heeftFouten, "\(invoer.meldingen)")
        let r = Samenvoeger.voegSamen(invoer.formats, sessie: metSessie ? invoer.sessie : nil,
                                      sessiePad: invoer.sessiePad)
        #expect(r.meldingen.isEmpty, "\(r.meldingen)")
        return r.tijdlijn
    }

    /// Pairs of gebeurtenis entries merged into one item, as `a + b` (sorted).
    static func paren(_ groepen: [[String]]) -> Set<String> {
        var uit = Set<String>()
        for g in groepen {
            let s = g.sorted()
            for i in s.indices { for j in s.indices where j > i { uit.insert("\(s[i]) + \(s[j])") } }
        }
        return uit
    }

    static func groepen(_ t: Tijdlijn) -> [[String]] {
        t.gebeurtenissen.map { item in
            item.perBron.map { "\($0.bron.split(separator: "-")[0])@\($0.inhoud.datum.tekst)" }
        }
    }

    /// Pair precision and recall of the automatic merge against the hand count.
    static func meet(_ hand: [[String]], _ t: Tijdlijn)
        -> (precisie: Double, volledigheid: Double, gemist: Set<String>, teVeel: Set<String>) {
        let echt = paren(hand), gevonden = paren(groepen(t))
        let goed = Double(echt.intersection(gevonden).count)
        return (gevonden.isEmpty ? 1 : goed / Double(gevonden.count), echt.isEmpty ? 1 : goed / Double(echt.count),
                echt.subtracting(gevonden), gevonden.subtracting(echt))
    }

    static func aantallen(_ t: Tijdlijn) -> [Int] {
        [t.gezinsleden.count, t.netwerk.count, t.interventies.count, t.kader.count, t.regie.count]
    }

    @Test func hengelo() throws {
        let hand: [[String]] = [
            ["advocaat@september 2016", "jeugdbeschermer@2016", "wijkcoach@2016-09"],
            ["intern@oktober 2017", "wijkcoach@ca. oktober 2017"],
            ["advocaat@2018-06-19", "wijkcoach@2018-06"],
            ["jeugdbeschermer@2019-03", "wijkcoach@2019-03-14"],
            ["advocaat@6 okt 2020", "jeugdbeschermer@2020-10-06", "wijkcoach@najaar 2020"],
            ["jeugdbeschermer@november 2020", "intern@november 2020"],
            ["jeugdbeschermer@2022-10-11", "wijkcoach@oktober 2022"],
            ["advocaat@november 2023", "wijkcoach@eind 2023"],
        ]
        let automatisch = try Self.tijdlijn("hengelo-2024-02", metSessie: false)
        // 40 entries; by hand 30 events (a second Feb 2023 moment at school is its own).
        #expect(automatisch.gebeurtenissen.count == 30)
        #expect(Self.aantallen(automatisch) == [4, 4, 8, 4, 3])
        // The end of the OTS (each writer names the other's role) and the first visit at
        // school are found; Daan telling at school stays apart from the incident at the door.
        let meting = Self.meet(hand, automatisch)
        #expect(meting.gemist.isEmpty && meting.teVeel.isEmpty, "\(meting)")
        #expect(meting.precisie >= 0.95 && meting.volledigheid >= 0.95)

        let sessie = try Self.tijdlijn("hengelo-2024-02", metSessie: true)
        #expect(Self.paren(Self.groepen(sessie)) == Self.paren(hand))
        #expect(sessie.regiewisselingen.count == 2)
    }

    @Test func almelo() throws {
        let hand: [[String]] = [
            ["advocaat@mei 2017", "jeugdbeschermer@2017", "wijkcoach@ca. mei 2017"],
            ["advocaat@juli 2018", "jeugdbeschermer@zomer 2018"],
            ["advocaat@2019-09", "wijkcoach@2019-09"],
            ["advocaat@november 2021", "wijkcoach@november 2021"],
            ["advocaat@januari 2022", "jeugdbeschermer@januari 2022", "wijkcoach@22 januari 2022"],
            ["advocaat@2022-05-10", "jeugdbeschermer@10 mei 2022"],
            ["jeugdbeschermer@november 2022", "leerkracht@15 november 2022"],
            ["jeugdbeschermer@begin 2023", "leerkracht@01-2023"],
        ]
        let t = try Self.tijdlijn("almelo-2023-07", metSessie: false)
        // 41 entries; by hand 31 events.
        #expect(t.gebeurtenissen.count == 31)
        #expect(Self.aantallen(t) == [5, 0, 8, 3, 3])
        // Levi telling in class on the 24th stays apart from the fight of the 22nd.
        let meting = Self.meet(hand, t)
        #expect(meting.gemist.isEmpty && meting.teVeel.isEmpty, "\(meting)")
        #expect(meting.precisie >= 0.95 && meting.volledigheid >= 0.95)
        #expect(t.conflicten.count == 11)
        #expect(t.conflicten.contains { $0.veld == "regiehouder" })
    }

    /// The third example holds a deliberately confusable pair: two quarrels at a
    /// handover two weeks apart (3 and 17 March 2021, same soort, same people, similar
    /// words), and Noor telling about the second in class the next day.
    @Test func enschede() throws {
        let hand: [[String]] = [
            ["advocaat@april 2019", "wijkcoach@voorjaar 2019"],
            ["advocaat@2021-03-03", "wijkcoach@3 maart 2021"],
            ["leerkracht@2021-03-17", "wijkcoach@17 maart 2021"],
            ["advocaat@2021-06-24", "wijkcoach@juni 2021"],
            ["leerkracht@september 2022", "wijkcoach@september 2022"],
            ["advocaat@2023-05-10", "leerkracht@mei 2023", "wijkcoach@2023-05"],
        ]
        let t = try Self.tijdlijn("enschede-2024-09", metSessie: false)
        // 18 entries; by hand 11 events.
        #expect(t.gebeurtenissen.count == 11)
        #expect(Self.aantallen(t) == [3, 0, 2, 0, 1])
        let meting = Self.meet(hand, t)
        #expect(meting.gemist.isEmpty && meting.teVeel.isEmpty, "\(meting)")
        #expect(meting.precisie >= 0.95 && meting.volledigheid >= 0.95)
    }
}
