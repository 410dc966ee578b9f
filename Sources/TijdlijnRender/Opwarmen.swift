import CCairo
import Foundation

extension TijdlijnRenderer {
    /// Fontconfig reads its configuration and Cairo loads the fonts on first use (5–10 ms,
    /// all on one thread). Called on a side thread while the casus is still being read, the
    /// PNG and PDF painters later find the fonts ready instead of waiting for that together.
    public static func warmOpOpDeAchtergrond() {
        Thread {
            guard let o = try? CairoOppervlak.png(breedte: 1, hoogte: 1) else { return }
            for gewicht in [CAIRO_FONT_WEIGHT_NORMAL, CAIRO_FONT_WEIGHT_BOLD] {
                cairo_select_font_face(o.cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, gewicht)
                cairo_set_font_size(o.cr, 10)
                cairo_move_to(o.cr, 0, 1)
                cairo_show_text(o.cr, "Ag")
            }
        }.start()
    }
}
