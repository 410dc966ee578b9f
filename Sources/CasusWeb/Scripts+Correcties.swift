extension Scripts {
    /// Step 3 on the facilitator's screen: corrections from an item's detail.
    /// Every correction is shown first as what the wall would become
    /// (`/api/correcties/proef`, nothing stored), and stored only on "Bevestigen".
    static let correcties = #"""
    "use strict";
    const Correcties = {
      knop(tekst, actie) {
        const k = Casus.el("button", null, tekst);
        k.type = "button";
        k.addEventListener("click", actie);
        return k;
      },
      kiesKnop(item, veld, bron) {
        const k = this.knop("kies", () => this.voorbeeld({ soort: "kies", item, veld, bron }));
        k.className = "kies";
        k.dataset.veld = veld;
        k.dataset.bron = bron;
        k.title = "Toon op de muur wat " + bron + " schreef";
        return k;
      },
      paneel(id, i) {
        const vak = Casus.el("div", "correcties");
        vak.id = "correcties";
        vak.append(Casus.el("h4", null, "Corrigeren"),
          Casus.el("p", "uitleg", "Verschillen de bronnen (geel)? Klik op ‘kies’ bij de woorden die de muur moet tonen."));
        const ander = Casus.el("input");
        ander.id = "koppel-met";
        ander.placeholder = "code of id, bijvoorbeeld G12";
        const koppel = this.knop("Koppelen…", () => this.voorbeeld({ soort: "koppel", items: [id, ander.value.trim()] }));
        koppel.id = "koppel-knop";
        const regel1 = Casus.el("div", "correctieregel");
        regel1.append(Casus.el("span", null, "Hetzelfde als "), ander, koppel);
        vak.append(regel1);
        const bronnen = i.bronnen || [];
        if (bronnen.length > 1) {
          const bron = Casus.el("select");
          bron.id = "ontkoppel-bron";
          for (const b of bronnen) { const o = Casus.el("option", null, b); o.value = b; bron.append(o); }
          const los = this.knop("Ontkoppelen…", () => this.voorbeeld({ soort: "ontkoppel", item: id, bron: bron.value }));
          los.id = "ontkoppel-knop";
          const regel2 = Casus.el("div", "correctieregel");
          regel2.append(Casus.el("span", null, "Eigen item voor bron "), bron, los);
          vak.append(regel2);
        }
        const voorbeeld = Casus.el("div", "voorbeeld");
        voorbeeld.id = "voorbeeld";
        voorbeeld.hidden = true;
        const melding = Casus.el("p", "melding");
        melding.setAttribute("role", "alert");
        vak.append(voorbeeld, melding);
        return vak;
      },
      voorbeeld(c) {
        const vak = document.getElementById("voorbeeld"), melding = document.querySelector("#correcties .melding");
        melding.textContent = "";
        vak.hidden = true;
        Casus.vraag("POST", "/api/correcties/proef", c).then(r => {
          const ja = this.knop("Bevestigen", () => this.bevestig(c));
          ja.id = "bevestig";
          vak.replaceChildren(Casus.el("p", "uitleg", "Zo wordt het (nog niet opgeslagen):"), Casus.el("p", "wordt", r.voorbeeld),
            ja, this.knop("Annuleren", () => { vak.hidden = true; }));
          vak.hidden = false;
          vak.scrollIntoView({ block: "nearest" });
        }).catch(f => { melding.textContent = f.message; melding.scrollIntoView({ block: "nearest" }); });
      },
      bevestig(c) {
        Casus.bezig = Casus.vraag("POST", "/api/correcties", c)
          .then(r => sessionStorage.setItem("casus-gedaan", "Gecorrigeerd: " + r.gedaan))
          .catch(f => { document.querySelector("#correcties .melding").textContent = f.message; });
      }
    };
    (function () {
      // After the reload that a correction causes: say what it did.
      const gedaan = sessionStorage.getItem("casus-gedaan");
      if (!gedaan || !document.body.classList.contains("facilitator")) return;
      sessionStorage.removeItem("casus-gedaan");
      const p = Casus.el("p", "melding gelukt gedaan", gedaan);
      p.id = "gedaan";
      p.setAttribute("role", "status");
      document.body.append(p);
      setTimeout(() => p.remove(), 10000);
    })();
    """#
}
