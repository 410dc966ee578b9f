/// The Dutch month names, once for the whole program: written out (explanations,
/// generated formats), short (the wallpaper, compact dates) and as a single letter
/// (the time axis when months are narrow). Index 0 is januari.
public enum Maanden {
    public static let namen = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                               "augustus", "september", "oktober", "november", "december"]
    public static let korteNamen = ["jan", "feb", "mrt", "apr", "mei", "jun",
                                    "jul", "aug", "sep", "okt", "nov", "dec"]
    public static let letters = ["j", "f", "m", "a", "m", "j", "j", "a", "s", "o", "n", "d"]

    /// Every spelling intake reads as a month: the full and short names, plus the
    /// abbreviations people also write ("maa", "sept").
    public static let gelezen: [String: Int] = {
        var uit: [String: Int] = ["maa": 3, "sept": 9]
        for (n, naam) in namen.enumerated() { uit[naam] = n + 1 }
        for (n, naam) in korteNamen.enumerated() { uit[naam] = n + 1 }
        return uit
    }()

    /// Month `m` (1...12) written out; "?" outside that range.
    public static func naam(_ m: Int) -> String { uit(namen, m) }

    /// Month `m` (1...12) short; "?" outside that range.
    public static func kort(_ m: Int) -> String { uit(korteNamen, m) }

    private static func uit(_ lijst: [String], _ m: Int) -> String {
        (1...12).contains(m) ? lijst[m - 1] : "?"
    }
}
