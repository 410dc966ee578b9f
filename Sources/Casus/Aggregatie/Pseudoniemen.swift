import Foundation

/// Replaces the names a casus knows (gezinsleden, netwerk, the professionals who
/// filled in formats) by their roles in free text. Data is about children:
/// reports are pseudonymised unless the user explicitly asks for names.
public struct Pseudoniemen: Sendable {
    /// (name, replacement), longest name first so "Sanne de Vries" wins over "Sanne".
    private let vervangingen: [(naam: String, rol: String)]
    /// Lowercased single-word names → role, for the words of item ids.
    private let idWoorden: [String: String]

    public init(tijdlijn: Tijdlijn) {
        var paren: [String: String] = [:]
        func voegToe(_ naam: String?, _ rol: String) {
            guard let naam = naam?.trimmingCharacters(in: .whitespaces), naam.count >= 2 else {
                return
            }
            if paren[naam] == nil { paren[naam] = rol }
            // Also the separate parts of a full name, but not "de", "van", "ter".
            for deel in naam.split(separator: " ") where deel.count >= 3 {
                if let eerste = deel.first, eerste.isUppercase, paren[String(deel)] == nil {
                    paren[String(deel)] = rol
                }
            }
        }
        for lid in tijdlijn.gezinsleden {
            voegToe(lid.inhoud.naam, lid.inhoud.id)
            for bron in lid.perBron { voegToe(bron.inhoud.naam, lid.inhoud.id) }
        }
        for lid in tijdlijn.netwerk {
            voegToe(lid.inhoud.naam, lid.inhoud.rol)
            for bron in lid.perBron { voegToe(bron.inhoud.naam, lid.inhoud.rol) }
        }
        for bron in tijdlijn.bronnen { voegToe(bron.naam, bron.rol) }
        vervangingen = paren.map { ($0.key, $0.value) }
            .sorted { ($0.naam.count, $0.naam) > ($1.naam.count, $1.naam) }
        var woorden: [String: String] = [:]
        for (naam, rol) in paren where !naam.contains(" ") {
            let woord = Pseudoniemen.idWoord(naam)
            woorden[woord] = min(woorden[woord] ?? rol, rol)
        }
        idWoorden = woorden
    }

    /// Item ids are made from words of the entry (`gebeurtenis-2023-02-daan-komt-…`), so
    /// they can carry a name too: each word that is a known name becomes the role.
    public func id(_ id: String) -> String {
        guard !idWoorden.isEmpty else { return id }
        return id.split(separator: "-", omittingEmptySubsequences: false)
            .map { idWoorden[String($0)] ?? String($0) }
            .joined(separator: "-")
    }

    private static func idWoord(_ naam: String) -> String {
        naam.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    public var isLeeg: Bool { vervangingen.isEmpty }

    /// The text with every whole-word occurrence of a known name replaced by its role.
    public func toegepast(op tekst: String) -> String {
        var uit = tekst
        for (naam, rol) in vervangingen where uit.contains(naam) {
            uit = Pseudoniemen.vervang(naam, door: rol, in: uit)
        }
        return uit
    }

    static func vervang(_ naam: String, door rol: String, in tekst: String) -> String {
        var uit = ""
        var rest = tekst[...]
        while let bereik = rest.range(of: naam) {
            let ervoor = bereik.lowerBound > rest.startIndex
                ? rest[rest.index(before: bereik.lowerBound)] : nil
            let erna = bereik.upperBound < rest.endIndex ? rest[bereik.upperBound] : nil
            let heelWoord = !(ervoor?.isLetter ?? false) && !(ervoor?.isNumber ?? false)
                && !(erna?.isLetter ?? false) && !(erna?.isNumber ?? false)
            uit += rest[..<bereik.lowerBound]
            uit += heelWoord ? rol : String(rest[bereik])
            rest = rest[bereik.upperBound...]
        }
        return uit + rest
    }
}
