/// How a long job tells how far it is: `meld(gedaan, totaal)` after each unit.
/// The core only counts; the command line decides whether anyone sees it.
public struct Voortgang: Sendable {
    public let meld: @Sendable (_ gedaan: Int, _ totaal: Int) -> Void

    public init(_ meld: @escaping @Sendable (_ gedaan: Int, _ totaal: Int) -> Void) {
        self.meld = meld
    }

    /// Nobody is watching.
    public static let stil = Voortgang { _, _ in }
}
