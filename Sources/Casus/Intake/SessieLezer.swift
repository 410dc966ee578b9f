import Yams

/// Reads `sessie.yaml` (cli.md): annotations, merge corrections and agreements.
struct SessieLezer {
    var lezer: NodeLezer

    init(pad: String) { lezer = NodeLezer(pad: pad) }

    mutating func lees(_ root: Node) -> Sessie? {
        guard let top = lezer.blok(root, wat: "de sessie",
                                   sleutels: ["sessie", "casus", "datum", "facilitator", "deelnemers",
                                              "annotaties", "koppel", "ontkoppel", "afspraken"],
                                   verplicht: ["sessie", "casus"]) else { return nil }
        if let versie = lezer.tekst(top, "sessie"), versie != Sessie.versie {
            lezer.fout("onbekende sessieversie \(versie)", bij: top["sessie"],
                       hint: "schrijf sessie: \(Sessie.versie)")
        }
        // Read in document order, so meldingen come out in the order of the file.
        let datum = lezer.datum(top, "datum")
        let facilitator = lezer.tekst(top, "facilitator")
        let deelnemers = lezer.teksten(top, "deelnemers")
        let sessie = Sessie(
            casus: lezer.tekst(top, "casus") ?? "",
            annotaties: lezer.lijst(top, "annotaties").compactMap { leesAnnotatie($0) },
            koppel: lezer.lijst(top, "koppel").compactMap { leesKoppeling($0) },
            ontkoppel: lezer.lijst(top, "ontkoppel").compactMap { leesOntkoppeling($0) },
            afspraken: lezer.teksten(top, "afspraken"),
            datum: datum, facilitator: facilitator, deelnemers: deelnemers)
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
}
