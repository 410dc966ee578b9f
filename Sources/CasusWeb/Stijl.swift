/// One style sheet for every page: system fonts only (nothing downloaded),
/// large type on the projector, thumb-sized controls on the phone.
enum Stijl {
    static let css = #"""
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; }
    body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #1d2430; background: #f6f4ef; line-height: 1.4; }
    [hidden] { display: none !important; }
    .kop { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem 1.5rem; padding: .6rem 1rem;
      background: #24324a; color: #fff; }
    .kop h1 { font-size: 1.3rem; margin: 0; }
    .kop p { margin: 0; opacity: .9; }
    #stappen { display: flex; flex-wrap: wrap; gap: .4rem; margin-left: auto; }
    #stappen button { font: inherit; padding: .4rem .8rem; border: 1px solid #8fa3c4; background: #33466a; color: #fff;
      border-radius: .4rem; cursor: pointer; }
    #stappen button[aria-current] { background: #f2c14e; color: #1d2430; border-color: #f2c14e; font-weight: bold; }
    main { padding: 1rem; }
    section > h2 { margin: .2rem 0 .6rem; font-size: 1.2rem; }
    .uitnodiging { font-size: 1.4rem; }
    .code { font-size: 2.2rem; letter-spacing: .2em; background: #fff; padding: .1rem .5rem; border-radius: .3rem; }
    .deelnemers { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; }
    .deelnemers li { background: #fff; border: 1px solid #cfd6e3; border-radius: 1rem; padding: .3rem .9rem; max-width: 30rem; }
    .deelnemers .wie { font-weight: bold; }
    .deelnemers .checkin { display: block; font-style: italic; color: #445; margin-top: .2rem; }
    .kaarten { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .8rem; }
    .kaart { background: #fff; border-radius: .5rem; padding: .6rem .9rem; border-top: .4rem solid #6a8cc7; }
    .kaart h3 { margin: 0 0 .3rem; }
    .kaart p { margin: .2rem 0; }
    .muurvak { position: relative; }
    .bediening { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin-bottom: .4rem; }
    .bediening button, .bediening select { font: inherit; min-height: 2.4rem; min-width: 2.4rem; }
    .muurkader { background: #fff; border: 1px solid #cfd6e3; border-radius: .4rem; overflow: hidden;
      height: calc(100vh - 9rem); min-height: 18rem; }
    svg.muur { width: 100%; height: 100%; display: block; touch-action: none; cursor: grab; user-select: none; }
    svg.muur:focus { outline: 3px solid #f2c14e; }
    .doel { fill: transparent; cursor: pointer; }
    .doel:hover { fill: rgba(242, 193, 78, .25); }
    .sticker { cursor: pointer; }
    .sticker.nieuw use { animation: plop .6s ease-out; transform-box: fill-box; transform-origin: center; }
    @keyframes plop { from { transform: scale(2.2); } to { transform: scale(1); } }
    .detail { position: absolute; right: .5rem; top: 3.4rem; width: min(40rem, 90%); max-height: 70vh; overflow: auto;
      background: #fff; border: 2px solid #24324a; border-radius: .5rem; padding: .6rem .8rem; box-shadow: 0 .4rem 1.2rem #0003; }
    .detail table { border-collapse: collapse; width: 100%; font-size: .9rem; }
    .detail td, .detail th { border-bottom: 1px solid #e3e7ee; padding: .2rem .4rem; text-align: left; vertical-align: top; }
    .detail tr.verschil td { background: #fff3d6; }
    .detail .id { color: #667; font-size: .8rem; margin: 0 0 .4rem; }
    .telling { font-size: 1.2rem; font-weight: bold; }
    .doel.verdeeld { fill: rgba(242, 193, 78, .18); stroke: #d98c00; stroke-width: 3; stroke-dasharray: 8 4; }
    .verdeeldvak { background: #fff8e6; border: 2px dashed #d98c00; border-radius: .5rem; padding: .4rem .8rem; margin: .6rem 0; }
    .verdeeldvak h3 { margin: .1rem 0; }
    .verdeeldvak .uitleg { margin: .1rem 0 .3rem; color: #445; }
    .verdeeldlijst { list-style: none; padding: 0; margin: 0; display: grid; gap: .2rem; }
    .verdeeld-regel { display: flex; justify-content: space-between; gap: 1rem; }
    .verdeeld-regel .aantal { font-weight: bold; white-space: nowrap; }
    .stickerlijst { list-style: none; padding: 0; display: grid; gap: .3rem; }
    .sticker-regel { display: grid; grid-template-columns: 7rem 1fr; gap: .1rem .6rem; background: #fff;
      border-left: .4rem solid #1b9e3e; padding: .3rem .6rem; border-radius: .3rem; }
    .sticker-regel.sadney { border-left-color: #2b5ba8; }
    .sticker-regel .soort { display: block; padding: 0; color: #1b6e2e; background: none; }
    .sticker-regel.sadney .soort { color: #2b5ba8; }
    .sticker-regel .toelichting, .sticker-regel .thema { grid-column: 2; color: #445; }
    .sticker-regel .thema:empty, .sticker-regel .toelichting:empty { display: none; }
    @media (min-width: 1000px) {
      main[data-stap="4"] { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1rem; align-items: start; }
      main[data-stap="4"] > section[data-stappen="4"] { max-height: calc(100vh - 6rem); overflow: auto; }
    main[data-stap="4"] .sticker-regel { grid-template-columns: 1fr; }
    main[data-stap="4"] .sticker-regel > * { grid-column: 1; }
    }
    body.scherm { font-size: 1.35rem; }
    body.scherm .muurkader { height: calc(100vh - 8rem); }
    body.scherm .uitnodiging { font-size: 2.4rem; }
    body.scherm .code { font-size: 4rem; }
    body.muurpagina .muurkader { height: calc(100vh - 5rem); }
    body.zonder-verbinding::before { content: "Verbinding kwijt — opnieuw verbinden…"; position: fixed; bottom: 0; left: 0;
      right: 0; background: #b3261e; color: #fff; padding: .3rem 1rem; z-index: 9; }
    .doemee main { max-width: 36rem; margin: 0 auto; }
    .doemee h1 { font-size: 1.4rem; }
    .formulier { display: grid; gap: .8rem; }
    .veld { display: grid; gap: .2rem; }
    .veld input, .veld select, .veld textarea, .formulier button, #toonmuur { font: inherit; padding: .6rem; min-height: 2.8rem;
      border: 1px solid #9aa6ba; border-radius: .4rem; width: 100%; }
    .formulier button[type=submit] { background: #24324a; color: #fff; border: 0; font-weight: bold; }
    .soorten { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; }
    .soort { display: flex; align-items: center; gap: .4rem; padding: .7rem; border-radius: .5rem; color: #fff; font-weight: bold; }
    .soort.smiley { background: #1b9e3e; }
    .soort.sadney { background: #2b5ba8; }
    .soort input { width: 1.3rem; height: 1.3rem; }
    .items { list-style: none; padding: 0; max-height: 45vh; overflow: auto; border: 1px solid #cfd6e3; border-radius: .4rem;
      background: #fff; margin: .6rem 0; }
    .items li { padding: .55rem .7rem; border-bottom: 1px solid #eef0f4; cursor: pointer; }
    .items li:focus, .items li:hover { background: #fff3d6; }
    .items .datum { color: #556; font-size: .85rem; display: block; }
    .gekozen { background: #fff; padding: .5rem; border-radius: .4rem; border-left: .4rem solid #f2c14e; }
    .doemee .muurkader { height: 60vh; }
    .mijnlijst { list-style: none; padding: 0; display: grid; gap: .4rem; }
    .mijnlijst .weg { grid-column: 2; justify-self: start; font: inherit; padding: .3rem .8rem; }
    .melding { color: #b3261e; font-weight: bold; min-height: 1.2em; }
    .melding.gelukt { color: #1b6e2e; }
    @media (max-width: 600px) {
      .sticker-regel { grid-template-columns: 1fr; }
      .sticker-regel > *, .mijnlijst .weg { grid-column: 1; }
    }
    .uitleg { color: #445; margin: .1rem 0 .6rem; }
    .kaart { overflow-wrap: anywhere; }
    body.scherm .kaart { font-size: .85em; }
    body.facilitator .kaart, body.facilitator .principe { cursor: pointer; }
    .aanvulling { background: #fff8d6; border-left: .3rem solid #f2c14e; border-radius: .3rem; padding: .3rem .6rem; margin-top: .5rem; }
    .aanvulling p { margin: .15rem 0; }
    .aanvulling .aanvulkop { font-size: .85em; font-weight: bold; color: #7a5a00; }
    .principes { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: .8rem; }
    .principe { background: #fff; border-radius: .5rem; padding: .5rem .9rem; border-left: .6rem solid #cfd6e3; }
    .principe h3 { margin: 0 0 .2rem; font-size: 1.1em; }
    .principe p { margin: .25rem 0; }
    .principe .principetekst { font-size: .8em; color: #556; }
    .principe .oordeel { display: inline-block; font-weight: bold; border-radius: 1rem; padding: .05rem .8rem;
      background: #e3e7ee; color: #445; }
    .principe .hadkunnen { margin-top: .3rem; border-top: 1px dashed #cfd6e3; padding-top: .3rem; }
    .principe[data-oordeel="wel"] { border-left-color: #1b9e3e; }
    .principe[data-oordeel="wel"] .oordeel { background: #1b9e3e; color: #fff; }
    .principe[data-oordeel="deels"] { border-left-color: #e0a800; }
    .principe[data-oordeel="deels"] .oordeel { background: #f2c14e; color: #1d2430; }
    .principe[data-oordeel="niet"] { border-left-color: #b3261e; }
    .principe[data-oordeel="niet"] .oordeel { background: #b3261e; color: #fff; }
    .principe[data-oordeel="onbekend"] { border-left-color: #6b7486; }
    .principe[data-oordeel="onbekend"] .oordeel { background: #6b7486; color: #fff; }
    .oordelen { display: flex; flex-wrap: wrap; gap: .4rem; border: 0; padding: 0; margin: 0; }
    .oordelen legend { padding: 0; margin-bottom: .2rem; }
    .oordeelkeuze { display: flex; gap: .3rem; align-items: center; padding: .4rem .7rem; border: 1px solid #9aa6ba;
      border-radius: .4rem; background: #fff; }
    .afspraken { display: grid; gap: .5rem; padding-left: 2rem; }
    .afspraken li { background: #fff; border-radius: .4rem; padding: .4rem .8rem; border-left: .4rem solid #6a8cc7; }
    .afspraken li.gedaan { border-left-color: #1b9e3e; }
    .afspraken .wat { display: block; font-weight: bold; }
    .afspraken .details { color: #445; }
    .afspraken button.status { font: inherit; font-size: .85em; margin-top: .3rem; padding: .15rem .7rem; }
    .evaluatie { list-style: none; padding: 0; display: grid; gap: .4rem; }
    .evaluatie li { background: #fff; border-radius: .4rem; padding: .4rem .8rem; }
    li.leeg { color: #667; font-style: italic; background: none; border: 0; }
    .stapformulier { background: #fff; border: 1px solid #cfd6e3; border-radius: .5rem; padding: .6rem .9rem; margin-top: 1rem; }
    .stapformulier h3 { margin: 0; }
    .downloads { margin-top: 1.5rem; }
    .knop { display: inline-block; padding: .6rem 1rem; margin: .2rem .3rem .2rem 0; border-radius: .4rem; background: #24324a;
      color: #fff; font-weight: bold; text-decoration: none; }
    .knop.licht { background: #fff; color: #24324a; border: 1px solid #24324a; }
    @media (min-width: 1000px) {
      body.facilitator section.metformulier { display: grid; grid-template-columns: minmax(0, 1fr) 26rem;
        column-gap: 1.2rem; align-items: start; }
      body.facilitator section.metformulier > * { grid-column: 1; }
      body.facilitator section.metformulier > .stapformulier { grid-column: 2; grid-row: 1 / span 8; margin-top: 0; }
      body.scherm .principes { grid-template-columns: repeat(4, minmax(0, 1fr)); }
    }
    body.scherm .principe .principetekst { font-size: .7em; }
    body.scherm section > h2 { font-size: 1.6rem; }
    body.scherm .afspraken li, body.scherm .evaluatie li { font-size: 1.2em; }
    body.facilitator .detail { width: min(64rem, 94%); max-height: calc(100vh - 12rem); }
    .correcties { border-top: 2px solid #24324a; margin-top: .6rem; padding-top: .3rem; }
    .correcties h4 { margin: .2rem 0; }
    .correctieregel { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin: .3rem 0; }
    .correctieregel input, .correctieregel select, .correcties button { font: inherit; padding: .25rem .5rem; }
    .detail button.kies { margin-left: .4rem; font-size: .8rem; padding: .05rem .4rem; }
    .voorbeeld { background: #eef6ee; border: 2px solid #1b9e3e; border-radius: .4rem; padding: .3rem .6rem; margin: .4rem 0; }
    .voorbeeld .wordt { font-weight: bold; }
    .voorbeeld button { margin-right: .4rem; }
    p.gedaan { position: fixed; top: 3.4rem; left: 50%; transform: translateX(-50%); background: #fff; z-index: 8;
      border: 2px solid #1b9e3e; border-radius: .4rem; padding: .4rem 1rem; max-width: 90%; }
    .foutpagina main { max-width: 40rem; margin: 3rem auto; background: #fff; padding: 1rem 2rem; border-radius: .5rem; }
    """#
}
