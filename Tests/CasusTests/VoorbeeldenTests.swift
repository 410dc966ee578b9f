import Testing
@testable import Casus

/// What professionals copy and what the README demonstrates must itself be flawless.
@Suite struct VoorbeeldenTests {
    @Test func sjabloonIsGeldig() throws {
        let (format, meldingen) = Intake.leesFormat(pad: Repo.pad("templates/tijdlijn-format.yaml"))
        #expect(meldingen.isEmpty, "\(meldingen.map(\.description))")
        let f = try #require(format)
        // One filled-in example entry in each list.
        #expect(!f.gezinsleden.isEmpty && !f.netwerk.isEmpty && !f.gebeurtenissen.isEmpty)
        #expect(!f.interventies.isEmpty && !f.kader.isEmpty && !f.regie.isEmpty)
    }

    @Test func erZijnMinstensTweeVoorbeelden() {
        #expect(Repo.voorbeelden.count >= 2)
    }

    @Test(arguments: Repo.voorbeelden)
    func voorbeeldIsZonderFouten(map: String) {
        let invoer = Intake.leesCasusMap(pad: map)
        #expect(invoer.meldingen.fouten.isEmpty, "\(invoer.meldingen.map(\.description))")
        #expect((4...6).contains(invoer.formats.count))
        #expect(Set(invoer.formats.map(\.ingediendDoor.rol)).count == invoer.formats.count)
    }

    @Test func controleerOpAlleVoorbeeldenIsSchoon() {
        let rapport = Intake.controleer(paden: Repo.voorbeelden + [Repo.pad("templates")])
        #expect(!rapport.meldingen.heeftFouten)
        #expect(rapport.aantalBestanden >= 11)
    }
}
