import Casus
import Foundation
import TijdlijnRender

/// Times each render stage of a synthetic casus; used by `casus-proef bench render`.
public enum RenderBenchmark {
    public static func meet(items: Int, map: String) throws -> [String] {
        let (t, a, b) = SynthetischeWand.maak(items: items)
        var regels: [String] = []
        func tijd<T>(_ wat: String, _ stap: () throws -> T) rethrows -> T {
            let begin = DispatchTime.now().uptimeNanoseconds
            let r = try stap()
            let ms = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6
            regels.append("\(wat): \(String(format: "%.0f", ms)) ms")
            return r
        }
        let r = tijd("layout (\(items) items)") { TijdlijnRenderer(t, annotaties: a, bevindingen: b) }
        regels.append("wand: \(Int(r.layout.breedte)) × \(Int(r.layout.hoogte)) pt")
        try tijd("svg") { try r.schrijfSVG(naar: map + "/tijdlijn.svg") }
        let dpi = try tijd("png") { try r.schrijfPNG(naar: map + "/tijdlijn.png") }
        regels.append("png-dpi: \(Int(dpi))")
        _ = try tijd("pdf") { try r.schrijfPDF(naar: map + "/tijdlijn.pdf") }
        let paginas = try tijd("pdf poster A3") { try r.schrijfPDF(naar: map + "/poster.pdf", poster: .a3) }
        regels.append("poster-vellen: \(paginas)")
        return regels
    }
}
