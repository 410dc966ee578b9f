import Testing
@testable import Casus

/// Every libyaml error kind reaches the professional in Dutch: no English word in any
/// message or hint.
@Suite struct YamlFoutenNederlandsTests {
    static let engels = ["found", "expected", "could", "while", "scanning", "parsing", "allowed", "mapping",
                         "character", "token", "stream", "the", "not", "find", "block", "sequence",
                         "scalar", "indentation", "undefined", "alias", "anchor", "tag", "directive", "escape",
                         "unknown", "context", "line", "column", "cannot", "start", "end", "invalid", "found"]

    static let gevallen: [String] = [
        "a: b: c",                                  // mapping values are not allowed here
        "a:\n  b\n  c: d",                          // could not find expected ':'
        "a:\n  b: c\n d: e",                        // did not find expected key
        "- a\n b: c",                               // did not find expected '-' indicator
        "a: @b",                                    // found character that cannot start any token
        "a: `b",
        "a: !x!y b",                                // found undefined tag handle
        "a: [b, ]\nc: [,]",                         // did not find expected node content
        "a: \"b",                                   // unexpected end of stream in quoted scalar
        "a: 'b",
        "a: \"\\q\"",                               // found unknown escape character
        "a: - b",                                   // block sequence entries are not allowed
        "a: *x",                                    // undefined alias
        "a: [b c: d",                               // did not find expected ',' or ']'
        "a: {b: c",                                 // did not find expected ',' or '}'
        "%YAML 2.0\n---\na: b",                     // incompatible YAML document
        "%FOO bar\n---\na: b",
        "a: !<abc b",                               // did not find the expected '>'
        "a: b\n---\nc: d",                          // expected a single document
        "a: b\na: c",                               // duplicated key
        "a: &x b\nc: *x",                           // anchors refused
        "a: |\n b\n  c\nd",
        "? a\n? b\n: c: d",
        "a: \u{1}b",                                // control character
        "[a, b]]",
        "a: b\n\tc: d",                             // tab
    ]

    @Test(arguments: gevallen)
    func geenEngels(yaml: String) {
        let meldingen = Intake.leesFormat(tekst: yaml, pad: "f.yaml").1
        #expect(!meldingen.isEmpty)
        for melding in meldingen {
            let woorden = (melding.bericht + " " + (melding.hint ?? "")).lowercased()
                .split(whereSeparator: { !$0.isLetter }).map(String.init)
            let gevonden = woorden.filter { Self.engels.contains($0) }
            #expect(gevonden.isEmpty, "\(melding.description)")
        }
    }
}
