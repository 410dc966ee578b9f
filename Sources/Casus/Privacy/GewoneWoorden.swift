/// Dutch words that are also first names or parts of surnames. Pseudonymising a
/// casus with such a name replaces the word everywhere in its text (`Wil` makes "ik
/// wil" into "ik moeder"), so intake warns the facilitator beforehand.
enum GewoneWoorden {
    static let lijst: Set<String> = [
        // first names
        "wil", "hoop", "roos", "lief", "lieve", "bloem", "iris", "lelie", "jasmijn", "mees", "mus", "vos",
        "mark", "frank", "ster", "zon", "maan", "storm", "zomer", "lente", "winter", "herfst", "anker",
        "vink", "merel", "lijster", "kraai", "mei", "fleur", "jade", "parel", "robijn", "amber", "linde",
        "wilg", "els", "es", "eik", "berk", "lot", "mare", "pier", "boon", "kim", "blij", "heer", "jet",
        "ben", "job", "rob", "lies", "dag", "vrede", "geluk", "trouw", "eer", "bril",
        // surnames and their parts
        "boer", "visser", "bakker", "smit", "smid", "mulder", "kok", "koning", "wit", "zwart", "groot",
        "klein", "jong", "oud", "dijk", "berg", "bos", "beek", "brink", "graaf", "hoek", "veen", "meer",
        "post", "molen", "brug", "weg", "laan", "kamp", "horst", "haan", "kuiper", "schaap",
        "wolf", "beer", "leeuw", "valk", "kraan", "zee", "duin", "dam", "sluis", "poort", "toren", "kerk",
        "school", "huis", "hof", "tuin", "akker", "veld", "wal", "boom", "blom", "bruin", "rood", "geel",
        "groen", "blauw", "grijs", "snel", "stil", "goed", "kort", "lang", "vroom", "wijs", "zoet",
        "bot", "haas", "hert", "kat", "kip", "muis", "paap", "prins", "ridder", "schipper", "visscher",
        "winkel", "kamer", "keizer", "paus", "bisschop", "pastoor", "koster", "schouten", "dekker",
        "brouwer", "timmer", "timmerman", "schilder", "kramer", "slager", "jager", "boswachter", "bouwman",
        "steen", "rots", "zand", "klei", "water", "vuur", "lucht", "regen", "sneeuw", "ijs", "wind",
        // everyday words that are names somewhere
        "wel", "nog", "al", "dan", "toen", "nu", "zo", "ook", "maar", "en", "of", "om", "tot", "met",
        "na", "naar", "voor", "wat", "wie", "waar", "hier", "daar", "kan", "mag", "moet", "zal", "is",
        "was", "ik", "jij", "hij", "zij", "wij", "hen", "hun", "haar", "hem", "ons", "mijn",
        "kind", "kinderen", "moeder", "vader", "oma", "opa", "tante", "oom", "zus", "broer", "baby",
        "mooi", "zacht", "vrij", "nacht", "week", "jaar",
    ]

    /// The parts of `naam` that are ordinary words (particles such as `van` are never
    /// replaced on their own, so they do not count).
    static func delen(van naam: String) -> [String] {
        var gezien = Set<String>()
        return Tekstwoorden.gevouwen(naam).filter {
            lijst.contains($0) && !Pseudonimisering.tussenvoegsels.contains($0) && gezien.insert($0).inserted
        }
    }
}
