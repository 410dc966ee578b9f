/// Text as a YAML double-quoted scalar: the one escaping for YAML that Casus writes
/// itself. Everything YAML cannot carry literally becomes an escape, so any cell text
/// reaches the format reader unchanged.
enum YamlAanhaling {
    static func aangehaald(_ tekst: String) -> String {
        var uit = "\""
        for s in tekst.unicodeScalars {
            switch s {
            case "\\": uit += "\\\\"
            case "\"": uit += "\\\""
            case "\n": uit += "\\n"
            case "\r": uit += "\\r"
            case "\t": uit += "\\t"
            default:
                let v = s.value
                let printbaar = (0x20...0x7E).contains(v) || v == 0x85 || (0xA0...0xD7FF).contains(v)
                    || (0xE000...0xFFFD).contains(v) && v != 0xFEFF || v >= 0x10000
                if printbaar {
                    uit.unicodeScalars.append(s)
                } else {
                    let hex = String(v, radix: 16, uppercase: true)
                    uit += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                }
            }
        }
        return uit + "\""
    }
}
