import Foundation
import Casus

extension FormatTekst {
    /// The source's identity within its casus: who submitted it, not the file name.
    var sleutel: String { Tijdlijn.norm(rol) + " | " + Tijdlijn.norm(organisatie) }
}

/// One stored version of one source's format.
public struct OpgeslagenFormat: Sendable, Hashable {
    public var sleutel: String
    public var rol: String
    public var organisatie: String
    public var versie: Int
    public var bestand: String
    public var tekst: String
    /// A workbook (.xlsx) as delivered; `tekst` is then empty.
    public var werkboek: Data? = nil
    public var sha256: String
    public var geimporteerdOp: String
    public var door: String
}

/// What importing one format did.
public struct ImportRegel: Sendable, Hashable {
    public enum Uitkomst: Sendable, Hashable {
        case nieuweBron, nieuweVersie, ongewijzigd
    }

    public var bestand: String
    public var casus: String
    public var bron: String
    public var versie: Int
    public var uitkomst: Uitkomst
}

extension Werkbank {
    /// Stores `format` as a new version of its source, unless the newest
    /// version already holds exactly this text.
    func slaOp(_ format: FormatTekst, sleutel: String, door: String, _ db: any SQLVerbinding) throws -> ImportRegel {
        try db.execute(sql: "INSERT INTO casus (id, aangemaakt_op) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       arguments: [format.casus, nu()])
        try db.execute(sql: """
            INSERT INTO bron (casus, sleutel, rol, organisatie) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
            """, arguments: [format.casus, sleutel, format.rol, format.organisatie])
        let bronID = try db.getal(sql: "SELECT id FROM bron WHERE casus = ? AND sleutel = ?",
                                  arguments: [format.casus, sleutel])
        let laatste = try db.rij(sql: """
            SELECT versie, yaml, werkboek FROM format_versie WHERE bron = ? ORDER BY versie DESC LIMIT 1
            """, arguments: [bronID])
        let vorige: Int = laatste?["versie"] ?? 0
        if let laatste, (laatste["yaml"] as String) == format.tekst, (laatste["werkboek"] as Data?) == format.werkboek {
            return ImportRegel(bestand: format.bestand, casus: format.casus, bron: sleutel,
                               versie: vorige, uitkomst: .ongewijzigd)
        }
        let hash = format.werkboek.map { Vingerafdruk.hex($0) } ?? Vingerafdruk.hex(format.tekst)
        try db.execute(sql: """
            INSERT INTO format_versie (bron, versie, bestand, yaml, werkboek, sha256, geimporteerd_op, door)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [bronID, vorige + 1, format.bestand, format.tekst, format.werkboek, hash, nu(), door])
        try log(db, .importeer, casus: format.casus, wie: door,
                "\(format.bestand): bron \(format.rol) (\(format.organisatie)) versie \(vorige + 1), sha256 \(hash.prefix(12))")
        return ImportRegel(bestand: format.bestand, casus: format.casus, bron: sleutel,
                           versie: vorige + 1, uitkomst: vorige == 0 ? .nieuweBron : .nieuweVersie)
    }

    /// The newest version of every source of a casus, in source order.
    public func laatsteVersies(casus: String) throws(WerkbankFout) -> [OpgeslagenFormat] {
        try lees { db in
            try Self.bestaat(casus: casus, db)
            return try Self.versies(casus: casus, alleenLaatste: true, db)
        }
    }

    /// Every stored version of every source of a casus, oldest first per source.
    public func alleVersies(casus: String) throws(WerkbankFout) -> [OpgeslagenFormat] {
        try lees { db in
            try Self.bestaat(casus: casus, db)
            return try Self.versies(casus: casus, alleenLaatste: false, db)
        }
    }

    static func versies(casus: String, alleenLaatste: Bool, _ db: any SQLVerbinding) throws -> [OpgeslagenFormat] {
        let filter = alleenLaatste
            ? "AND v.versie = (SELECT max(versie) FROM format_versie WHERE bron = b.id)" : ""
        return try db.rijen(sql: """
            SELECT b.sleutel, b.rol, b.organisatie, v.versie, v.bestand, v.yaml, v.werkboek, v.sha256,
                   v.geimporteerd_op, v.door
            FROM bron b JOIN format_versie v ON v.bron = b.id
            WHERE b.casus = ? \(filter)
            ORDER BY b.sleutel, v.versie
            """, arguments: [casus]).map { rij in
            // The stored fingerprint guards what quick_check cannot see: a changed text.
            let werkboek: Data? = rij["werkboek"]
            guard (werkboek.map(Vingerafdruk.hex) ?? Vingerafdruk.hex(rij["yaml"])) == rij["sha256"] as String else {
                throw WerkbankFout.beschadigd(pad: casus, detail:
                    "de tekst van \(rij["bestand"] as String) (bron \(rij["sleutel"] as String), versie \(rij["versie"] as Int)) klopt niet meer met zijn sha256")
            }
            return OpgeslagenFormat(sleutel: rij["sleutel"], rol: rij["rol"], organisatie: rij["organisatie"],
                             versie: rij["versie"], bestand: rij["bestand"], tekst: rij["yaml"],
                             werkboek: rij["werkboek"], sha256: rij["sha256"], geimporteerdOp: rij["geimporteerd_op"],
                             door: rij["door"])
        }
    }
}
