import Foundation
import Casus

/// What every command asks of a workbench, whatever holds it (a SQLite file, or a team's
/// PostgreSQL). Synchronous on purpose: the command line is; a server-backed
/// implementation bridges to its async driver inside. Every failure is a
/// `WerkbankFout`, so callers print one Dutch message and never see a driver's error.
/// Every change is written together with its line in the audit log, in one transaction.
public protocol WerkbankOpslag: AnyObject, Sendable {
    /// Where the workbench is, for messages: a path, or a server address without password.
    var plek: String { get }

    /// The storage's own consistency check: `["ok"]`, or the problems found.
    func integriteit() throws(WerkbankFout) -> [String]

    /// Waits for a health check that runs beside the work (`Werkbank.Toegang.naastHetWerk`)
    /// and throws `beschadigd` when it found damage; at once otherwise.
    func bevestigGezond() throws(WerkbankFout)

    // MARK: casussen and formats

    /// Stores checked formats (and sessions) in ONE transaction: all of it or nothing.
    /// `samenvoegen` merges a casus from stored texts and session, to anchor annotations.
    func importeer(_ formats: [FormatTekst], sessies: [Sessie], door: String,
                   samenvoegen: @escaping @Sendable (String, [OpgeslagenFormat], Sessie) -> Tijdlijn?) throws(WerkbankFout) -> ImportVerslag
    /// The same per block, each block read and checked just before it is stored (see `Werkbank`).
    func importeer(blokken: Int, eerste: ImportInvoer, lees: @escaping @Sendable (Int) -> ImportInvoer,
                   door: String, voortgang: Voortgang) throws(WerkbankFout) -> BlokImportUitkomst
    /// Every casus, by id.
    func casussen() throws(WerkbankFout) -> [CasusOverzicht]
    func bevat(casus: String) throws(WerkbankFout) -> Bool
    /// Newest formats and the session, read in one consistent snapshot.
    func momentopname(casus: String) throws(WerkbankFout) -> ([OpgeslagenFormat], Sessie)
    /// The newest version of every source.
    func laatsteVersies(casus: String) throws(WerkbankFout) -> [OpgeslagenFormat]
    /// Every version of every source, per source oldest first.
    func alleVersies(casus: String) throws(WerkbankFout) -> [OpgeslagenFormat]

    // MARK: the session's work

    @discardableResult
    func annoteer(casus: String, _ annotatie: Annotatie, anker: ItemAnker?) throws(WerkbankFout) -> Int64
    @discardableResult
    func verwijderAnnotatie(casus: String, nummer: Int64, door: String) throws(WerkbankFout) -> Annotatie
    func annotaties(casus: String) throws(WerkbankFout) -> [OpgeslagenAnnotatie]
    @discardableResult
    func koppel(casus: String, _ koppeling: Koppeling, door: String) throws(WerkbankFout) -> Int64
    @discardableResult
    func ontkoppel(casus: String, _ ontkoppeling: Ontkoppeling, door: String) throws(WerkbankFout) -> Int64
    func verwijderCorrectie(casus: String, nummer: Int64, door: String) throws(WerkbankFout)
    func correcties(casus: String) throws(WerkbankFout) -> [OpgeslagenCorrectie]
    /// The whole session (sessie.md): each add, change and removal logged.
    func zetDeelnemer(casus: String, _ deelnemer: Deelnemer, door: String) throws(WerkbankFout) -> Bool
    func verwijderDeelnemer(casus: String, id: String, door: String) throws(WerkbankFout)
    func vulGezinslidAan(casus: String, _ aanvulling: GezinslidAanvulling, wie: String) throws(WerkbankFout) -> Int64
    func verwijderAanvulling(casus: String, gezinslid: String, door: String?, wie: String) throws(WerkbankFout)
    func kies(casus: String, _ keuze: Keuze, door: String) throws(WerkbankFout) -> Keuze?
    func verwijderKeuze(casus: String, item: String, veld: String, door: String) throws(WerkbankFout)
    func zetOordeel(casus: String, _ oordeel: VisieOordeel, door: String) throws(WerkbankFout) -> VisieOordeel?
    func verwijderOordeel(casus: String, principe: Int, door: String) throws(WerkbankFout)
    @discardableResult
    func legAfspraakVast(casus: String, _ afspraak: Afspraak, door: String) throws(WerkbankFout) -> Int64
    func wijzigAfspraak(casus: String, nummer: Int64, _ afspraak: Afspraak, door: String) throws(WerkbankFout)
    func verwijderAfspraak(casus: String, nummer: Int64, door: String) throws(WerkbankFout)
    func afspraken(casus: String) throws(WerkbankFout) -> [OpgeslagenAfspraak]
    func voegEvaluatieToe(casus: String, _ evaluatie: Evaluatie, wie: String) throws(WerkbankFout) -> Int64
    func wijzigEvaluatie(casus: String, nummer: Int64, _ evaluatie: Evaluatie, wie: String) throws(WerkbankFout)
    func verwijderEvaluatie(casus: String, nummer: Int64, wie: String) throws(WerkbankFout)
    func evaluaties(casus: String) throws(WerkbankFout) -> [OpgeslagenEvaluatie]
    /// The stored session: corrections, annotations, agreements and session data.
    func sessie(casus: String) throws(WerkbankFout) -> Sessie

    // MARK: sticker codes (issue 14)

    /// The sticker codes given so far, each pointed at its item in `tijdlijn`
    /// (following an item whose id changed by its anker).
    func codeboek(casus: String, voor tijdlijn: Tijdlijn) throws(WerkbankFout) -> Codeboek
    /// Gives every dated item of `tijdlijn` its code (stored ones first) and
    /// stores the new ones in one transaction. `importeer` does this too.
    @discardableResult
    func geefCodes(casus: String, _ tijdlijn: inout Tijdlijn) throws(WerkbankFout) -> [Stickercode]

    // MARK: the live session in the browser (issue 15, migration 005-websessie)

    /// The stored key, code and step of the casus's live session; made with `nieuw` the first time.
    func webSessie(casus: String, nieuw: () -> (sleutel: String, code: String)) throws(WerkbankFout) -> WebSessieStand
    func zetSessieStap(casus: String, stap: Int, door: String) throws(WerkbankFout)
    /// A participant joins from their phone: they get an id (w1, …) and become a deelnemer.
    func meldWebDeelnemerAan(casus: String, _ deelnemer: Deelnemer, vingerafdruk: String) throws(WerkbankFout) -> WebDeelnemer
    func webDeelnemers(casus: String) throws(WerkbankFout) -> [WebDeelnemer]

    // MARK: stored analyses (issue 18)

    /// The key as it stands now and the stored analysis of `casus`, in one read.
    func bewaardeAnalyse(casus: String, instellingen: PatroonInstellingen,
                         alleenTijdlijn: Bool) throws(WerkbankFout) -> (AnalyseSleutel, BewaardeAnalyseRij?)
    /// The stored merged timeline when it is current, else nil; see `WerkbankAnalyse.tijdlijn`.
    func bewaardeTijdlijn(casus: String) throws(WerkbankFout) -> Tijdlijn?
    /// Stores (or replaces) the analysis of `casus`; see `WerkbankAnalyse`.
    func bewaarAnalyse(casus: String, _ rij: BewaardeAnalyseRij) throws(WerkbankFout)
    /// The key as it stands now and the stored share of the common threads for one
    /// option variant (migration 008); see `WerkbankBijdrage`.
    func bewaardeBijdrage(casus: String, variant: String) throws(WerkbankFout) -> (AnalyseSleutel, BewaardeBijdrageRij?)
    /// The same for many casussen in one read.
    func bewaardeBijdragen(casussen: [String], variant: String) throws(WerkbankFout) -> [String: (AnalyseSleutel, BewaardeBijdrageRij?)]
    func bewaarBijdrage(casus: String, variant: String, _ rij: BewaardeBijdrageRij) throws(WerkbankFout)

    // MARK: log, export, backup

    /// The audit log of one casus, oldest first; all of it when `casus` is nil.
    func logboek(casus: String?) throws(WerkbankFout) -> [LogboekRegel]
    /// Records in the log that a casus was exported (the files are written by the caller).
    func logExport(casus: String, naar map: String, aantal: Int, door: String) throws(WerkbankFout)
    /// A copy into a new SQLite file (mode 0600); refuses to overwrite.
    func backup(naar doel: String) throws(WerkbankFout)
    /// Format versions, sources and import lines of one casus: the kill harness checks
    /// with it that an interrupted import left all or nothing.
    func importTelling(casus: String) throws(WerkbankFout) -> (versies: Int, logregels: Int, bronnen: Int)
}

/// Opens the workbench a command names. The one place that decides which
/// implementation holds it, so a new kind of workbench is added here only.
public enum Werkbanken {
    /// `plek` as given by `--werkbank` or `CASUS_WERKBANK` (see `WerkbankLocatie`).
    /// With `maakAan`, a missing workbench is created.
    public static func open(_ plek: String, maakAan: Bool = false,
                            toegang: Werkbank.Toegang = .schrijven) throws(WerkbankFout) -> any WerkbankOpslag {
        try Werkbank.open(pad: plek, maakAan: maakAan, toegang: toegang)
    }

    /// Whether there is a workbench at `plek` to look a casus id up in.
    public static func bestaat(_ plek: String) -> Bool {
        WerkbankLocatie.isAangewezen(plek)
    }
}
