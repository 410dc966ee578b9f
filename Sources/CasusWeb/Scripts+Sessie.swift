extension Scripts {
    /// The facilitator's screen, the projector and `/muur`: follow the step, keep the wall live.
    static let sessie = #"""
    "use strict";
    (function () {
      const hoofd = document.getElementById("sessie");
      if (!hoofd) return;
      const facilitator = document.body.classList.contains("facilitator");
      const naam = document.getElementById("stapnaam");
      const namen = naam && naam.dataset.namen ? JSON.parse(naam.dataset.namen) : {};
      function toonStap(stap) {
        hoofd.dataset.stap = String(stap);
        for (const s of hoofd.querySelectorAll("[data-stappen]")) {
          s.hidden = !s.dataset.stappen.split(" ").includes(String(stap));
        }
        for (const k of document.querySelectorAll("[data-naar]")) {
          if (k.dataset.naar === String(stap)) k.setAttribute("aria-current", "step"); else k.removeAttribute("aria-current");
        }
        if (naam) naam.textContent = namen[stap] || "";
        if (!hoofd.querySelector(".muurvak").hidden) Muur.start();
      }
      for (const k of document.querySelectorAll("[data-naar]")) {
        k.addEventListener("click", () => Casus.vraag("POST", "/api/stap", { stap: +k.dataset.naar })
          .then(r => toonStap(r.stap)).catch(f => alert(f.message)));
      }
      function deelnemer(d) {
        const lijst = document.getElementById("deelnemers");
        if (!lijst || lijst.querySelector('[data-deelnemer="' + CSS.escape(d.id) + '"]')) return;
        const li = Casus.el("li");
        li.append(Casus.el("span", "wie", [d.rol, d.organisatie, d.naam].filter(Boolean).join(" · ")));
        if (d.check_in) li.append(Casus.el("q", "checkin", d.check_in));
        li.dataset.deelnemer = d.id;
        lijst.append(li);
      }
      function label(id) {
        const gevonden = Casus.item(id);
        if (!gevonden) return id;
        const i = gevonden.item;
        // A family member by its id (kind-1) where no name may be shown: two children are not both "kind".
        if (gevonden.soort === "gezinsleden") return i.naam ? i.naam + " (" + id + ")" : id;
        const datum = Casus.waarde(i.datum || i.start || i.vanaf || "");
        const tekst = i.wat || i.naam || i.rol || i.wie || (i.naar ? "kader " + i.naar : "") || id;
        return (datum ? datum + " · " : "") + tekst;
      }
      function lijst() {
        const ol = document.getElementById("stickerlijst");
        if (!ol) return;
        const alle = Casus.stand.annotaties;
        ol.replaceChildren(...alle.slice().reverse().map(a => {
          const li = Casus.el("li", "sticker-regel " + a.soort);
          li.dataset.nummer = a.nummer;
          li.append(Casus.el("span", "soort", a.soort === "smiley" ? "☺ smiley" : "☹ sadney"),
            Casus.el("span", "op", label(a.item)),
            Casus.el("span", "thema", a.thema || ""),
            Casus.el("span", "toelichting", a.toelichting || ""));
          return li;
        }));
        const smileys = alle.filter(a => a.soort === "smiley").length;
        const telling = document.getElementById("telling");
        if (telling) telling.textContent = smileys + " smileys · " + (alle.length - smileys) + " sadneys";
      }
      // Items with smileys and sadneys (the server counts them): a list and a mark on the wall.
      function verdeeld() {
        const lijst = Casus.stand.verdeeld || [];
        const ul = document.getElementById("verdeeld");
        if (ul) {
          ul.replaceChildren(...lijst.map(v => {
            const li = Casus.el("li", "verdeeld-regel");
            li.dataset.verdeeld = v.item;
            li.append(Casus.el("span", "op", label(v.item)),
              Casus.el("span", "aantal", "☺ " + v.smiley + " · ☹ " + v.sadney));
            return li;
          }));
          if (!lijst.length) ul.append(Casus.el("li", "leeg", "Nog nergens: overal dezelfde kant op."));
        }
        Muur.markeer(lijst.map(v => v.item));
      }
      // The item's detail: what the wall shows, and every source's own wording.
      function detail(id) {
        const vak = document.getElementById("detail");
        const gevonden = Casus.item(id);
        if (!vak || !facilitator || !gevonden) return;
        const i = gevonden.item;
        const verborgen = new Set(["id", "code", "bronnen", "per_bron", "conflict", "aliassen", "leeftijden"]);
        const velden = Object.keys(i).filter(k => !verborgen.has(k));
        const kop = Casus.el("h3", null, label(id));
        const sluit = Casus.el("button", "sluit", "Sluiten");
        sluit.type = "button";
        sluit.addEventListener("click", () => { vak.hidden = true; });
        const tabel = Casus.el("table");
        const rij = Casus.el("tr");
        rij.append(Casus.el("th", null, "veld"), Casus.el("th", null, "op de muur"),
          ...(i.per_bron || []).map(b => Casus.el("th", null, b.bron)));
        tabel.append(rij);
        for (const veld of velden) {
          const r = Casus.el("tr");
          const waarden = (i.per_bron || []).map(b => Casus.waarde(b.inhoud ? b.inhoud[veld] : b[veld]));
          if (waarden.some(w => w !== Casus.waarde(i[veld]))) r.className = "verschil";
          const corrigeren = typeof Correcties !== "undefined";
          r.append(Casus.el("td", null, veld), Casus.el("td", null, Casus.waarde(i[veld])),
            ...waarden.map((w, k) => {
              const td = Casus.el("td", null, w);
              // Where sources differ, the facilitator picks one wording for the wall.
              if (corrigeren && r.className && w) td.append(Correcties.kiesKnop(id, veld, i.per_bron[k].bron));
              return td;
            }));
          tabel.append(r);
        }
        const paneel = typeof Correcties !== "undefined" ? [Correcties.paneel(id, i)] : [];
        vak.replaceChildren(kop, Casus.el("p", "id", (i.code ? i.code + " · " : "") + id), tabel, ...paneel, sluit);
        vak.hidden = false;
      }
      Casus.bij((soort, data) => {
        if (soort === "alles") { Muur.zetAlle(data.annotaties); lijst(); verdeeld(); }
        if (soort === "verdeeld") verdeeld();
        if (soort === "annotatie") { Muur.voegToe(data); lijst(); }
        if (soort === "annotatie-weg") { Muur.haalWeg(data.nummer); lijst(); }
        if (soort === "deelnemer") deelnemer(data);
        if (soort === "stap" && !document.body.classList.contains("muurpagina")) toonStap(data.stap);
      });
      Muur.bijKies = detail;
      toonStap(+hoofd.dataset.stap || 1);
      Casus.laad().then(() => Casus.verbind()).catch(f => document.body.append(Casus.el("p", "melding", f.message)));
    })();
    """#
}
