import Foundation

/// Pretty-printed, key-sorted JSON written straight into bytes: exactly the bytes of
/// `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (tests hold it
/// to that), without JSONEncoder's tree of boxed values and its per-object sort. Keys are
/// sorted by their UTF-8 bytes, as JSONEncoder does. What it does not know how to write the
/// same way (Data, Date, URL, Decimal, nested containers, a key written twice, NaN) makes
/// `json` fall back to JSONEncoder for that value.
public enum JSONSchrijver {
    /// `waarde` as JSON, indented as if it started `diepte` levels deep (its first line is not).
    public static func json<T: Encodable>(_ waarde: T, diepte: Int = 0) -> Data {
        if let eigen = probeer(waarde, diepte: diepte) { return eigen }
        let heel = (try? JSONDelen.encoder().encode(waarde)) ?? Data()
        var uit: [UInt8] = []
        JSONDelen.voegIngesprongenToe(heel, aan: &uit, niveaus: diepte)
        return Data(uit)
    }

    /// The writer's own bytes; nil when it leaves `waarde` to JSONEncoder.
    static func probeer<T: Encodable>(_ waarde: T, diepte: Int = 0) -> Data? {
        let s = Schrijver()
        guard (try? s.waarde(waarde, diepte: diepte)) != nil, !s.t.pointee.mislukt else { return nil }
        return s.t.pointee.data()
    }

    /// The elements of a list as they stand inside it at `diepte` (the list's own depth):
    /// each on its own line, indented, joined by `,\n`; no brackets.
    public static func elementen<T: Encodable>(_ lijst: ArraySlice<T>, diepte: Int) -> Data {
        if let eigen = probeerElementen(lijst, diepte: diepte) { return eigen }
        // One JSONEncoder run over the slice: its inside, `diepte` levels deeper.
        let heel = (try? JSONDelen.encoder().encode(Array(lijst))) ?? Data()
        guard heel.count > 4 else { return Data() }
        var uit: [UInt8] = []
        JSONDelen.voegIngesprongenToe(heel.dropFirst(2).dropLast(2), aan: &uit, niveaus: diepte, regelBegint: true)
        return Data(uit)
    }

    static func probeerElementen<T: Encodable>(_ lijst: ArraySlice<T>, diepte: Int) -> Data? {
        let s = Schrijver()
        for (n, element) in lijst.enumerated() {
            if n > 0 { s.t.pointee.schrijf(",\n") }
            s.t.pointee.inspringen(diepte + 1)
            guard (try? s.waarde(element, diepte: diepte + 1)) != nil, !s.t.pointee.mislukt else { return nil }
        }
        return s.t.pointee.data()
    }
}

/// Thrown inside the writer for what it leaves to JSONEncoder.
struct NietOndersteund: Error {}
