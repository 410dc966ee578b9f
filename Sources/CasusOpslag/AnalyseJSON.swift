import Casus
import Foundation

/// The stored form of a `WerkbankAnalyse`: the timeline in one JSON text (a write
/// reads only that), everything else in another.
enum AnalyseJSON {
    struct Rest: Codable {
        var heeftAnalyse: Bool
        var annotaties: [Annotatie]
        var bevindingen: [Bevinding]
        var sessie: Sessie?
        var meldingen: [Melding]
        var samenvoegMeldingen: [Melding]
        var overgeslagen: [OvergeslagenCorrectie]
    }

    static func rij(_ a: WerkbankAnalyse, sleutel: AnalyseSleutel) throws -> BewaardeAnalyseRij {
        let rest = Rest(heeftAnalyse: a.analyse != nil, annotaties: a.analyse?.annotaties ?? [],
                        bevindingen: a.analyse?.bevindingen ?? [], sessie: a.analyse?.sessie,
                        meldingen: a.meldingen, samenvoegMeldingen: a.samenvoegMeldingen,
                        overgeslagen: a.overgeslagen)
        // The analysis's timeline is the merge's (same formats, session and codes); one copy is kept.
        let encoder = JSONEncoder()
        return BewaardeAnalyseRij(sleutel: sleutel.geheel, tijdlijnSleutel: sleutel.tijdlijn,
                                  tijdlijn: String(decoding: try encoder.encode(a.analyse?.tijdlijn ?? a.tijdlijn), as: UTF8.self),
                                  rest: String(decoding: try encoder.encode(rest), as: UTF8.self))
    }

    static func tijdlijn(_ tekst: String) throws -> Tijdlijn {
        try JSONDecoder().decode(Tijdlijn.self, from: Data(tekst.utf8))
    }

    static func lees(_ rij: BewaardeAnalyseRij) throws -> WerkbankAnalyse {
        let t = try tijdlijn(rij.tijdlijn)
        let rest = try JSONDecoder().decode(Rest.self, from: Data((rij.rest ?? "").utf8))
        return WerkbankAnalyse(
            analyse: rest.heeftAnalyse ? Analyse(tijdlijn: t, annotaties: rest.annotaties,
                                                 bevindingen: rest.bevindingen, sessie: rest.sessie) : nil,
            meldingen: rest.meldingen, tijdlijn: t, samenvoegMeldingen: rest.samenvoegMeldingen,
            overgeslagen: rest.overgeslagen)
    }
}
