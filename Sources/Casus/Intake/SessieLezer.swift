import Yams

/// Reads `sessie.yaml` (sessie.md), version 1 or 2: every problem with its place.
struct SessieLezer {
    var lezer: NodeLezer

    init(pad: String) { lezer = NodeLezer(pad: pad) }

    static let sleutels1 = ["sessie", "casus", "datum", "facilitator", "deelnemers",
                            "annotaties", "koppel", "ontkoppel", "afspraken"]
    static let sleutels2 = ["gezinsleden", "kies", "visie", "evaluatie"]

    mutating func lees(_ root: Node) -> Sessie? {
        guard let top = lezer.blok(root, wat: "de sessie", sleutels: Self.sleutels1 + Self.sleutels2,
                                   verplicht: ["sessie", "casus"]) else { return nil }
        let versie = lezer.tekst(top, "sessie")
        if let versie, !Sessie.versies.contains(versie) {
            lezer.fout("onbekende sessieversie \(versie)", bij: top["sessie"],
                       hint: "schrijf sessie: \(Sessie.versie)")
        }
        if versie == "sessie/1" {
            for sleutel in Self.sleutels2 where top[sleutel] != nil {
                lezer.waarschuwing("\(sleutel) hoort bij sessie/2, dit bestand zegt sessie/1",
                                   bij: top.waarden[sleutel]?.sleutel, hint: "schrijf sessie: sessie/2")
            }
        }
        // Read in document order, so meldingen come out in the order of the file.
        var sessie = Sessie(casus: lezer.tekst(top, "casus") ?? "")
        sessie.datum = lezer.datum(top, "datum")
        sessie.facilitator = lezer.tekst(top, "facilitator")
        sessie.deelnemers = leesDeelnemers(top)
        sessie.gezinsleden = lezer.lijst(top, "gezinsleden").compactMap { leesGezinslid($0) }
        sessie.annotaties = lezer.lijst(top, "annotaties").compactMap { leesAnnotatie($0) }
        sessie.koppel = lezer.lijst(top, "koppel").compactMap { leesKoppeling($0) }
        sessie.ontkoppel = lezer.lijst(top, "ontkoppel").compactMap { leesOntkoppeling($0) }
        sessie.kies = leesKeuzes(top)
        sessie.visie = leesVisie(top)
        sessie.afspraken = lezer.lijst(top, "afspraken").compactMap { leesAfspraak($0) }
        sessie.evaluatie = lezer.lijst(top, "evaluatie").compactMap { leesEvaluatie($0) }
        controleerNamen(sessie, top)
        return lezer.meldingen.heeftFouten ? nil : sessie
    }

    private mutating func leesAnnotatie(_ node: Node) -> Annotatie? {
        guard let b = lezer.blok(node, wat: "een annotatie",
                                 sleutels: ["item", "soort", "door", "thema", "toelichting"],
                                 verplicht: ["item", "soort", "door"]) else { return nil }
        let item = lezer.tekst(b, "item"), soort = lezer.keuze(b, "soort", AnnotatieSoort.self)
        let door = lezer.tekst(b, "door"), thema = lezer.keuze(b, "thema", Thema.self)
        let toelichting = lezer.tekst(b, "toelichting")
        guard let item, let soort, let door else { return nil }
        return Annotatie(item: item, soort: soort, door: door, thema: thema, toelichting: toelichting)
    }

    private mutating func leesKoppeling(_ node: Node) -> Koppeling? {
        guard let b = lezer.blok(node, wat: "een koppeling", sleutels: ["items", "toelichting"],
                                 verplicht: ["items"]) else { return nil }
        let items = lezer.teksten(b, "items")
        if items.count < 2, b["items"] != nil {
            lezer.fout("een koppeling noemt minstens twee items", bij: b["items"],
                       hint: "bijvoorbeeld items: [interventie-kies-2019, interventie-kies-2019-2]")
        }
        let toelichting = lezer.tekst(b, "toelichting")
        return items.count < 2 ? nil : Koppeling(items: items, toelichting: toelichting)
    }

    private mutating func leesOntkoppeling(_ node: Node) -> Ontkoppeling? {
        guard let b = lezer.blok(node, wat: "een ontkoppeling", sleutels: ["item", "bron", "toelichting"],
                                 verplicht: ["item", "bron"]) else { return nil }
        let item = lezer.tekst(b, "item"), bron = lezer.tekst(b, "bron")
        let toelichting = lezer.tekst(b, "toelichting")
        guard let item, let bron else { return nil }
        return Ontkoppeling(item: item, bron: bron, toelichting: toelichting)
    }

    /// A name written where a role or a deelnemer id belongs would leak into
    /// pseudonymised outputs: `wie` of an agreement and every `door`.
    private mutating func controleerNamen(_ sessie: Sessie, _ top: Blok) {
        let namen = Set((sessie.deelnemers.compactMap(\.naam) + [sessie.facilitator].compactMap { $0 })
            .map { $0.lowercased() })
        guard !namen.isEmpty else { return }
        for (sleutel, veld) in [("afspraken", "wie"), ("annotaties", "door"), ("gezinsleden", "door"),
                                ("evaluatie", "door")] {
            guard case .sequence(let lijst)? = top[sleutel] else { continue }
            for node in lijst {
                guard let waarde = node[veld], let tekst = waarde.string,
                      namen.contains(tekst.trimmingCharacters(in: .whitespaces).lowercased()) else { continue }
                lezer.waarschuwing("\(veld) noemt een naam ('\(tekst)')", bij: waarde,
                                   hint: veld == "wie" ? "schrijf een rol, nooit een naam"
                                       : "gebruik het id van de deelnemer, zodat het verslag zonder namen klopt")
            }
        }
    }
}
