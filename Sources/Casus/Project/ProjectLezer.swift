import Foundation
import Yams

/// Reads `project.yaml`, checked like every input: each problem at its place,
/// in Dutch, with a hint; on any fout no project is returned.
extension Project {
    static let sleutels = ["project", "titel", "opdrachtgever", "gemeenten", "periode", "projectleider",
                           "inleiding", "themas", "gesprekken"]

    public static func lees(pad: String) -> (Project?, [Melding]) {
        let (tekst, meldingen) = BestandLezer.lees(pad: pad)
        guard let tekst else { return (nil, meldingen) }
        let (project, meer) = lees(tekst: tekst, pad: pad)
        return (project, meldingen + meer)
    }

    public static func lees(tekst: String, pad: String) -> (Project?, [Melding]) {
        let bron = YamlBron.parse(tekst, pad: pad)
        guard let root = bron.root else { return (nil, bron.meldingen) }
        var lezer = NodeLezer(pad: pad)
        guard let blok = lezer.blok(root, wat: "project.yaml", sleutels: sleutels, verplicht: ["project", "titel"])
        else { return (nil, lezer.meldingen) }
        if let versie = lezer.tekst(blok, "project"), versie != Project.versie {
            lezer.fout("onbekende versie '\(versie)' bij project", bij: blok["project"],
                       hint: "schrijf bovenaan: project: \(Project.versie)")
        }
        var project = Project(titel: lezer.tekst(blok, "titel") ?? "")
        project.opdrachtgever = lezer.tekst(blok, "opdrachtgever")
        project.gemeenten = lezer.teksten(blok, "gemeenten")
        project.periode = lezer.tekst(blok, "periode")
        project.projectleider = lezer.tekst(blok, "projectleider")
        project.inleiding = lezer.tekst(blok, "inleiding")
        if let node = blok["themas"], !Blok.isLeeg(node) { project.themas = themas(node, lezer: &lezer) }
        project.gesprekken = lezer.lijst(blok, "gesprekken").compactMap { gesprek($0, lezer: &lezer) }
        let meldingen = (bron.meldingen + lezer.meldingen).sorted()
        return (meldingen.heeftFouten ? nil : project, meldingen)
    }

    /// Keys are the six themes as the annotations name them; `Dogma's` is read as `dogmas`.
    private static func themas(_ node: Node, lezer: inout NodeLezer) -> [Thema: ThemaConclusie] {
        guard case .mapping(let mapping) = node else {
            lezer.fout("themas moet een blok zijn met per thema een blok", bij: node,
                       hint: "bijvoorbeeld: themas: {kinderen: {conclusie: \"…\"}}")
            return [:]
        }
        var uit: [Thema: ThemaConclusie] = [:]
        for (sleutelNode, waarde) in mapping {
            let sleutel = sleutelNode.string ?? ""
            guard let thema = Thema.gelezen(sleutel) else {
                let suggestie = Suggestie.dichtstbij(sleutel, uit: Thema.toegestaan).map { "; bedoelde je \($0)?" } ?? ""
                lezer.fout("onbekend thema '\(sleutel)'\(suggestie)", bij: sleutelNode,
                           hint: "de thema's: \(Thema.toegestaan.joined(separator: ", "))")
                continue
            }
            if uit[thema] != nil {
                lezer.fout("thema \(thema.rawValue) staat twee keer in themas", bij: sleutelNode,
                           hint: "zet alles over één thema in één blok")
                continue
            }
            guard let blok = lezer.blok(waarde, wat: "thema \(thema.rawValue)",
                                        sleutels: ["conclusie", "van_naar", "aanbevelingen"]) else { continue }
            var conclusie = ThemaConclusie(conclusie: lezer.tekst(blok, "conclusie"),
                                           aanbevelingen: lezer.teksten(blok, "aanbevelingen"))
            for rij in lezer.lijst(blok, "van_naar") {
                guard let r = lezer.blok(rij, wat: "een rij van van_naar", sleutels: ["van", "naar"],
                                         verplicht: ["van", "naar"]),
                      let van = lezer.tekst(r, "van"), let naar = lezer.tekst(r, "naar") else { continue }
                conclusie.vanNaar.append(VanNaar(van: van, naar: naar))
            }
            uit[thema] = conclusie
        }
        return uit
    }

    private static func gesprek(_ node: Node, lezer: inout NodeLezer) -> Gesprek? {
        guard let blok = lezer.blok(node, wat: "een gesprek", sleutels: ["met", "datum", "aanvullingen"],
                                    verplicht: ["met"]),
              let met = lezer.tekst(blok, "met") else { return nil }
        return Gesprek(met: met, datum: lezer.tekst(blok, "datum"), aanvullingen: lezer.teksten(blok, "aanvullingen"))
    }
}
