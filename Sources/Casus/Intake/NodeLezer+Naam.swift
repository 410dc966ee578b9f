import Yams

extension NodeLezer {
    /// A person's `naam`; a name that is also an ordinary Dutch word earns a
    /// waarschuwing: pseudonymising replaces that word everywhere in the casus.
    mutating func naam(_ blok: Blok) -> String? {
        guard let naam = tekst(blok, "naam") else { return nil }
        let woorden = GewoneWoorden.delen(van: naam)
        if !woorden.isEmpty {
            let lijst = woorden.map { "'\($0)'" }.joined(separator: ", ")
            waarschuwing("de naam \(naam) is ook een gewoon woord (\(lijst)): met --pseudoniem wordt dat woord "
                         + "overal in de tekst van deze casus door een rol vervangen",
                         bij: blok["naam"],
                         hint: "lees de gepseudonimiseerde uitvoer na, of schrijf de naam in de tekst anders")
        }
        return naam
    }
}
