/// The parts of the report that come from `project.yaml` and from the sessions:
/// title page, how the analyses were done, the vision test, the agreements and
/// the follow-up conversations. Without a project the report says what is missing.
extension RodeDradenRapport {
    static func titelpagina(_ r: RodeDraden, project: Project?) -> [RapportDocument.Blok] {
        guard let project else {
            return [.alinea([.vet("Zonder project.yaml: "),
                             .tekst("titel, opdrachtgever, gemeenten, periode, projectleider, inleiding en de "
                                + "conclusies per thema ontbreken. Geef ze mee met --project project.yaml.")])]
        }
        var regels: [[RapportDocument.Fragment]] = []
        func regel(_ label: String, _ waarde: String?) {
            if let waarde, !waarde.isEmpty { regels.append([.vet(label + ": "), .tekst(waarde)]) }
        }
        regel("Opdrachtgever", project.opdrachtgever)
        regel("Gemeenten", project.gemeenten.isEmpty ? nil : project.gemeenten.joined(separator: ", "))
        regel("Periode", project.periode)
        regel("Projectleider", project.projectleider)
        regel("Casussen", RapportTeksten.casussen(r.casussen.count))
        if let s = r.sessies {
            regel("Sessies", String(s.sessies))
            regel("Deelnemers", String(s.deelnemers))
        }
        var blokken: [RapportDocument.Blok] = [.lijst(regels)]
        var ontbreekt: [String] = []
        if project.opdrachtgever == nil { ontbreekt.append("opdrachtgever") }
        if project.gemeenten.isEmpty { ontbreekt.append("gemeenten") }
        if project.periode == nil { ontbreekt.append("periode") }
        if project.projectleider == nil { ontbreekt.append("projectleider") }
        if project.inleiding == nil { ontbreekt.append("inleiding") }
        if !ontbreekt.isEmpty {
            blokken.append(.alinea([.tekst("Niet ingevuld in project.yaml: \(ontbreekt.joined(separator: ", ")).")]))
        }
        return blokken
    }

    static func inleiding(_ project: Project?) -> [RapportDocument.Blok] {
        guard let inleiding = project?.inleiding else { return [] }
        return [.kop(niveau: 2, tekst: "Inleiding", anker: "inleiding")]
            + RapportTeksten.alineas(inleiding).map { .alinea([.tekst($0)]) }
    }

    /// Generated from the data, never typed by hand.
    static func werkwijze(_ r: RodeDraden) -> [RapportDocument.Blok] {
        var tekst = "Deze rapportage telt \(RapportTeksten.casussen(r.casussen.count))"
        guard let s = r.sessies, s.sessies > 0 else {
            return [.kop(niveau: 2, tekst: "Hoe de analyses zijn gedaan", anker: "werkwijze"),
                    .alinea([.tekst(tekst + "; van geen enkele casus is een sessie vastgelegd.")])]
        }
        tekst += ", waarvan \(s.sessies) met een vastgelegde sessie van vier uur"
        if let eerste = s.eersteSessie, let laatste = s.laatsteSessie {
            tekst += eerste == laatste ? " (op \(eerste))" : " (van \(eerste) tot \(laatste))"
        }
        tekst += ". In elke sessie legden de betrokken professionals hun tijdlijn-formats samen tot één tijdlijn, "
            + "plakten smileys en sadneys en toetsten de casus aan de visie rust en welzijn."
        var blokken: [RapportDocument.Blok] = [
            .kop(niveau: 2, tekst: "Hoe de analyses zijn gedaan", anker: "werkwijze"), .alinea([.tekst(tekst)]),
        ]
        if !s.deelnemersPerRol.isEmpty {
            blokken.append(.alinea([.tekst("Deelnemers naar rol (\(s.deelnemers) in totaal):")]))
            blokken.append(.tabel(koppen: ["Rol", "Aantal"],
                                  rijen: s.deelnemersPerRol.map { [[.tekst($0.rol)], [.tekst(String($0.aantal))]] },
                                  rechts: [1]))
        }
        return blokken
    }

    /// Per theme the project lead's own words, before the evidence.
    static func conclusie(_ thema: Thema, project: Project?) -> [RapportDocument.Blok] {
        guard let c = project?.themas[thema] else {
            return project == nil ? [] : [.alinea([.tekst("Voor dit thema staat geen conclusie in project.yaml.")])]
        }
        var blokken: [RapportDocument.Blok] = []
        if let conclusie = c.conclusie {
            blokken += [.alinea([.vet("Conclusie: ")])] + RapportTeksten.alineas(conclusie).map { .citaat([.tekst($0)]) }
        }
        return blokken
    }

    /// Van → naar (seed ch. 4) and recommendations, after the evidence.
    static func vanNaar(_ thema: Thema, project: Project?) -> [RapportDocument.Blok] {
        guard let c = project?.themas[thema] else { return [] }
        var blokken: [RapportDocument.Blok] = []
        if !c.vanNaar.isEmpty {
            blokken.append(.tabel(koppen: ["Van", "Naar"],
                                  rijen: c.vanNaar.map { [[.tekst($0.van)], [.tekst($0.naar)]] }, rechts: []))
        }
        if !c.aanbevelingen.isEmpty {
            blokken += [.alinea([.vet("Aanbevelingen")]), .lijst(c.aanbevelingen.map { [.tekst($0)] })]
        }
        return blokken
    }
}
