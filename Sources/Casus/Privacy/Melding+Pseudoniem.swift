extension Melding {
    /// The melding without names: its path (a file named after a person), its text
    /// (a quoted value) and its tip. For every command run with `--pseudoniem`.
    public func gepseudonimiseerd(_ namen: Pseudonimisering) -> Melding {
        Melding(pad: namen.term(pad), regel: regel, kolom: kolom, ernst: ernst,
                bericht: namen.term(bericht), hint: hint.map(namen.term))
    }
}
