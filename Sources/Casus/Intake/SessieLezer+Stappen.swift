import Yams

/// The keys sessie/2 added: participants, family additions, kies, visie,
/// structured agreements and the evaluation.
extension SessieLezer {
    mutating func leesDeelnemers(_ top: Blok) -> [Deelnemer] {
        var gezien: [String: Int] = [:]
        return lezer.lijst(top, "deelnemers").compactMap { node -> Deelnemer? in
            if case .scalar(let s) = node {
                let rol = s.string.trimmingCharacters(in: .whitespaces)
                return rol.isEmpty ? nil : Deelnemer(rol: rol)
            }
            guard let b = lezer.blok(node, wat: "een deelnemer",
                                     sleutels: ["id", "rol", "organisatie", "naam", "check_in"],
                                     verplicht: ["rol"]) else { return nil }
            let id = lezer.tekst(b, "id"), rol = lezer.tekst(b, "rol")
            let organisatie = lezer.tekst(b, "organisatie"), naam = lezer.tekst(b, "naam")
            let checkIn = lezer.tekst(b, "check_in")
            if let id {
                if let eerder = gezien[id] {
                    lezer.fout("deelnemer-id '\(id)' komt twee keer voor (eerst op regel \(eerder))", bij: b["id"],
                               hint: "geef elke deelnemer een eigen id, bijvoorbeeld p1, p2, …")
                }
                gezien[id] = b["id"]?.mark?.line ?? 1
            }
            guard let rol else { return nil }
            return Deelnemer(id: id, rol: rol, organisatie: organisatie, naam: naam, checkIn: checkIn)
        }
    }

    mutating func leesGezinslid(_ node: Node) -> GezinslidAanvulling? {
        guard let b = lezer.blok(node, wat: "een aanvulling op een gezinslid",
                                 sleutels: ["id", "eigenheid", "blij_van", "mechanisme", "door"],
                                 verplicht: ["id"]) else { return nil }
        let id = lezer.tekst(b, "id"), eigenheid = lezer.tekst(b, "eigenheid")
        let blijVan = lezer.tekst(b, "blij_van"), mechanisme = lezer.tekst(b, "mechanisme")
        let door = lezer.tekst(b, "door")
        guard let id else { return nil }
        let aanvulling = GezinslidAanvulling(id: id, eigenheid: eigenheid, blijVan: blijVan,
                                             mechanisme: mechanisme, door: door)
        if aanvulling.isLeeg {
            lezer.waarschuwing("deze aanvulling op \(id) voegt niets toe", bij: node,
                               hint: "vul eigenheid, blij_van of mechanisme in, of haal het blok weg")
        }
        return aanvulling
    }

    mutating func leesKeuzes(_ top: Blok) -> [Keuze] {
        var gezien: [String: Int] = [:]
        return lezer.lijst(top, "kies").compactMap { node -> Keuze? in
            guard let b = lezer.blok(node, wat: "een keuze (kies)", sleutels: ["item", "veld", "bron", "tekst"],
                                     verplicht: ["item", "veld"]) else { return nil }
            let item = lezer.tekst(b, "item"), veld = lezer.tekst(b, "veld")
            let bron = lezer.tekst(b, "bron"), tekst = lezer.tekst(b, "tekst")
            if let veld, !Keuze.velden.contains(veld) {
                let suggestie = Suggestie.dichtstbij(veld, uit: Keuze.velden).map { "; bedoelde je \($0)?" } ?? ""
                lezer.fout("onbekend veld '\(veld)' in kies\(suggestie)", bij: b["veld"],
                           hint: "een veld van het item, zoals wat, datum, dynamiek of aanbieder")
            }
            switch (bron, tekst) {
            case (nil, nil):
                lezer.fout("een keuze noemt een bron of een eigen tekst", bij: node,
                           hint: "voeg bron: BRON-ID toe (de waarde van die bron) of tekst: \"…\" (een eigen waarde)")
            case (.some, .some):
                lezer.fout("een keuze noemt een bron óf een eigen tekst, niet allebei", bij: b["tekst"],
                           hint: "haal bron: of tekst: weg")
            default:
                break
            }
            if let veld, let tekst, Keuze.datumVelden.contains(veld), DatumParser.parse(tekst) == nil {
                lezer.fout("onleesbare datum '\(tekst)' bij tekst", bij: b["tekst"],
                           hint: "gebruik bijvoorbeeld: \(DatumParser.toegestaneVormen)")
            }
            guard let item, let veld else { return nil }
            let sleutel = item + "\u{0}" + veld
            if let eerder = gezien[sleutel] {
                lezer.fout("veld \(veld) van \(item) is al gekozen op regel \(eerder)", bij: node,
                           hint: "houd één keuze per item en veld")
            }
            gezien[sleutel] = node.mark?.line ?? 1
            return Keuze(item: item, veld: veld, bron: bron, tekst: tekst)
        }
    }

    mutating func leesVisie(_ top: Blok) -> [VisieOordeel] {
        var gezien: [Int: Int] = [:]
        return lezer.lijst(top, "visie").compactMap { node -> VisieOordeel? in
            guard let b = lezer.blok(node, wat: "een oordeel (visie)",
                                     sleutels: ["principe", "oordeel", "toelichting", "had_kunnen", "items"],
                                     verplicht: ["principe", "oordeel"]) else { return nil }
            let principe = leesPrincipe(b)
            let oordeel = lezer.keuze(b, "oordeel", Oordeel.self)
            let toelichting = lezer.tekst(b, "toelichting"), hadKunnen = lezer.tekst(b, "had_kunnen")
            let items = lezer.teksten(b, "items")
            guard let principe, let oordeel else { return nil }
            if let eerder = gezien[principe] {
                lezer.fout("principe \(principe) heeft al een oordeel (regel \(eerder))", bij: b["principe"],
                           hint: "houd één oordeel per principe; voeg de toelichtingen samen")
            }
            gezien[principe] = b["principe"]?.mark?.line ?? 1
            return VisieOordeel(principe: principe, oordeel: oordeel, toelichting: toelichting,
                                hadKunnen: hadKunnen, items: items)
        }
    }

    private mutating func leesPrincipe(_ b: Blok) -> Int? {
        guard let tekst = lezer.tekst(b, "principe") else { return nil }
        if let n = Int(tekst), Principe.nummers.contains(n) { return n }
        lezer.fout("principe '\(tekst)' bestaat niet; de visie heeft acht principes", bij: b["principe"],
                   hint: "een nummer van 1 tot en met 8 (zie `casus principes`)")
        return nil
    }

    mutating func leesAfspraak(_ node: Node) -> Afspraak? {
        if case .scalar(let s) = node {
            let wat = s.string.trimmingCharacters(in: .whitespacesAndNewlines)
            return wat.isEmpty ? nil : Afspraak(wat: wat)
        }
        guard let b = lezer.blok(node, wat: "een afspraak", sleutels: ["wat", "wie", "wanneer", "items", "status"],
                                 verplicht: ["wat"]) else { return nil }
        let wat = lezer.tekst(b, "wat"), wie = lezer.tekst(b, "wie"), wanneer = lezer.datum(b, "wanneer")
        let items = lezer.teksten(b, "items"), status = lezer.keuze(b, "status", AfspraakStatus.self)
        guard let wat else { return nil }
        return Afspraak(wat: wat, wie: wie, wanneer: wanneer, items: items, status: status)
    }

    mutating func leesEvaluatie(_ node: Node) -> Evaluatie? {
        guard let b = lezer.blok(node, wat: "een evaluatie", sleutels: ["door", "tekst"],
                                 verplicht: ["door", "tekst"]) else { return nil }
        let door = lezer.tekst(b, "door"), tekst = lezer.tekst(b, "tekst")
        guard let door, let tekst else { return nil }
        return Evaluatie(door: door, tekst: tekst)
    }
}
