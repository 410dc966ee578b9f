import Casus
import Document
import Foundation
import TijdlijnRender

/// `casus verslag CASUS --uit F.html|F.pdf [--met-namen]`: the session report,
/// pseudonymised unless asked otherwise. Written 0600; an existing input is
/// never overwritten and a symlink never followed.
public enum VerslagOpdracht {
    public static func voerUit(casus argument: String, werkbank: String? = nil, uit: String,
                               metNamen: Bool) throws -> [Melding] {
        let ext = (uit as NSString).pathExtension.lowercased()
        guard ext == "html" || ext == "pdf" else {
            throw DocumentFout("het verslag wordt .html of .pdf, niet '\(uit)'")
        }
        let invoer = CasusBron.open(argument: argument, werkbank: werkbank)
        if let bestaand = try? FileManager.default.attributesOfItem(atPath: uit)[.type] as? FileAttributeType,
           bestaand == .typeSymbolicLink {
            throw DocumentFout("\(uit) is een symbolische koppeling; het verslag volgt die niet")
        }
        let (document, meldingen) = try document(invoer, metNamen: metNamen)
        guard let document else { return meldingen }
        if ext == "html" {
            try BeschermdBestand.schrijf(DocumentHTML.html(document), naar: uit)
        } else {
            // Straight into the protected file (0600), never a copy in /tmp.
            try BeschermdBestand.schrijf(naar: uit) { try DocumentPDF.schrijf(document, naar: $0) }
        }
        return meldingen
    }

    /// The report of a casus as one HTML file (no outside sources), for the live
    /// session's download; nil with the problems when the casus has fouten.
    public static func html(_ invoer: CasusInvoer, metNamen: Bool) throws -> (String?, [Melding]) {
        let (document, meldingen) = try document(invoer, metNamen: metNamen)
        return (document.map(DocumentHTML.html), meldingen)
    }

    /// The report as A4 PDF bytes, made in memory (for the live session's download:
    /// no copy of the casus ever lands in /tmp); nil with the problems on fouten.
    public static func pdf(_ invoer: CasusInvoer, metNamen: Bool) throws -> (Data?, [Melding]) {
        let (document, meldingen) = try document(invoer, metNamen: metNamen)
        return (try document.map(DocumentPDF.data), meldingen)
    }

    /// The report as a document, pseudonymised unless `metNamen`.
    public static func document(_ invoer: CasusInvoer, metNamen: Bool) throws -> (Document?, [Melding]) {
        let r = Analyseren.voerUit(invoer)
        guard let ruw = r.analyse else { return (nil, r.meldingen) }
        // A participant's name in a format's text is replaced too, not only in the session's.
        let analyse = ruw.getoond(pseudoniem: !metNamen)
        let sessie = analyse.sessie ?? Sessie(casus: ruw.tijdlijn.casus)
        let renderer = TijdlijnRenderer(analyse.tijdlijn, annotaties: analyse.annotaties, bevindingen: analyse.bevindingen,
                                        opties: RenderOpties(), gepseudonimiseerd: !metNamen, sessie: analyse.sessie)
        // 96 dpi: 4/3 pixel per point of the wall; on paper at 0.6 pt per point of the wall
        // its smallest text (11 pt) prints at 6.6 pt, still at 160 dpi.
        let png = try renderer.pngData(dpi: 96)
        let muur = (png: png.data, puntPerPixel: 0.6 * 72 / png.dpi)
        return (VerslagInhoud.document(analyse, sessie: sessie, muur: muur, metNamen: metNamen), r.meldingen)
    }
}
