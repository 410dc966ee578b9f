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
    var bijgesneden: String {
        // Most texts have nothing to trim; Foundation's trimming is slow even then (issue 18).
        let rand = CharacterSet.whitespacesAndNewlines
        guard let eerste = unicodeScalars.first, let laatste = unicodeScalars.last,
              !rand.contains(eerste), !rand.contains(laatste) else {
            return trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return self
    }
    var bijgesnedenOfNil: String? {
        let tekst = bijgesneden
        return tekst.isEmpty ? nil : tekst
    }
}

extension Deelnemer {
    var schoon: Deelnemer {
        Deelnemer(id: id?.bijgesnedenOfNil, rol: rol.bijgesneden, organisatie: organisatie?.bijgesnedenOfNil,
                  naam: naam?.bijgesnedenOfNil, checkIn: checkIn?.bijgesnedenOfNil)
    }
}

extension GezinslidAanvulling {
    var schoon: GezinslidAanvulling {
        GezinslidAanvulling(id: id.bijgesneden, eigenheid: eigenheid?.bijgesnedenOfNil, blijVan: blijVan?.bijgesnedenOfNil,
                            mechanisme: mechanisme?.bijgesnedenOfNil, door: door?.bijgesnedenOfNil)
    }
}

extension Keuze {
    var schoon: Keuze {
        Keuze(item: item.bijgesneden, veld: veld.bijgesneden, bron: bron?.bijgesnedenOfNil, tekst: tekst?.bijgesnedenOfNil)
    }
}

extension VisieOordeel {
    var schoon: VisieOordeel {
        VisieOordeel(principe: principe, oordeel: oordeel, toelichting: toelichting?.bijgesnedenOfNil,
                     hadKunnen: hadKunnen?.bijgesnedenOfNil, items: items.compactMap(\.bijgesnedenOfNil))
    }
}

extension Afspraak {
    var schoon: Afspraak {
        Afspraak(wat: wat.bijgesneden, wie: wie?.bijgesnedenOfNil, wanneer: wanneer,
                 items: items.compactMap(\.bijgesnedenOfNil), status: status)
    }
}

extension Evaluatie {
    var schoon: Evaluatie { Evaluatie(door: door.bijgesneden, tekst: tekst.bijgesneden) }
}
