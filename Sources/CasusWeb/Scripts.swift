/// The scripts of the session pages: small, plain, ours. They build the page
/// from the API with textContent only (never innerHTML), so no text can turn
/// into markup.
enum Scripts {
    /// Shared: the API, the state and the live event stream.
    static let casus = #"""
    "use strict";
    const Casus = {
      stand: null,
      luisteraars: [],
      async vraag(methode, pad, body) {
        const opties = { method: methode, headers: {}, credentials: "same-origin" };
        if (body !== undefined) {
          opties.headers["Content-Type"] = "application/json";
          opties.body = JSON.stringify(body);
        }
        const r = await fetch(pad, opties);
        let data = null;
        try { data = await r.json(); } catch (e) { data = null; }
        if (!r.ok) throw new Error((data && data.fout) || ("De server zegt " + r.status + "."));
        return data;
      },
      el(naam, klasse, tekst) {
        const e = document.createElement(naam);
        if (klasse) e.className = klasse;
        if (tekst !== undefined && tekst !== null) e.textContent = tekst;
        return e;
      },
      bij(f) { this.luisteraars.push(f); },
      meld(soort, data) { for (const f of this.luisteraars) f(soort, data); },
      // The projector and /muur are seen by the room: they ask for what participants may see.
      weergave() {
        const c = document.body.classList;
        return c.contains("scherm") || c.contains("muurpagina") ? "weergave=openbaar" : "";
      },
      async laad() {
        this.stand = await this.vraag("GET", "/api/tijdlijn?" + this.weergave());
        this.meld("alles", this.stand);
        return this.stand;
      },
      // EventSource reconnects by itself and sends Last-Event-ID: the server replays what was missed.
      verbind() {
        const bron = new EventSource("/api/stroom?" + this.weergave() + "&na=" + encodeURIComponent(this.stand.stroom));
        bron.addEventListener("annotatie", e => {
          const a = JSON.parse(e.data);
          if (this.stand.annotaties.some(x => x.nummer === a.nummer)) return;
          this.stand.annotaties.push(a);
          this.meld("annotatie", a);
        });
        bron.addEventListener("annotatie-weg", e => {
          const a = JSON.parse(e.data);
          this.stand.annotaties = this.stand.annotaties.filter(x => x.nummer !== a.nummer);
          this.meld("annotatie-weg", a);
        });
        bron.addEventListener("verdeeld", e => {
          this.stand.verdeeld = JSON.parse(e.data).verdeeld;
          this.meld("verdeeld", this.stand.verdeeld);
        });
        bron.addEventListener("deelnemer", e => this.meld("deelnemer", JSON.parse(e.data)));
        bron.addEventListener("sessie", e => this.meld("sessie", JSON.parse(e.data)));
        // The facilitator corrected the merge: the wall is drawn anew, so every page reloads
        // (the facilitator's own page once its answer is in).
        bron.addEventListener("muur", () => Promise.resolve(this.bezig).finally(() => location.reload()));
        bron.addEventListener("stap", e => this.meld("stap", JSON.parse(e.data)));
        bron.addEventListener("ververs", () => { this.laad().catch(() => {}); });
        bron.onopen = () => document.body.classList.remove("zonder-verbinding");
        bron.onerror = () => document.body.classList.add("zonder-verbinding");
        this.bron = bron;
      },
      // The item with this id, whatever its kind, and a short Dutch label.
      item(id) {
        const t = this.stand;
        for (const soort of ["gezinsleden", "netwerk", "gebeurtenissen", "interventies", "kader", "regie", "regiewisselingen"]) {
          const gevonden = (t[soort] || []).find(i => i.id === id);
          if (gevonden) return { soort, item: gevonden };
        }
        return null;
      },
      waarde(v) {
        if (v === null || v === undefined) return "";
        if (Array.isArray(v)) return v.map(x => this.waarde(x)).join(", ");
        if (typeof v === "object") return v.tekst !== undefined ? v.tekst : JSON.stringify(v);
        return String(v);
      }
    };
    """#

    /// The wall: zoom and pan (mouse, keyboard, touch), a period, and the stickies in their place.
    static let muur = #"""
    "use strict";
    const Muur = {
      svg: null, vb: null, volledig: null, gesleept: false, bijKies: null,
      start() {
        const svg = document.getElementById("muur");
        if (!svg || this.svg) return;
        this.svg = svg;
        svg.setAttribute("tabindex", "0");
        this.volledig = { x: 0, y: 0, w: +svg.dataset.breedte, h: +svg.dataset.hoogte };
        this.vb = Object.assign({}, this.volledig);
        this.pas();
        svg.addEventListener("wheel", e => {
          e.preventDefault();
          this.zoom(e.deltaY < 0 ? 0.8 : 1.25, this.punt(e.clientX, e.clientY));
        }, { passive: false });
        const vingers = new Map();
        svg.addEventListener("pointerdown", e => {
          vingers.set(e.pointerId, { x: e.clientX, y: e.clientY });
          this.gesleept = false;
        });
        svg.addEventListener("pointermove", e => {
          const oud = vingers.get(e.pointerId);
          if (!oud) return;
          const nieuw = { x: e.clientX, y: e.clientY };
          if (vingers.size === 1) {
            const s = this.schaal();
            if (Math.abs(nieuw.x - oud.x) + Math.abs(nieuw.y - oud.y) > 0) {
              this.vb.x -= (nieuw.x - oud.x) * s;
              this.vb.y -= (nieuw.y - oud.y) * s;
              this.pas();
            }
            if (Math.abs(nieuw.x - oud.x) + Math.abs(nieuw.y - oud.y) > 3) this.gesleept = true;
          } else if (vingers.size === 2) {
            const ander = [...vingers.entries()].find(([id]) => id !== e.pointerId)[1];
            const voor = Math.hypot(oud.x - ander.x, oud.y - ander.y);
            const na = Math.hypot(nieuw.x - ander.x, nieuw.y - ander.y);
            if (voor > 0 && na > 0) this.zoom(voor / na, this.punt((nieuw.x + ander.x) / 2, (nieuw.y + ander.y) / 2));
            this.gesleept = true;
          }
          vingers.set(e.pointerId, nieuw);
        });
        const los = e => vingers.delete(e.pointerId);
        svg.addEventListener("pointerup", los);
        svg.addEventListener("pointercancel", los);
        svg.addEventListener("pointerleave", los);
        svg.addEventListener("click", e => {
          if (this.gesleept) return;
          const doel = e.target.closest("[data-item], [data-op]");
          if (!doel || !this.bijKies) return;
          this.bijKies(doel.dataset.item || doel.dataset.op);
        });
        svg.addEventListener("keydown", e => {
          const stap = 0.15;
          const acties = {
            "+": () => this.zoom(0.8), "=": () => this.zoom(0.8), "-": () => this.zoom(1.25),
            "0": () => this.toon(this.volledig),
            "ArrowLeft": () => { this.vb.x -= this.vb.w * stap; this.pas(); },
            "ArrowRight": () => { this.vb.x += this.vb.w * stap; this.pas(); },
            "ArrowUp": () => { this.vb.y -= this.vb.h * stap; this.pas(); },
            "ArrowDown": () => { this.vb.y += this.vb.h * stap; this.pas(); }
          };
          if (acties[e.key]) { e.preventDefault(); acties[e.key](); }
        });
        const kader = svg.closest(".muurvak") || document;
        for (const knop of kader.querySelectorAll("[data-zoom]")) {
          knop.addEventListener("click", () => {
            if (knop.dataset.zoom === "in") this.zoom(0.8);
            else if (knop.dataset.zoom === "uit") this.zoom(1.25);
            else this.toon(this.volledig);
          });
        }
        this.periodes(kader.querySelector("#periode"));
        // Stickies that came while the wall was not shown yet.
        if (Casus.stand) this.zetAlle(Casus.stand.annotaties);
        this.plaatsAlle();
        if (this.teMarkeren) this.markeer(this.teMarkeren);
      },
      punt(cx, cy) {
        const p = this.svg.createSVGPoint();
        p.x = cx; p.y = cy;
        return p.matrixTransform(this.svg.getScreenCTM().inverse());
      },
      schaal() {
        const m = this.svg.getScreenCTM();
        return m ? 1 / m.a : 1;
      },
      zoom(f, p) {
        const midden = p || { x: this.vb.x + this.vb.w / 2, y: this.vb.y + this.vb.h / 2 };
        const w = Math.min(Math.max(this.vb.w * f, 150), this.volledig.w * 1.5);
        const echt = w / this.vb.w;
        this.vb.x = midden.x - (midden.x - this.vb.x) * echt;
        this.vb.y = midden.y - (midden.y - this.vb.y) * echt;
        this.vb.w *= echt;
        this.vb.h *= echt;
        this.pas();
        this.plaatsAlle();
      },
      toon(r) { this.vb = Object.assign({}, r); this.pas(); this.plaatsAlle(); },
      pas() {
        const v = this.vb;
        this.svg.setAttribute("viewBox", [v.x, v.y, v.w, v.h].map(n => Math.round(n * 10) / 10).join(" "));
      },
      // "Show this period": one year across the screen, from the top of the wall.
      periodes(keuze) {
        const jaren = (this.svg.dataset.jaren || "").split(" ").map(Number);
        if (!keuze || jaren.length !== 4) { if (keuze) keuze.closest("label").hidden = true; return; }
        const [eerste, laatste, x0, x1] = jaren;
        const perJaar = (x1 - x0) / (laatste - eerste + 1);
        keuze.append(new Option("hele tijdlijn", ""));
        for (let j = eerste; j <= laatste; j++) keuze.append(new Option(String(j), String(j)));
        keuze.addEventListener("change", () => {
          if (!keuze.value) return this.toon(this.volledig);
          const r = this.svg.getBoundingClientRect();
          const w = perJaar * 1.2;
          const x = x0 + (+keuze.value - eerste) * perJaar - perJaar * 0.1;
          this.toon({ x, y: 0, w, h: w * (r.height / Math.max(r.width, 1)) });
        });
      },
      // Stickies sit in a row just above their item; a missing item hides them.
      plaatsAlle() {
        if (!this.svg) return;
        const perItem = new Map();
        for (const s of this.svg.querySelectorAll("#stickers [data-annotatie]")) {
          const id = s.dataset.op;
          const k = perItem.get(id) || 0;
          perItem.set(id, k + 1);
          const doel = this.svg.querySelector('[data-item="' + CSS.escape(id) + '"]');
          const gebruik = s.querySelector("use");
          if (!doel) { s.setAttribute("visibility", "hidden"); continue; }
          const maat = Math.max(22, 18 * this.schaal());
          const x = +doel.getAttribute("x") + (k % 12) * (maat + 2);
          const y = +doel.getAttribute("y") - maat - 2 - Math.floor(k / 12) * (maat + 2);
          for (const [naam, waarde] of [["x", x], ["y", y], ["width", maat], ["height", maat]]) gebruik.setAttribute(naam, waarde);
        }
      },
      voegToe(a) {
        if (!this.svg || this.svg.querySelector('[data-annotatie="' + a.nummer + '"]')) return;
        const ns = "http://www.w3.org/2000/svg";
        const g = document.createElementNS(ns, "g");
        g.setAttribute("data-annotatie", String(a.nummer));
        g.setAttribute("data-soort", a.soort);
        g.setAttribute("data-op", a.item);
        g.setAttribute("class", "sticker " + a.soort + " nieuw");
        const titel = document.createElementNS(ns, "title");
        titel.textContent = a.soort + (a.thema ? " · " + a.thema : "") + (a.toelichting ? ": " + a.toelichting : "");
        const gebruik = document.createElementNS(ns, "use");
        gebruik.setAttribute("href", "#sym-" + (a.soort === "sadney" ? "sadney" : "smiley"));
        g.append(titel, gebruik);
        this.svg.querySelector("#stickers").append(g);
        this.plaatsAlle();
      },
      // Items where the group is divided get a mark ("hier verschillen we").
      markeer(ids) {
        if (!this.svg) { this.teMarkeren = ids; return; }
        const set = new Set(ids);
        for (const r of this.svg.querySelectorAll("rect[data-item]")) r.classList.toggle("verdeeld", set.has(r.dataset.item));
      },
      haalWeg(nummer) {
        const s = this.svg && this.svg.querySelector('[data-annotatie="' + nummer + '"]');
        if (s) { s.remove(); this.plaatsAlle(); }
      },
      // After a reload of the state: exactly the stored stickies.
      zetAlle(annotaties) {
        if (!this.svg) return;
        const bewaard = new Set(annotaties.map(a => String(a.nummer)));
        for (const s of this.svg.querySelectorAll("#stickers [data-annotatie]")) {
          if (!bewaard.has(s.dataset.annotatie)) s.remove();
        }
        for (const a of annotaties) this.voegToe(a);
        this.plaatsAlle();
      }
    };
    """#
}
