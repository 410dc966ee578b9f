/// Turns the formats of a casus into sources with stable ids.
///
/// A source id is the slug of who submitted (`rol` + `organisatie`, names taken
/// out: `Praktijk Femke Jansen` is a one-person practice), never the file name or
/// the read order. Identical formats (e.g. the same file copied twice) count once.
/// Two different formats of the same rol + organisatie are two people: each gets
/// a suffix hashed from its content without any name (a hash of a name is a name
/// to whoever holds a list of the team), so neither id depends on the other's
/// presence or order.
enum BronIndeling {
    struct IngedeeldeBron {
        var bron: Bron
        var format: TijdlijnFormat
    }

    static func deelIn(_ formats: [TijdlijnFormat], canoniek: Canoniek, namen: Pseudonimisering)
        -> (bronnen: [IngedeeldeBron], casus: String, meldingen: [Melding]) {
        var meldingen: [Melding] = []

        // Identical content counts once; the smallest file name represents it.
        var perInhoud: [TijdlijnFormat: [TijdlijnFormat]] = [:]
        for format in formats {
            var zonderBestand = format
            zonderBestand.bestand = ""
            perInhoud[zonderBestand, default: []].append(format)
        }
        var uniek: [(inhoud: TijdlijnFormat, format: TijdlijnFormat)] = []
        for (inhoud, kopieen) in perInhoud {
            let gesorteerd = kopieen.sorted { $0.bestand < $1.bestand }
            uniek.append((inhoud, gesorteerd[0]))
            for dubbel in gesorteerd.dropFirst() where dubbel.bestand != gesorteerd[0].bestand {
                meldingen.append(.waarschuwing(
                    "dit format is gelijk aan \(gesorteerd[0].bestand) en telt één keer mee",
                    pad: dubbel.bestand, hint: "Verwijder een van de twee kopieën."))
            }
        }

        var perIndiener: [String: [(inhoud: TijdlijnFormat, format: TijdlijnFormat)]] = [:]
        for item in uniek {
            let indiener = item.format.ingediendDoor
            let basis = Normalisatie.slug(woorden: namen.idWoorden(indiener.rol)) + "-"
                + Normalisatie.slug(woorden: namen.idWoorden(indiener.organisatie))
            perIndiener[basis, default: []].append(item)
        }

        var bronnen: [IngedeeldeBron] = []
        for (basis, groep) in perIndiener {
            if groep.count == 1 {
                bronnen.append(maakBron(id: basis, format: groep[0].format))
                continue
            }
            // Content without names decides; formats equal but for a name are told
            // apart by their whole content, which only orders them.
            let sleutels = groep.map { item in
                let vol = canoniek.sleutel(item.inhoud)
                return (zonderNaam: namen.term(vol), vol: vol)
            }
            let volgorde = groep.indices.sorted { (sleutels[$0].zonderNaam, sleutels[$0].vol)
                < (sleutels[$1].zonderNaam, sleutels[$1].vol) }
            var bezet = Set(perIndiener.keys)
            for i in volgorde {
                let item = groep[i]
                let id = IdToewijzing.vrij(basis + "-" + Normalisatie.kortHash(sleutels[i].zonderNaam), &bezet)
                bronnen.append(maakBron(id: id, format: item.format))
                meldingen.append(.waarschuwing(
                    "meer formats van \(item.format.ingediendDoor.rol) bij "
                        + "\(item.format.ingediendDoor.organisatie); dit format is bron \(id)",
                    pad: item.format.bestand,
                    hint: "Zijn het oude en nieuwe versies van één persoon? Laat dan alleen de nieuwste staan."))
            }
        }
        bronnen.sort { $0.bron.id < $1.bron.id }

        let casus = kiesCasus(bronnen.map(\.format))
        for item in bronnen where item.format.casus != casus {
            meldingen.append(.waarschuwing(
                "dit format hoort bij casus \(item.format.casus), de andere bij \(casus)",
                pad: item.format.bestand, hint: "Controleer `casus:` bovenaan het format."))
        }
        return (bronnen, casus, meldingen)
    }

    /// The casus id most formats name; ties go to the smallest id.
    static func kiesCasus(_ formats: [TijdlijnFormat]) -> String {
        var tel: [String: Int] = [:]
        for format in formats { tel[format.casus, default: 0] += 1 }
        return tel.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key ?? ""
    }

    private static func maakBron(id: String, format: TijdlijnFormat) -> IngedeeldeBron {
        let indiener = format.ingediendDoor
        let bestand = format.bestand.split(separator: "/").last.map(String.init) ?? format.bestand
        return IngedeeldeBron(
            bron: Bron(id: id, bestand: bestand, rol: indiener.rol,
                       organisatie: indiener.organisatie, naam: indiener.naam,
                       datum: indiener.datum),
            format: format)
    }
}
