import Foundation
import Casus

/// Free text is stored the way intake reads it back from `sessie.yaml`
/// (trimmed; empty means absent), so an export and re-import find the same
/// annotation instead of adding a near-duplicate.
extension Annotatie {
    var schoon: Annotatie {
        Annotatie(item: item.bijgesneden, soort: soort, door: door.bijgesneden, thema: thema,
                  toelichting: toelichting?.bijgesnedenOfNil)
    }
}

extension Koppeling {
    var schoon: Koppeling {
        Koppeling(items: items.map(\.bijgesneden), toelichting: toelichting?.bijgesnedenOfNil)
    }
}

extension Ontkoppeling {
    var schoon: Ontkoppeling {
        Ontkoppeling(item: item.bijgesneden, bron: bron.bijgesneden, toelichting: toelichting?.bijgesnedenOfNil)
    }
}

extension String {
    var bijgesneden: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    var bijgesnedenOfNil: String? { bijgesneden.isEmpty ? nil : bijgesneden }
}
