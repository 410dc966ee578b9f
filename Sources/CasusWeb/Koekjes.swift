import Hummingbird

/// The two cookies: the facilitator's key and a participant's secret. HttpOnly
/// (scripts cannot read them) and SameSite=Strict (other sites cannot send them).
enum Koekjes {
    static let sleutel = "casus_sleutel"
    static let deelnemer = "casus_deelnemer"

    static func maak(_ naam: String, _ waarde: String) -> Cookie {
        Cookie(name: naam, value: waarde, path: "/", httpOnly: true, sameSite: .strict)
    }

    static func wie(_ request: Request, kern: SessieKern) -> Wie {
        kern.wie(sleutel: request.cookies[sleutel]?.value, deelnemer: request.cookies[deelnemer]?.value)
    }
}
