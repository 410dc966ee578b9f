import Yams

/// Reads one tijdlijn-format/1 document into the model, reporting every problem.
/// An entry with a fout is still read as far as possible so later checks see it,
/// but the format as a whole is only returned when it has no fouten.
struct FormatLezer {
    var lezer: NodeLezer

    init(pad: String) { lezer = NodeLezer(pad: pad) }

    static let sleutels = ["format", "casus", "ingediend_door", "gezinsleden", "netwerk",
                           "gebeurtenissen", "interventies", "kader", "regie"]

    mutating func lees(_ root: Node) -> TijdlijnFormat? {
        guard let top = lezer.blok(root, wat: "het format", sleutels: Self.sleutels,
                                   verplicht: ["format", "casus", "ingediend_door"]) else { return nil }
        if let versie = lezer.tekst(top, "format"), versie != TijdlijnFormat.versie {
            lezer.fout("onbekende formatversie \(versie)", bij: top["format"],
                       hint: "schrijf format: \(TijdlijnFormat.versie)")
        }
        let casus = lezer.tekst(top, "casus")
        let indiener = top["ingediend_door"].flatMap { leesIndiener($0) }
        var lijsten: [String: [Node]] = [:]
        for sleutel in Self.sleutels.dropFirst(3) { lijsten[sleutel] = lezer.lijst(top, sleutel) }
        let format = TijdlijnFormat(
            bestand: lezer.pad, casus: casus ?? "",
            ingediendDoor: indiener ?? Indiener(rol: "", organisatie: ""),
            gezinsleden: lijsten["gezinsleden", default: []].compactMap { leesGezinslid($0) },
            netwerk: lijsten["netwerk", default: []].compactMap { leesNetwerklid($0) },
            gebeurtenissen: lijsten["gebeurtenissen", default: []].compactMap { leesGebeurtenis($0) },
            interventies: lijsten["interventies", default: []].compactMap { leesInterventie($0) },
            kader: lijsten["kader", default: []].compactMap { leesKader($0) },
            regie: lijsten["regie", default: []].compactMap { leesRegie($0) })
        controleerUniekeIds(lijsten["gezinsleden", default: []] + lijsten["netwerk", default: []])
        if lijsten.values.allSatisfy(\.isEmpty) {
            lezer.waarschuwing("het format bevat geen gezinsleden, netwerk, gebeurtenissen, interventies, kader of regie",
                               bij: root, hint: "vul minstens één van de lijsten in")
        }
        return lezer.meldingen.heeftFouten ? nil : format
    }

    private mutating func leesIndiener(_ node: Node) -> Indiener? {
        guard let b = lezer.blok(node, wat: "ingediend_door", sleutels: ["rol", "organisatie", "naam", "datum"],
                                 verplicht: ["rol", "organisatie"]) else { return nil }
        let rol = lezer.tekst(b, "rol"), organisatie = lezer.tekst(b, "organisatie")
        let naam = lezer.naam(b), datum = lezer.datum(b, "datum")
        guard let rol, let organisatie else { return nil }
        return Indiener(rol: rol, organisatie: organisatie, naam: naam, datum: datum)
    }

    private mutating func leesGezinslid(_ node: Node) -> Gezinslid? {
        guard let b = lezer.blok(node, wat: "een gezinslid",
                                 sleutels: ["id", "rol", "naam", "geboren", "eigenheid", "blij_van", "mechanisme"],
                                 verplicht: ["id", "rol"]) else { return nil }
        let id = lezer.tekst(b, "id"), rol = lezer.keuze(b, "rol", GezinslidRol.self)
        let naam = lezer.naam(b), geboren = lezer.datum(b, "geboren")
        let eigenheid = lezer.tekst(b, "eigenheid"), blijVan = lezer.tekst(b, "blij_van")
        let mechanisme = lezer.tekst(b, "mechanisme")
        guard let id, let rol else { return nil }
        return Gezinslid(id: id, rol: rol, naam: naam, geboren: geboren, eigenheid: eigenheid,
                         blijVan: blijVan, mechanisme: mechanisme)
    }

    private mutating func leesNetwerklid(_ node: Node) -> Netwerklid? {
        guard let b = lezer.blok(node, wat: "een netwerklid",
                                 sleutels: ["id", "rol", "naam", "invloed", "toelichting"],
                                 verplicht: ["id", "rol"]) else { return nil }
        let id = lezer.tekst(b, "id"), rol = lezer.tekst(b, "rol"), naam = lezer.naam(b)
        let invloed = lezer.keuze(b, "invloed", Invloed.self), toelichting = lezer.tekst(b, "toelichting")
        guard let id, let rol else { return nil }
        return Netwerklid(id: id, rol: rol, naam: naam, invloed: invloed ?? .onbekend, toelichting: toelichting)
    }

    private mutating func leesGebeurtenis(_ node: Node) -> Gebeurtenis? {
        guard let b = lezer.blok(node, wat: "een gebeurtenis",
                                 sleutels: ["datum", "wat", "soort", "betrokkenen", "dynamiek",
                                            "effect_professionals", "volgende_stap", "veiligheid", "bron"],
                                 verplicht: ["datum", "wat"]) else { return nil }
        let datum = lezer.datum(b, "datum"), wat = lezer.tekst(b, "wat")
        let soort = lezer.keuze(b, "soort", GebeurtenisSoort.self)
        let betrokkenen = lezer.teksten(b, "betrokkenen")
        let dynamiek = lezer.tekst(b, "dynamiek"), effect = lezer.tekst(b, "effect_professionals")
        let volgende = lezer.tekst(b, "volgende_stap")
        let veiligheid = lezer.keuze(b, "veiligheid", Veiligheid.self), bron = lezer.tekst(b, "bron")
        guard let datum, let wat else { return nil }
        return Gebeurtenis(datum: datum, wat: wat, soort: soort ?? .gebeurtenis, betrokkenen: betrokkenen,
                           dynamiek: dynamiek, effectProfessionals: effect, volgendeStap: volgende,
                           veiligheid: veiligheid ?? .onbekend, bron: bron)
    }

    private mutating func leesInterventie(_ node: Node) -> Interventie? {
        guard let b = lezer.blok(node, wat: "een interventie",
                                 sleutels: ["naam", "aanbieder", "soort", "start", "einde", "gericht_op",
                                            "afloop", "overdracht", "resultaat"],
                                 verplicht: ["naam", "aanbieder", "soort", "start"]) else { return nil }
        let naam = lezer.tekst(b, "naam"), aanbieder = lezer.tekst(b, "aanbieder")
        let soort = lezer.keuze(b, "soort", InterventieSoort.self)
        let start = lezer.datum(b, "start"), einde = lezer.datum(b, "einde")
        let gerichtOp = lezer.teksten(b, "gericht_op")
        let afloop = lezer.keuze(b, "afloop", Afloop.self)
        let overdracht = lezer.keuze(b, "overdracht", InterventieOverdracht.self)
        let resultaat = lezer.tekst(b, "resultaat")
        controleerVolgorde(start, einde, b, "start", "einde")
        guard let naam, let aanbieder, let soort, let start else { return nil }
        return Interventie(naam: naam, aanbieder: aanbieder, soort: soort, start: start, einde: einde,
                           gerichtOp: gerichtOp, afloop: afloop, overdracht: overdracht, resultaat: resultaat)
    }

    private mutating func leesKader(_ node: Node) -> KaderOvergang? {
        guard let b = lezer.blok(node, wat: "een kader-overgang",
                                 sleutels: ["datum", "van", "naar", "maatregel", "reden", "toelichting"],
                                 verplicht: ["datum", "van", "naar"]) else { return nil }
        let datum = lezer.datum(b, "datum")
        let van = lezer.keuze(b, "van", Kader.self), naar = lezer.keuze(b, "naar", Kader.self)
        let maatregel = lezer.keuze(b, "maatregel", Maatregel.self)
        let reden = lezer.keuze(b, "reden", KaderReden.self), toelichting = lezer.tekst(b, "toelichting")
        guard let datum, let van, let naar else { return nil }
        return KaderOvergang(datum: datum, van: van, naar: naar, maatregel: maatregel, reden: reden,
                             toelichting: toelichting)
    }

    private mutating func leesRegie(_ node: Node) -> Regieperiode? {
        guard let b = lezer.blok(node, wat: "een regieperiode",
                                 sleutels: ["vanaf", "tot", "wie", "organisatie", "gemeente", "overdracht"],
                                 verplicht: ["vanaf", "wie", "organisatie"]) else { return nil }
        let vanaf = lezer.datum(b, "vanaf"), tot = lezer.datum(b, "tot")
        let wie = lezer.tekst(b, "wie"), organisatie = lezer.tekst(b, "organisatie")
        let gemeente = lezer.tekst(b, "gemeente")
        let overdracht = lezer.keuze(b, "overdracht", RegieOverdracht.self)
        controleerVolgorde(vanaf, tot, b, "vanaf", "tot")
        guard let vanaf, let wie, let organisatie else { return nil }
        return Regieperiode(vanaf: vanaf, tot: tot, wie: wie, organisatie: organisatie, gemeente: gemeente,
                            overdracht: overdracht)
    }

    /// An end is only wrong when it lies wholly before the start: `2019` to `maart 2019` is fine.
    private mutating func controleerVolgorde(_ begin: Datum?, _ eind: Datum?, _ b: Blok,
                                             _ beginSleutel: String, _ eindSleutel: String) {
        guard let begin, let eind, eind.tot < begin.van else { return }
        lezer.fout("\(eindSleutel) (\(eind.tekst)) ligt vóór \(beginSleutel) (\(begin.tekst))",
                   bij: b[eindSleutel], hint: "controleer beide datums; misschien zijn ze omgewisseld")
    }

    /// Ids key family members across formats: a duplicate within one format is ambiguous.
    private mutating func controleerUniekeIds(_ nodes: [Node]) {
        var gezien: Set<String> = []
        for node in nodes {
            guard case .mapping(let m) = node, let idNode = m["id"], let id = idNode.string,
                  !id.isEmpty else { continue }
            if !gezien.insert(id).inserted {
                lezer.fout("id \(id) komt twee keer voor in gezinsleden/netwerk", bij: idNode,
                           hint: "geef iedereen een eigen id, bijvoorbeeld kind-1 en kind-2")
            }
        }
    }
}
