import Casus
import Foundation

/// A .xlsx file as a `Werkboek`, within the limits of `ZipGrenzen`; every refusal a
/// Dutch fout, never a crash.
public struct XLSXCodec: WerkboekCodec {
    public init() {}

    public func lees(_ data: Data, pad: String) -> (Werkboek?, [Melding]) {
        do {
            var zip = try ZipGrenzen(data: data, pad: pad)
            guard let workbook = try zip.onderdeel("xl/workbook.xml") else {
                return (nil, [zip.fout("het werkboek mist zijn inhoudsopgave (xl/workbook.xml)").melding])
            }
            do {
                let (verwijzingen, jaar1904) = try WerkboekDelen.bladen(
                    workbook: workbook, relaties: try zip.onderdeel("xl/_rels/workbook.xml.rels"))
                let gedeeld = try zip.onderdeel("xl/sharedStrings.xml").map(WerkboekDelen.gedeeldeTeksten) ?? []
                let stijlen = try zip.onderdeel("xl/styles.xml").map(WerkboekDelen.datumStijlen) ?? []
                let lezer = BladLezer(gedeeld: gedeeld, datumStijlen: stijlen, jaar1904: jaar1904)
                var bladen: [Werkboek.Blad] = []
                for verwijzing in verwijzingen {
                    guard let data = try zip.onderdeel(verwijzing.bestand) else { continue }
                    bladen.append(try lezer.lees(data, naam: verwijzing.naam))
                }
                return (Werkboek(bladen: bladen), [])
            } catch let fout as ZipGrenzen.Fout {
                return (nil, [fout.melding])
            } catch VeiligeXML.Fout.doctype {
                return (nil, [zip.fout("het werkboek bevat een DOCTYPE of entiteiten, wat een gewoon werkboek nooit heeft").melding])
            } catch {
                return (nil, [zip.fout("het werkboek is beschadigd: een onderdeel is geen geldige XML").melding])
            }
        } catch {
            return (nil, [error.melding])
        }
    }

    public func schrijf(_ ontwerp: WerkboekOntwerp) throws -> Data {
        try XLSXSchrijver.schrijf(ontwerp)
    }
}
