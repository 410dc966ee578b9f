extension Scripts {
    /// Steps 2 and 4 and the closing on the facilitator's screen and the projector:
    /// family cards with the group's additions, the principles, agreements and
    /// evaluation, from `/api/sessie` and live from the `sessie` event. The
    /// facilitator's forms post their fields as JSON to their `data-api`.
    static let stappen = #"""
    "use strict";
    (function () {
      const hoofd = document.getElementById("sessie");
      if (!hoofd || document.body.classList.contains("muurpagina")) return;
      const facilitator = document.body.classList.contains("facilitator");
      let stand = null;
      function regel(kop, tekst) {
        const p = Casus.el("p");
        p.append(Casus.el("b", null, kop + ": "), document.createTextNode(tekst));
        return p;
      }
      function kaarten(s) {
        for (const vak of document.querySelectorAll("[data-aanvullingen]")) {
          const hier = s.gezinsleden.filter(a => a.gezinslid === vak.dataset.aanvullingen);
          vak.replaceChildren(...hier.map(a => {
            const div = Casus.el("div", "aanvulling");
            div.append(Casus.el("p", "aanvulkop", "In de sessie aangevuld" + (a.door ? " door " + a.door : "")));
            for (const [kop, w] of [["Eigenheid", a.eigenheid], ["Blij van", a.blij_van], ["Mechanisme", a.mechanisme]]) {
              if (w) div.append(regel(kop, w));
            }
            return div;
          }));
        }
      }
      function principes(s) {
        for (const v of s.visie) {
          const kaart = document.querySelector('[data-principe="' + v.principe + '"]');
          if (!kaart) continue;
          kaart.dataset.oordeel = v.oordeel || "";
          kaart.querySelector(".oordeel").textContent = v.oordeel || "niet besproken";
          kaart.querySelector(".toelichting").textContent = v.toelichting || "";
          const had = kaart.querySelector(".hadkunnen");
          had.hidden = !v.had_kunnen;
          had.querySelector("span").textContent = v.had_kunnen || "";
        }
      }
      function afspraken(s) {
        const ol = document.getElementById("afspraken");
        ol.replaceChildren(...s.afspraken.map(a => {
          const li = Casus.el("li", "afspraak " + a.status);
          li.dataset.afspraak = a.nummer;
          li.append(Casus.el("span", "wat", a.wat), Casus.el("span", "details",
            [a.wie ? "wie: " + a.wie : "", a.wanneer ? "wanneer: " + a.wanneer : "", a.status].filter(Boolean).join(" · ")));
          if (facilitator) {
            const knop = Casus.el("button", "status", a.status === "gedaan" ? "Weer open" : "Gedaan");
            knop.type = "button";
            knop.addEventListener("click", () => Casus.vraag("POST", "/api/afspraken/" + a.nummer,
              { status: a.status === "gedaan" ? "open" : "gedaan" }).catch(f => alert(f.message)));
            li.append(knop);
          }
          return li;
        }));
        if (!s.afspraken.length) ol.append(Casus.el("li", "leeg", "Nog geen afspraken."));
      }
      function evaluatie(s) {
        const ul = document.getElementById("evaluatie");
        ul.replaceChildren(...s.evaluatie.map(e => {
          const li = Casus.el("li", "stem");
          li.append(Casus.el("b", null, e.door + ": "), document.createTextNode(e.tekst));
          return li;
        }));
        if (!s.evaluatie.length) ul.append(Casus.el("li", "leeg", "Nog niemand."));
      }
      function deelnemers(s) {
        for (const select of document.querySelectorAll("select[data-deelnemers]")) {
          const gekozen = select.value;
          select.replaceChildren(select.options[0], ...s.deelnemers.map(d => {
            const o = Casus.el("option", null, d.label);
            o.value = d.id;
            return o;
          }));
          select.value = gekozen;
          if (select.value !== gekozen) select.selectedIndex = 0;
        }
      }
      function toon(s) {
        stand = s;
        kaarten(s); principes(s); afspraken(s); evaluatie(s);
        if (facilitator) deelnemers(s);
      }
      function haal() { Casus.vraag("GET", "/api/sessie?" + Casus.weergave()).then(toon).catch(() => {}); }
      for (const form of document.querySelectorAll("form[data-api]")) {
        form.addEventListener("submit", e => {
          e.preventDefault();
          const body = {};
          for (const el of form.elements) {
            if (!el.name || (el.type === "radio" && !el.checked)) continue;
            const w = el.value.trim();
            body[el.name] = el.hasAttribute("data-getal") ? +w : (w || null);
          }
          const melding = form.querySelector(".melding");
          Casus.vraag("POST", form.dataset.api, body).then(() => {
            melding.textContent = "Vastgelegd.";
            melding.classList.add("gelukt");
            for (const el of form.querySelectorAll("textarea, input:not([type=radio])")) el.value = "";
          }).catch(f => { melding.textContent = f.message; melding.classList.remove("gelukt"); });
        });
      }
      // A click on a card picks it in the form (a principle with what is stored).
      const visie = document.getElementById("visieformulier");
      for (const kaart of facilitator && visie ? document.querySelectorAll("[data-principe]") : []) {
        kaart.addEventListener("click", () => {
          const v = stand && stand.visie.find(x => x.principe === +kaart.dataset.principe);
          visie.elements.principe.value = kaart.dataset.principe;
          for (const r of visie.querySelectorAll("input[name=oordeel]")) r.checked = !!v && r.value === v.oordeel;
          visie.elements.toelichting.value = (v && v.toelichting) || "";
          visie.elements.had_kunnen.value = (v && v.had_kunnen) || "";
          visie.elements.toelichting.focus();
        });
      }
      const aanvullen = document.getElementById("aanvullen");
      for (const kaart of facilitator && aanvullen ? document.querySelectorAll("[data-gezinslid]") : []) {
        kaart.addEventListener("click", () => {
          aanvullen.elements.gezinslid.value = kaart.dataset.gezinslid;
          aanvullen.elements.eigenheid.focus();
        });
      }
      Casus.bij((soort, data) => {
        if (soort === "alles" || (soort === "deelnemer" && facilitator)) haal();
        if (soort === "sessie") toon(data);
      });
    })();
    """#
}
