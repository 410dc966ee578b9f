import Casus

/// One worksheet's XML: the explanation sheet as lines of text, a part of the format
/// as header + example + data rows with frozen header, widths and drop-down lists.
enum XLSXBlad {
    static func xml(_ blad: WerkboekOntwerp.Blad, heeftOpmerkingen: Bool) -> String {
        var xml = XLSXSchrijver.kop + "<worksheet xmlns=\"\(XLSXSchrijver.main)\" xmlns:r=\"\(XLSXSchrijver.rel)\">"
        if let regels = blad.tekstRegels {
            xml += "<sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"1\"/></sheetViews>"
                + "<cols><col min=\"1\" max=\"1\" width=\"130\" customWidth=\"1\"/></cols><sheetData>"
            for (index, regel) in regels.enumerated() where !regel.isEmpty {
                xml += rij(index + 1, [regel], stijl: index == 0 ? XLSXStijlen.titel : isKopje(regel) ? XLSXStijlen.vet : XLSXStijlen.standaard)
            }
            return xml + "</sheetData></worksheet>"
        }
        let eersteData = blad.voorbeeld == nil ? 2 : 3
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"A\(eersteData)\" sqref=\"A\(eersteData)\"/></sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (index, kolom) in blad.kolommen.enumerated() {
            let stijl = blad.getallen ? XLSXStijlen.standaard : XLSXStijlen.tekst
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(kolom.breedte)\" style=\"\(stijl)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>" + rij(1, blad.kolommen.map(\.sleutel), stijl: XLSXStijlen.kop)
        if let voorbeeld = blad.voorbeeld { xml += rij(2, voorbeeld, stijl: XLSXStijlen.voorbeeld) }
        for (index, waarden) in blad.rijen.enumerated() {
            xml += rij(eersteData + index, waarden, stijl: blad.getallen ? XLSXStijlen.standaard : XLSXStijlen.tekst,
                       getallen: blad.getallen)
        }
        xml += "</sheetData>" + keuzelijsten(blad, vanaf: eersteData)
        if heeftOpmerkingen { xml += "<legacyDrawing r:id=\"rId2\"/>" }
        return xml + "</worksheet>"
    }

    /// Short lines without a full stop are headings on the explanation sheet.
    static func isKopje(_ regel: String) -> Bool {
        regel.count < 30 && !regel.hasSuffix(".") && !(regel.first.map { $0.isNumber || $0 == "•" || $0 == " " } ?? true)
    }

    /// One row of text cells; empty values are left out. With `getallen` a whole
    /// number (not `007`, which is a code) becomes a number cell.
    static func rij(_ nummer: Int, _ waarden: [String], stijl: Int, getallen: Bool = false) -> String {
        var xml = "<row r=\"\(nummer)\">"
        for (index, waarde) in waarden.enumerated() where !waarde.isEmpty {
            let cel = Werkboek.celNaam(kolom: index + 1, rij: nummer)
            if getallen, let getal = Int(waarde), String(getal) == waarde {
                xml += "<c r=\"\(cel)\" s=\"\(stijl)\"><v>\(getal)</v></c>"
                continue
            }
            xml += "<c r=\"\(cel)\" s=\"\(stijl)\" t=\"inlineStr\">"
                + "<is><t xml:space=\"preserve\">\(XMLTekst.escape(waarde))</t></is></c>"
        }
        return xml + "</row>"
    }

    /// A drop-down list for each column with fixed values, from the first data row on.
    static func keuzelijsten(_ blad: WerkboekOntwerp.Blad, vanaf: Int) -> String {
        let lijsten = blad.kolommen.enumerated().filter { !$0.element.keuzes.isEmpty }
        guard !lijsten.isEmpty else { return "" }
        var xml = "<dataValidations count=\"\(lijsten.count)\">"
        for (index, kolom) in lijsten {
            let van = Werkboek.celNaam(kolom: index + 1, rij: vanaf)
            let tot = Werkboek.celNaam(kolom: index + 1, rij: XLSXSchrijver.laatsteRij)
            xml += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
                + " errorStyle=\"stop\" errorTitle=\"Kies uit de lijst\""
                + " error=\"\(XMLTekst.escape("Kies voor \(kolom.sleutel) een waarde uit de lijst: \(kolom.keuzes.joined(separator: ", "))"))\""
                + " sqref=\"\(van):\(tot)\"><formula1>\(XMLTekst.escape("\"" + kolom.keuzes.joined(separator: ",") + "\""))</formula1></dataValidation>"
        }
        return xml + "</dataValidations>"
    }
}

/// Help per column as a comment on its header cell (comments part plus the VML
/// drawing Excel needs to show it).
enum XLSXOpmerkingen {
    static func comments(_ blad: WerkboekOntwerp.Blad) -> String {
        var xml = XLSXSchrijver.kop + "<comments xmlns=\"\(XLSXSchrijver.main)\"><authors><author>Casus</author></authors><commentList>"
        for (index, kolom) in blad.kolommen.enumerated() {
            xml += "<comment ref=\"\(Werkboek.celNaam(kolom: index + 1, rij: 1))\" authorId=\"0\"><text><r>"
                + "<t xml:space=\"preserve\">\(XMLTekst.escape(kolom.uitleg))</t></r></text></comment>"
        }
        return xml + "</commentList></comments>"
    }

    static func vml(_ blad: WerkboekOntwerp.Blad, blad nummer: Int) -> String {
        var xml = "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
            + "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"\(nummer)\"/></o:shapelayout>"
            + "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
            + "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"
        for index in blad.kolommen.indices {
            xml += "<v:shape id=\"_x0000_s\(nummer * 1024 + index + 1)\" type=\"#_x0000_t202\""
                + " style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:70pt;z-index:\(index + 1);visibility:hidden\""
                + " fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>"
                + "<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>"
                + "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>"
                + "<x:Anchor>\(index + 1), 15, 0, 2, \(index + 4), 15, 5, 2</x:Anchor><x:AutoFill>False</x:AutoFill>"
                + "<x:Row>0</x:Row><x:Column>\(index)</x:Column></x:ClientData></v:shape>"
        }
        return xml + "</xml>"
    }
}
