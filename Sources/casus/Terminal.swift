import Casus

/// Shadows `Swift.print` for this module on purpose: every command prints text
/// that came from formats or the workbench, and none of it may reach the
/// terminal as an escape sequence or bidi override (see `Terminaltekst`).
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let tekst = items.map { "\($0)" }.joined(separator: separator)
    Swift.print(Terminaltekst.veilig(tekst), terminator: terminator)
}
