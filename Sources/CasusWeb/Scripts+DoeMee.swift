extension Scripts {
    /// The participant's phone: join, choose a moment, place a sticky, see and remove one's own.
    static let doeMee = #"""
    "use strict";
    (function () {
      const aanmelden = document.getElementById("aanmelden");
      if (aanmelden) {
        aanmelden.addEventListener("submit", e => {
          e.preventDefault();
          const f = new FormData(aanmelden);
          Casus.vraag("POST", "/api/deelnemers", { code: f.get("code"), rol: f.get("rol"), naam: f.get("naam") || null,
            organisatie: f.get("organisatie") || null, check_in: f.get("check_in") || null })
            .then(() => location.reload())
            .catch(fout => { aanmelden.querySelector(".melding").textContent = fout.message; });
        });
        return;
      }
      const hoofd = document.getElementById("deelnemen");
      if (!hoofd) return;
      const ik = hoofd.dataset.ik;
      let gekozen = null;
      const zoek = document.getElementById("zoek"), jaar = document.getElementById("jaar");
      const items = [...document.querySelectorAll("#items [data-kies]")];
      function filter() {
        const woorden = zoek.value.toLowerCase().trim().split(/\s+/).filter(Boolean);
        for (const li of items) {
          const past = woorden.every(w => li.dataset.zoek.includes(w)) && (!jaar.value || li.dataset.jaar === jaar.value);
          li.hidden = !past;
        }
      }
      zoek.addEventListener("input", filter);
      jaar.addEventListener("change", filter);
      function kies(id) {
        const li = items.find(x => x.dataset.kies === id);
        gekozen = id;
        document.getElementById("gekozen").textContent = li ? li.textContent : id;
        const vak = document.getElementById("plakken");
        vak.hidden = false;
        vak.scrollIntoView({ behavior: "smooth", block: "start" });
      }
      for (const li of items) {
        li.addEventListener("click", () => kies(li.dataset.kies));
        li.addEventListener("keydown", e => { if (e.key === "Enter") kies(li.dataset.kies); });
      }
      document.getElementById("toonmuur").addEventListener("click", () => {
        const vak = document.getElementById("muurvak");
        vak.hidden = !vak.hidden;
        if (!vak.hidden) { Muur.start(); Muur.plaatsAlle(); }
      });
      Muur.bijKies = kies;
      const formulier = document.getElementById("sticker");
      formulier.addEventListener("submit", e => {
        e.preventDefault();
        const f = new FormData(formulier);
        const melding = formulier.querySelector(".melding");
        Casus.vraag("POST", "/api/annotaties", { item: gekozen, soort: f.get("soort"),
          thema: f.get("thema") || null, toelichting: f.get("toelichting") || null })
          .then(r => { melding.textContent = "Geplakt (nummer " + r.nummer + ")."; melding.classList.add("gelukt"); formulier.reset(); })
          .catch(fout => { melding.textContent = fout.message; melding.classList.remove("gelukt"); });
      });
      function mijn() {
        const lijst = document.getElementById("mijnlijst");
        const eigen = Casus.stand.annotaties.filter(a => a.door === ik);
        lijst.replaceChildren(...eigen.map(a => {
          const li = Casus.el("li", "sticker-regel " + a.soort);
          li.dataset.nummer = a.nummer;
          const item = items.find(x => x.dataset.kies === a.item);
          li.append(Casus.el("span", "soort", a.soort), Casus.el("span", "op", item ? item.textContent : a.item),
            Casus.el("span", "toelichting", [a.thema, a.toelichting].filter(Boolean).join(": ")));
          const weg = Casus.el("button", "weg", "Weghalen");
          weg.type = "button";
          weg.addEventListener("click", () => Casus.vraag("DELETE", "/api/annotaties/" + a.nummer)
            .catch(fout => alert(fout.message)));
          li.append(weg);
          return li;
        }));
        if (!eigen.length) lijst.append(Casus.el("li", "leeg", "Nog niets geplakt."));
      }
      Casus.bij((soort, data) => {
        if (soort === "alles") Muur.zetAlle(data.annotaties);
        if (soort === "annotatie") Muur.voegToe(data);
        if (soort === "annotatie-weg") Muur.haalWeg(data.nummer);
        if (soort !== "deelnemer" && soort !== "stap") mijn();
      });
      Casus.laad().then(() => Casus.verbind()).catch(f => document.body.append(Casus.el("p", "melding", f.message)));
    })();
    """#
}
