import Casus
import CasusOpslag
import Foundation

/// Step 3: the facilitator corrects the merge from an item's detail — two
/// items are one (`koppel`), one source's entry is its own item (`ontkoppel`),
/// or which wording the wall shows (`kies`). First a preview (nothing stored),
/// then the correction itself: stored with its log line, the wall merged again,
/// and every page told to reload it (`muur` event).
enum Correctie: Sendable {
    case koppel(Koppeling)
    case ontkoppel(Ontkoppeling)
    case kies(Keuze)

    /// From the JSON of `/api/correcties`.
    static func uit(_ body: [String: Any]) throws -> Correctie {
        let toelichting = try body.ingevuld("toelichting")
        switch try body.tekst("soort", verplicht: true, max: 20) {
        case "koppel":
            guard let items = body["items"] as? [String], items.count >= 2, items.allSatisfy({ !$0.isEmpty && $0.count <= 200 }) else {
                throw WebFout.ongeldig("Noem bij koppelen minstens twee items: {\"soort\": \"koppel\", \"items\": [\"G12\", \"G14\"]}.")
            }
            return .koppel(Koppeling(items: items.map { $0.trimmingCharacters(in: .whitespaces) }, toelichting: toelichting))
        case "ontkoppel":
            guard let item = try body.ingevuld("item", max: 200), let bron = try body.ingevuld("bron", max: 200) else {
                throw WebFout.ongeldig("Noem bij ontkoppelen het item en de bron: {\"soort\": \"ontkoppel\", \"item\": \"G12\", \"bron\": \"…\"}.")
            }
            return .ontkoppel(Ontkoppeling(item: item, bron: bron, toelichting: toelichting))
        case "kies":
            guard let item = try body.ingevuld("item", max: 200), let veld = try body.ingevuld("veld", max: 40) else {
                throw WebFout.ongeldig("Noem bij kiezen het item en het veld: {\"soort\": \"kies\", \"item\": \"G12\", \"veld\": \"wat\", \"bron\": \"…\"}.")
            }
            let bron = try body.ingevuld("bron", max: 200), tekst = try body.ingevuld("tekst")
            guard (bron == nil) != (tekst == nil) else {
                throw WebFout.ongeldig("Kies óf de waarde van een bron ('bron'), óf een eigen tekst ('tekst').")
            }
            return .kies(Keuze(item: item, veld: veld, bron: bron, tekst: tekst))
        case let ander:
            throw WebFout.ongeldig("Onbekende correctie '\(ander ?? "")': kies koppel, ontkoppel of kies.")
        }
    }
}

extension SessieKern {
    /// What the wall would show with the correction; nothing is stored.
    func probeer(_ c: Correctie) async throws -> String {
        try await opRij { [self] in
            switch c {
            case .koppel(let k): try SessieBewerking.probeerKoppel(casus: casus, k, in: werkbank).1
            case .ontkoppel(let o): try SessieBewerking.probeerOntkoppel(casus: casus, o, in: werkbank).1
            case .kies(let k): try SessieBewerking.probeerKies(casus: casus, k, in: werkbank).1
            }
        }
    }

    /// Stores the correction (the same call as the command line), merges the wall
    /// again and tells every page; returns what it did.
    func corrigeer(_ c: Correctie) async throws -> String {
        try await opRij { [self] in
            let wat: String
            switch c {
            case .koppel(let k): wat = try SessieBewerking.koppel(casus: casus, k, door: Self.wie, in: werkbank).wat
            case .ontkoppel(let o): wat = try SessieBewerking.ontkoppel(casus: casus, o, door: Self.wie, in: werkbank).wat
            case .kies(let k):
                let (_, getoond) = try SessieBewerking.probeerKies(casus: casus, k, in: werkbank)
                try SessieBewerking.kies(casus: casus, k, door: Self.wie, in: werkbank)
                wat = getoond
            }
            vervang(weergave: try Weergave.maak(casus: casus, werkbank: werkbank, namen: namenVoorDeelnemers),
                    annotaties: try werkbank.annotaties(casus: casus))
            stroom.zend("muur", facilitator: "{}", deelnemer: "{}")
            return wat
        }
    }
}
