import Foundation
import Testing
@testable import Casus

/// `casus statistiek` on the bundled examples, each figure worked out by hand from
/// the merged timeline (the dates the wall shows).
@Suite struct StatistiekVoorbeeldenTests {
    func statistiek(_ casus: String) throws -> Statistiek {
        let r = Analyseren.voerUit(casus: Repo.pad("examples/\(casus)"))
        return Statistiek(try #require(r.analyse, "\(r.meldingen)"))
    }

    @Test func hengelo() throws {
        let s = try statistiek("hengelo-2024-02")
        // Court-ordered: 1 Jun – 5 Oct 2020 (127), 6 Oct 2020 – 30 Sep 2021 (360),
        // 1 Oct 2021 – 10 Oct 2022 (375), then voluntary from 11 Oct 2022.
        #expect(s.dagenGedwongen == 127 + 360 + 375)
        #expect(s.kaderovergangen == 4)
        // Born 2 May 2010 and 18 Dec 2013; first help March 2018, first court order June 2020.
        let k = Dictionary(uniqueKeysWithValues: s.kinderen.map { ($0.gezinslid, $0) })
        #expect(k["kind-1"]?.leeftijdEersteHulp == .init(van: 7, tot: 7))
        #expect(k["kind-1"]?.leeftijdEersteGedwongen == .init(van: 10, tot: 10))
        #expect(k["kind-2"]?.leeftijdEersteHulp == .init(van: 4, tot: 4))
        #expect(k["kind-2"]?.leeftijdEersteGedwongen == .init(van: 6, tot: 6))
    }

    @Test func almeloMetVageDatums() throws {
        let s = try statistiek("almelo-2023-07")
        let k = Dictionary(uniqueKeysWithValues: s.kinderen.map { ($0.gezinslid, $0) })
        // Born 3 Nov 2012; first help "najaar 2017" (1 Sep – 30 Nov): 4 on 1 Sep, 5 from 3 Nov.
        #expect(k["kind-1"]?.leeftijdEersteHulp == .init(van: 4, tot: 5))
        // First court order 14 Feb 2022: 9.
        #expect(k["kind-1"]?.leeftijdEersteGedwongen == .init(van: 9, tot: 9))
        // Born "2016-04" (some day in April 2016): 1 all autumn 2017, 5 on 14 Feb 2022.
        #expect(k["kind-2"]?.leeftijdEersteHulp == .init(van: 1, tot: 1))
        #expect(k["kind-2"]?.leeftijdEersteGedwongen == .init(van: 5, tot: 5))
    }
}
