/// Who did something in the workbench (a login name or `--door`) is a person
/// too: pseudonymised as "gebruiker 1", "gebruiker 2", in order of appearance,
/// so a log still shows which actions were the same person's.
public struct Gebruikerslabels: Sendable {
    private var nummers: [[String]: Int] = [:]

    public init() {}

    public mutating func label(_ wie: String) -> String {
        let sleutel = Tekstwoorden.gevouwen(wie)
        if let n = nummers[sleutel] { return "gebruiker \(n)" }
        let n = nummers.count + 1
        nummers[sleutel] = n
        return "gebruiker \(n)"
    }
}
