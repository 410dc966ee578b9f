/// A workbook to write: sheets with header keys, help per column, drop-down value
/// lists, an optional example row and data rows. CasusXLSX turns it into .xlsx.
public struct WerkboekOntwerp: Sendable, Hashable {
    public struct Kolom: Sendable, Hashable {
        public var sleutel: String
        /// Help for the professional, shown as the header cell's comment.
        public var uitleg: String
        /// Width in characters.
        public var breedte: Double
        /// The fixed values (a drop-down list); empty for free text.
        public var keuzes: [String]

        public init(_ sleutel: String, _ uitleg: String, breedte: Double = 16, keuzes: [String] = []) {
            self.sleutel = sleutel
            self.uitleg = uitleg
            self.breedte = breedte
            self.keuzes = keuzes
        }
    }

    public struct Blad: Sendable, Hashable {
        public var naam: String
        public var kolommen: [Kolom]
        /// Values of the example row (row 2), one per column; ignored on intake while unchanged.
        public var voorbeeld: [String]?
        /// Data rows, one value per column ("" for empty).
        public var rijen: [[String]]
        /// For the explanation sheet: plain lines in column A, no header.
        public var tekstRegels: [String]?
        /// A table of counts: whole numbers in data rows become number cells (a template
        /// keeps every cell text, so `2019` stays as typed).
        public var getallen: Bool

        public init(naam: String, kolommen: [Kolom] = [], voorbeeld: [String]? = nil, rijen: [[String]] = [],
                    tekstRegels: [String]? = nil, getallen: Bool = false) {
            self.naam = naam
            self.getallen = getallen
            self.kolommen = kolommen
            self.voorbeeld = voorbeeld
            self.rijen = rijen
            self.tekstRegels = tekstRegels
        }

        /// Whether any header cell has help text (then the sheet gets comments).
        public var heeftUitleg: Bool { kolommen.contains { !$0.uitleg.isEmpty } }
    }

    public var bladen: [Blad]

    public init(bladen: [Blad]) { self.bladen = bladen }
}
