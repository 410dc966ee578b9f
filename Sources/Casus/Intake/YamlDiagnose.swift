import Yams

/// Finds the line a YAML syntax error is really about (libyaml often reports the line
/// after), says in Dutch what is wrong there — Word's curly quotes, a missing space
/// after a colon, indentation that differs from its neighbours — and repairs that one
/// line, so the rest of the file can still be read and every other problem reported.
enum YamlDiagnose {
    struct Uitkomst {
        var melding: Melding
        /// The line to replace (1-based) and its repaired text; nil when nothing helps.
        var herstel: (regel: Int, tekst: String)?
    }

    static let gekrulde: [Character: Character] = ["“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "‚": "'"]

    static func diagnose(_ error: Error, regels: [String], pad: String, pogingen: [Int: Int]) -> Uitkomst {
        let kaal = YamlFoutVertaling.melding(error, pad: pad)
        guard let fout = error as? YamlError else { return Uitkomst(melding: kaal, herstel: nil) }
        switch fout {
        case .scanner(let context, let probleem, let mark, _),
             .parser(let context, let probleem, let mark, _),
             .composer(let context, let probleem, let mark, _):
            let kandidaten = [context?.mark.line, mark.line, vorige(mark.line, regels)].compactMap { $0 }
                .filter { $0 >= 1 && $0 <= regels.count }
            for r in kandidaten { if let u = gekruld(r, regels, pad) { return u } }
            for r in kandidaten { if let u = zonderSpatie(r, regels, pad) { return u } }
            if let u = inspringing(mark.line, regels, pad) { return u }
            // A key without ':' and an unclosed quote are about the line they started on.
            let vanafBegin = probleem.contains("could not find expected ':'") || context?.text.contains("quoted scalar") == true
            let regel = vanafBegin ? (context?.mark.line ?? mark.line) : mark.line
            var melding = kaal
            if regel != mark.line { (melding.regel, melding.kolom) = (regel, 1) }
            return Uitkomst(melding: melding, herstel: neutraliseer(regel, regels, poging: pogingen[regel] ?? 0))
        default:
            return Uitkomst(melding: kaal, herstel: nil)
        }
    }

    /// The nearest line above with content (not blank, not a comment).
    static func vorige(_ regel: Int, _ regels: [String]) -> Int? {
        var r = regel - 1
        while r >= 1 {
            let t = regels[r - 1].trimmingCharacters(in: .whitespaces)
            if !t.isEmpty && !t.hasPrefix("#") { return r }
            r -= 1
        }
        return nil
    }

    /// `key: value` or `- key: value`: the prefix up to the key, the key, and the rest after `:`.
    static func sleutelRegel(_ tekst: String) -> (voor: String, sleutel: String, rest: Substring)? {
        var i = tekst.startIndex
        while i < tekst.endIndex, tekst[i] == " " || tekst[i] == "-" && tekst.index(after: i) < tekst.endIndex && tekst[tekst.index(after: i)] == " " {
            i = tekst.index(after: i)
        }
        let begin = i
        while i < tekst.endIndex, tekst[i].isLetter || tekst[i].isNumber || tekst[i] == "_" || tekst[i] == "-" {
            i = tekst.index(after: i)
        }
        guard i > begin, i < tekst.endIndex, tekst[i] == ":", tekst[begin].isLetter || tekst[begin] == "_" else { return nil }
        return (String(tekst[..<begin]), String(tekst[begin..<i]), tekst[tekst.index(after: i)...])
    }

    static func gekruld(_ r: Int, _ regels: [String], _ pad: String) -> Uitkomst? {
        let tekst = regels[r - 1]
        let waarde = sleutelRegel(tekst).map { $0.rest.drop { $0 == " " } }
            ?? tekst.drop { $0 == " " || $0 == "-" }
        guard let eerste = waarde.first, gekrulde[eerste] != nil else { return nil }
        let kolom = tekst.distance(from: tekst.startIndex, to: waarde.startIndex) + 1
        return Uitkomst(
            melding: .fout("deze tekst staat tussen gekrulde aanhalingstekens (\(eerste)…); YAML kent alleen rechte aanhalingstekens \" en '",
                           pad: pad, regel: r, kolom: kolom,
                           hint: "vervang “ en ” door \" (Word maakt ze krul; typ ze in een teksteditor)"),
            herstel: (r, String(tekst.map { gekrulde[$0] ?? $0 })))
    }

    static func zonderSpatie(_ r: Int, _ regels: [String], _ pad: String) -> Uitkomst? {
        let tekst = regels[r - 1]
        guard let (voor, sleutel, rest) = sleutelRegel(tekst), let eerste = rest.first,
              eerste != " ", eerste != "/", !rest.contains(": ") else { return nil }
        return Uitkomst(
            melding: .fout("na de dubbele punt achter \(sleutel) ontbreekt een spatie", pad: pad, regel: r,
                           kolom: voor.count + sleutel.count + 2,
                           hint: "schrijf \(sleutel): \(rest.trimmingCharacters(in: .whitespaces))"),
            herstel: (r, voor + sleutel + ": " + rest))
    }

    /// How far a line's content starts: spaces plus any `- ` list markers.
    static func inzet(_ tekst: String) -> Int {
        var n = 0
        var rest = Substring(tekst)
        while true {
            if rest.hasPrefix(" ") { n += 1; rest = rest.dropFirst() } else if rest.hasPrefix("- ") { n += 2; rest = rest.dropFirst(2) } else { break }
        }
        return n
    }

    static func inspringing(_ r: Int, _ regels: [String], _ pad: String) -> Uitkomst? {
        guard r >= 1, r <= regels.count, let p = vorige(r, regels) else { return nil }
        let tekst = regels[r - 1]
        guard let (voor, sleutel, _) = sleutelRegel(tekst), !voor.contains("-") else { return nil }
        let n = voor.count, boven = regels[p - 1]
        let m = inzet(boven)
        // Levels still open above: the content indentation of each enclosing line.
        var niveaus: [Int] = [m]
        var grens = m, i = p
        while let q = vorige(i, regels), grens > 0 {
            let z = inzet(regels[q - 1])
            if z < grens { niveaus.append(z); grens = z }
            i = q
        }
        let bovenIsBlad = sleutelRegel(boven).map { !$0.rest.trimmingCharacters(in: .whitespaces).isEmpty } ?? true
        guard (n > m && bovenIsBlad) || (n < m && !niveaus.contains(n)) else { return nil }
        let doel = n > m ? m : niveaus.min { abs($0 - n) < abs($1 - n) } ?? m
        let bericht = n > m
            ? "de inspringing klopt niet: \(sleutel) springt \(n) spaties in, de regel erboven \(m)"
            : "de inspringing klopt niet: \(sleutel) springt \(n) spaties in, de regels erboven \(niveaus.sorted().map(String.init).joined(separator: " of "))"
        return Uitkomst(
            melding: .fout(bericht, pad: pad, regel: r, kolom: 1,
                           hint: "zet velden van hetzelfde blok precies even ver in; hier waarschijnlijk \(doel) spaties"),
            herstel: (r, String(repeating: " ", count: doel) + tekst.drop { $0 == " " }))
    }

    /// A repair that keeps the structure: the value quoted, then the line commented out.
    static func neutraliseer(_ r: Int, _ regels: [String], poging: Int) -> (regel: Int, tekst: String)? {
        guard r >= 1, r <= regels.count else { return nil }
        let tekst = regels[r - 1]
        let inspring = String(tekst.prefix { $0 == " " })
        switch poging {
        case 0:
            if let (voor, sleutel, rest) = sleutelRegel(tekst), !rest.trimmingCharacters(in: .whitespaces).isEmpty {
                return (r, voor + sleutel + ": " + YamlAanhaling.aangehaald(rest.trimmingCharacters(in: .whitespaces)))
            }
            return (r, inspring + "# " + tekst.dropFirst(inspring.count))
        case 1:
            return (r, inspring + "# " + tekst.dropFirst(inspring.count))
        default:
            return nil
        }
    }
}
