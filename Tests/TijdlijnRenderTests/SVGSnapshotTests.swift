import Casus
import SnapshotTesting
import Testing
@testable import TijdlijnRender

@Suite("SVG-snapshots")
struct SVGSnapshotTests {
    @Test func voorbeeldCasus() {
        let r = TijdlijnRenderer(VoorbeeldCasus.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                 bevindingen: VoorbeeldCasus.bevindingen)
        assertSnapshot(of: r.svg(), as: .lines)
    }

    @Test func voorbeeldCasusGepseudonimiseerd() {
        let r = TijdlijnRenderer(VoorbeeldCasus.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                 bevindingen: VoorbeeldCasus.bevindingen, opties: RenderOpties(pseudoniem: true))
        assertSnapshot(of: r.svg(), as: .lines)
    }

    /// Issue 13: the session's additions, step 3's questions, the visie band, the agreements.
    @Test func voorbeeldCasusMetSessie() {
        let r = TijdlijnRenderer(VoorbeeldSessie.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                 bevindingen: VoorbeeldCasus.bevindingen, opties: RenderOpties(pseudoniem: true),
                                 sessie: VoorbeeldSessie.sessie)
        assertSnapshot(of: r.svg(), as: .lines)
    }

    @Test func legeCasus() {
        assertSnapshot(of: TijdlijnRenderer(Tijdlijn(casus: "leeg")).svg(), as: .lines)
    }
}
