import Foundation

/// "Bedoelde je …?": the closest allowed word to a typo.
package enum Suggestie {
    package static func dichtstbij(_ woord: String, uit kandidaten: [String]) -> String? {
        let genormaliseerd = normaliseer(woord)
        var beste: (String, Int)?
        for kandidaat in kandidaten {
            let afstand = levenshtein(genormaliseerd, normaliseer(kandidaat))
            if beste == nil || afstand < beste!.1 { beste = (kandidaat, afstand) }
        }
        guard let (kandidaat, afstand) = beste else { return nil }
        let grens = max(2, kandidaat.count / 3)
        return afstand <= grens ? kandidaat : nil
    }

    /// `Blij van`, `blij-van` and `BLIJ_VAN` all mean `blij_van`.
    static func normaliseer(_ s: String) -> String {
        String(s.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    static func levenshtein(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var vorige = Array(0...y.count)
        var huidige = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            huidige[0] = i
            for j in 1...y.count {
                let kosten = x[i - 1] == y[j - 1] ? 0 : 1
                huidige[j] = min(vorige[j] + 1, huidige[j - 1] + 1, vorige[j - 1] + kosten)
            }
            swap(&vorige, &huidige)
        }
        return vorige[y.count]
    }
}
