/// The order JSONEncoder's `.sortedKeys` gives an object's keys (their UTF-8 bytes), remembered
/// per list of keys: an output has a few kinds of objects, each written thousands of times.
struct JSONSleutelOrde {
    private var bekend: [(sleutels: [String], volgorde: [Int]?)] = []
    private static let maximum = 64

    /// Member positions in key order; nil when they already are. Throws when two keys are
    /// equal as Strings (JSONEncoder keeps one of them; the writer leaves that to it).
    mutating func volgorde(_ sleutels: ArraySlice<String>) throws -> [Int]? {
        for k in bekend.indices where bekend[k].sleutels.count == sleutels.count {
            if zip(bekend[k].sleutels, sleutels).allSatisfy({ $0 == $1 }) { return bekend[k].volgorde }
        }
        let lijst = Array(sleutels)
        let volgorde = try Self.bereken(lijst)
        if bekend.count < Self.maximum { bekend.append((lijst, volgorde)) }
        return volgorde
    }

    private static func bereken(_ sleutels: [String]) throws -> [Int]? {
        func voor(_ i: Int, _ j: Int) -> Bool { sleutels[i].utf8.lexicographicallyPrecedes(sleutels[j].utf8) }
        var geordend = true
        for i in sleutels.indices.dropFirst() where !voor(i - 1, i) {
            if !voor(i, i - 1) { throw NietOndersteund() }  // the same bytes twice
            geordend = false
        }
        // Different bytes, equal as Strings (`é` and `e\u{301}`): JSONEncoder keeps one of them.
        if Set(sleutels).count != sleutels.count { throw NietOndersteund() }
        return geordend ? nil : sleutels.indices.sorted(by: voor)
    }
}
