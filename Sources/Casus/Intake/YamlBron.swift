import Yams

/// Turns text into one YAML document tree, or Dutch meldingen with places.
/// Anchors and aliases are refused: no format needs them, and refusing them
/// means an alias bomb is never expanded.
public enum YamlBron {
    public struct Resultaat {
        public var root: Node?
        public var meldingen: [Melding]
        /// Lines repaired to read past a syntax error (their meldingen are in `meldingen`).
        public var hersteld: Set<Int> = []
    }

    /// Like `parse`, but a syntax error does not end the reading: the broken line is
    /// reported and repaired (see `YamlDiagnose`) and parsing goes on, so the tree of the
    /// rest comes back too. With any fout in `meldingen` the tree is for reporting only.
    public static func parseMetHerstel(_ tekst: String, pad: String) -> Resultaat {
        let eerste = parse(tekst, pad: pad)
        // Unsafe characters are reported with their places already; no repair reads past them.
        guard eerste.root == nil, !OnveiligeTekens.bevat(tekst), !tekst.isEmpty else { return eerste }
        var regels = tekst.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Tabs are reported per line (above) and read as two spaces each, so the rest of
        // the file is still checked; a wrong guess is repaired below like any indentation.
        var meldingen = tabMeldingen(tekst, pad: pad)
        let tabRegels = Set(meldingen.map(\.regel))
        for regel in tabRegels where regel <= regels.count {
            let oud = regels[regel - 1]
            let inspringing = oud.prefix { $0 == " " || $0 == "\t" }
            regels[regel - 1] = inspringing.replacingOccurrences(of: "\t", with: "  ") + oud.dropFirst(inspringing.count)
        }
        var pogingen: [Int: Int] = [:]
        for _ in 0..<maximaalHerstel {
            do {
                let parser = try Parser(yaml: regels.joined(separator: "\n"))
                guard let root = try parser.singleRoot() else { break }
                let ankers = withExtendedLifetime(parser) { ankerMeldingen(root, pad: pad) }
                guard ankers.isEmpty else { return Resultaat(root: nil, meldingen: meldingen + ankers) }
                return Resultaat(root: root, meldingen: meldingen, hersteld: Set(pogingen.keys).union(tabRegels))
            } catch {
                let uitkomst = YamlDiagnose.diagnose(error, regels: regels, pad: pad, pogingen: pogingen)
                if !meldingen.contains(where: { $0.regel == uitkomst.melding.regel }) { meldingen.append(uitkomst.melding) }
                guard let (regel, nieuw) = uitkomst.herstel, regels[regel - 1] != nieuw else { break }
                pogingen[regel, default: 0] += 1
                regels[regel - 1] = nieuw
            }
        }
        return Resultaat(root: nil, meldingen: meldingen.isEmpty ? eerste.meldingen : meldingen)
    }

    /// Syntax errors repaired in one file before giving up on the rest.
    static let maximaalHerstel = 30

    public static func parse(_ tekst: String, pad: String) -> Resultaat {
        var meldingen = tabMeldingen(tekst, pad: pad) + OnveiligeTekens.meldingen(in: tekst, pad: pad)
        let parser: Parser
        let root: Node?
        do {
            // No implicit tags: intake reads every scalar as written (see NodeLezer), and
            // resolving them by regular expression was ~30% of intake (issue 18's profile).
            parser = try Parser(yaml: tekst, resolver: .basic)
            root = try parser.singleRoot()
        } catch {
            let melding = YamlFoutVertaling.melding(error, pad: pad)
            // A tab or an unsafe character already reported explains the syntax error.
            if !meldingen.contains(where: { $0.regel == melding.regel || $0.bericht.contains(" U+") }) {
                meldingen.append(melding)
            }
            return Resultaat(root: nil, meldingen: meldingen)
        }
        if !meldingen.isEmpty { return Resultaat(root: nil, meldingen: meldingen) }
        guard let root else {
            return Resultaat(root: nil, meldingen: [.fout("het bestand is leeg", pad: pad,
                hint: "begin met een kopie van templates/tijdlijn-format.yaml")])
        }
        // The parser owns the anchors the nodes point at weakly: keep it alive for the walk.
        let ankers = withExtendedLifetime(parser) { ankerMeldingen(root, pad: pad) }
        if !ankers.isEmpty { return Resultaat(root: nil, meldingen: ankers) }
        return Resultaat(root: root, meldingen: [])
    }

    /// Tabs in indentation: YAML forbids them, Word and some editors insert them.
    /// Reported per line so the professional can fix them all at once.
    static func tabMeldingen(_ tekst: String, pad: String) -> [Melding] {
        // One pass over the bytes: indentation is ASCII, so a byte is a column.
        var meldingen: [Melding] = []
        var regelNummer = 1
        var kolom = 1
        var inInspringing = true
        for byte in tekst.utf8 {
            if byte == UInt8(ascii: "\n") {
                regelNummer += 1
                kolom = 1
                inInspringing = true
                continue
            }
            guard inInspringing else { continue }
            if byte == UInt8(ascii: "\t") {
                meldingen.append(.fout("tab gebruikt om in te springen", pad: pad,
                    regel: regelNummer, kolom: kolom,
                    hint: "gebruik spaties in plaats van tabs (bijvoorbeeld 2 per niveau)"))
                inInspringing = false
            } else if byte == UInt8(ascii: " ") {
                kolom += 1
            } else {
                inInspringing = false
            }
        }
        return meldingen
    }

    /// Walks the tree without entering anchored nodes, so aliases are never expanded.
    /// Also finds unsafe characters written as escapes in quoted text (`"\\e"`, `"\\u202E"`).
    static func ankerMeldingen(_ root: Node, pad: String) -> [Melding] {
        var meldingen: [Melding] = []
        var tekens: [Melding] = []
        var stapel = [root]
        while let node = stapel.popLast() {
            if node.anchor != nil {
                let mark = node.mark
                meldingen.append(.fout("YAML-ankers en -verwijzingen (& en *) zijn niet toegestaan",
                    pad: pad, regel: mark?.line ?? 1, kolom: mark?.column ?? 1,
                    hint: "schrijf de tekst voluit op elke plek waar hij nodig is"))
                if meldingen.count >= 20 { break }
                continue
            }
            switch node {
            case .mapping(let mapping):
                for (sleutel, waarde) in mapping.reversed() {
                    stapel.append(waarde)
                    stapel.append(sleutel)
                }
            case .sequence(let sequence):
                stapel.append(contentsOf: sequence.reversed())
            case .scalar(let scalar):
                if tekens.count < OnveiligeTekens.maximumPerBestand {
                    tekens += OnveiligeTekens.meldingen(inWaarde: scalar.string, pad: pad,
                                                        regel: node.mark?.line ?? 1, kolom: node.mark?.column ?? 1)
                }
            case .alias:
                break
            }
        }
        return meldingen + tekens
    }
}
