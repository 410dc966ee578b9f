import Yams

/// Writes tijdlijn-format/1 and sessie/1 YAML with Yams, keys in the template's
/// order. A value a YAML 1.1 reader could take for a number, date or boolean is
/// quoted, so every reader gets the text the professional wrote.
public enum FormatYAML {
    public static func yaml(_ f: TijdlijnFormat) throws -> String {
        var top: [(String, Node?)] = [
            ("format", tekst(TijdlijnFormat.versie)),
            ("casus", tekst(f.casus)),
            ("ingediend_door", map([("rol", tekst(f.ingediendDoor.rol)),
                                    ("organisatie", tekst(f.ingediendDoor.organisatie)),
                                    ("naam", tekst(f.ingediendDoor.naam)),
                                    ("datum", tekst(f.ingediendDoor.datum?.tekst))])),
        ]
        top.append(("gezinsleden", lijst(f.gezinsleden.map { g in
            map([("id", tekst(g.id)), ("rol", tekst(g.rol.rawValue)), ("naam", tekst(g.naam)),
                 ("geboren", tekst(g.geboren?.tekst)), ("eigenheid", tekst(g.eigenheid)),
                 ("blij_van", tekst(g.blijVan)), ("mechanisme", tekst(g.mechanisme))])
        })))
        top.append(("netwerk", lijst(f.netwerk.map { n in
            map([("id", tekst(n.id)), ("rol", tekst(n.rol)), ("naam", tekst(n.naam)),
                 ("invloed", tekst(n.invloed.rawValue)), ("toelichting", tekst(n.toelichting))])
        })))
        top.append(("gebeurtenissen", lijst(f.gebeurtenissen.map { g in
            map([("datum", tekst(g.datum.tekst)), ("wat", tekst(g.wat)), ("soort", tekst(g.soort.rawValue)),
                 ("betrokkenen", g.betrokkenen.isEmpty ? nil : lijst(g.betrokkenen.map { tekst($0) })),
                 ("dynamiek", tekst(g.dynamiek)), ("effect_professionals", tekst(g.effectProfessionals)),
                 ("volgende_stap", tekst(g.volgendeStap)), ("veiligheid", tekst(g.veiligheid.rawValue)),
                 ("bron", tekst(g.bron))])
        })))
        top.append(("interventies", lijst(f.interventies.map { i in
            map([("naam", tekst(i.naam)), ("aanbieder", tekst(i.aanbieder)), ("soort", tekst(i.soort.rawValue)),
                 ("start", tekst(i.start.tekst)), ("einde", tekst(i.einde?.tekst)),
                 ("gericht_op", i.gerichtOp.isEmpty ? nil : lijst(i.gerichtOp.map { tekst($0) })),
                 ("afloop", tekst(i.afloop?.rawValue)), ("overdracht", tekst(i.overdracht?.rawValue)),
                 ("resultaat", tekst(i.resultaat))])
        })))
        top.append(("kader", lijst(f.kader.map { k in
            map([("datum", tekst(k.datum.tekst)), ("van", tekst(k.van.rawValue)), ("naar", tekst(k.naar.rawValue)),
                 ("maatregel", tekst(k.maatregel?.rawValue)), ("reden", tekst(k.reden?.rawValue)),
                 ("toelichting", tekst(k.toelichting))])
        })))
        top.append(("regie", lijst(f.regie.map { r in
            map([("vanaf", tekst(r.vanaf.tekst)), ("tot", tekst(r.tot?.tekst)), ("wie", tekst(r.wie)),
                 ("organisatie", tekst(r.organisatie)), ("gemeente", tekst(r.gemeente)),
                 ("overdracht", tekst(r.overdracht?.rawValue))])
        })))
        return try Yams.serialize(node: map(top.filter { ($0.1?.sequence?.count ?? 1) > 0 }) ?? [:],
                                  allowUnicode: true)
    }

    static func tekst(_ waarde: String?) -> Node? {
        guard let waarde else { return nil }
        let alsTekst = Resolver.default.resolveTag(of: Node(waarde)) == .str && !waarde.isEmpty
            && !["y", "n", "Y", "N"].contains(waarde)
        return .scalar(Node.Scalar(waarde, .implicit, alsTekst ? .any : .singleQuoted))
    }

    static func map(_ paren: [(String, Node?)]) -> Node? {
        .mapping(Node.Mapping(paren.compactMap { sleutel, waarde in
            waarde.map { (Node(sleutel), $0) }
        }))
    }

    static func lijst(_ nodes: [Node?]) -> Node {
        .sequence(Node.Sequence(nodes.compactMap { $0 }))
    }
}
