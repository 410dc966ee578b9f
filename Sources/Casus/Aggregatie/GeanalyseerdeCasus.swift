/// One casus ready for the common threads: its merged timeline, the session's
/// smileys and sadneys, and the patterns detected in it — the pipeline's `Analyse`.
public typealias GeanalyseerdeCasus = Analyse

extension Analyse {
    public var casus: String { tijdlijn.casus }
}
