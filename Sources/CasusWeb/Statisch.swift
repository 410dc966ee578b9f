/// Our own scripts and style sheet, served from the binary: nothing from outside.
enum Statisch {
    static let bestanden: [String: (String, String)] = [
        "casus.css": (Stijl.css, "text/css; charset=utf-8"),
        "casus.js": (Scripts.casus, "text/javascript; charset=utf-8"),
        "muur.js": (Scripts.muur, "text/javascript; charset=utf-8"),
        "sessie.js": (Scripts.sessie, "text/javascript; charset=utf-8"),
        "doe-mee.js": (Scripts.doeMee, "text/javascript; charset=utf-8"),
        "stappen.js": (Scripts.stappen, "text/javascript; charset=utf-8"),
        "correcties.js": (Scripts.correcties, "text/javascript; charset=utf-8"),
    ]
}
