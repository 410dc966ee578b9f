"""Load benchmark of `casus sessie` (loopback only, bounded): 30 participants
each place 20 stickies at once while a projector listens on /api/stroom.
Reports: stored, events seen, POST→event p50/p99, server peak RSS (VmHWM).
Usage: python3 scripts/sessie/bench.py [DEELNEMERS] [PER_DEELNEMER]"""
import http.client
import json
import os
import platform
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
from server import CASUS, Sessie  # noqa: E402

ITEM = "interventie-mediation-2018"


def verzoek(poort, methode, pad, body=None, koekje=None):
    c = http.client.HTTPConnection("127.0.0.1", poort, timeout=30)
    h = {"Content-Type": "application/json"}
    if koekje:
        h["Cookie"] = koekje
    c.request(methode, pad, body=json.dumps(body) if body is not None else None, headers=h)
    r = c.getresponse()
    data = r.read()
    koek = r.getheader("Set-Cookie")
    c.close()
    return r.status, data, koek


def percentiel(waarden, p):
    s = sorted(waarden)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def main():
    deelnemers = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    per = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    sessie = Sessie().start()
    poort = sessie.poort
    facilitator = "casus_sleutel=" + sessie.sleutel
    verstuurd, gezien, klaar = {}, {}, threading.Event()
    totaal = deelnemers * per
    try:
        # The projector: one long-lived event stream.
        stroom = http.client.HTTPConnection("127.0.0.1", poort, timeout=60)
        stroom.request("GET", "/api/stroom", headers={"Cookie": facilitator})
        antwoord = stroom.getresponse()
        assert antwoord.status == 200

        def luister():
            soort = None
            while not klaar.is_set():
                regel = antwoord.fp.readline().decode()
                if not regel:
                    return
                if regel.startswith("event: "):
                    soort = regel[7:].strip()
                elif regel.startswith("data: ") and soort == "annotatie":
                    tag = json.loads(regel[6:])["toelichting"]
                    gezien[tag] = time.perf_counter()
                    if len(gezien) == totaal:
                        klaar.set()
        luisteraar = threading.Thread(target=luister, daemon=True)
        luisteraar.start()

        # The example casus brings its own stickies: count only the ones placed here.
        status, data, _ = verzoek(poort, "GET", "/api/tijdlijn", koekje=facilitator)
        vooraf = len(json.loads(data)["annotaties"])
        koekjes = []
        for i in range(deelnemers):
            status, _, koek = verzoek(poort, "POST", "/api/deelnemers", {"code": sessie.code, "rol": "rol-%d" % i})
            assert status == 201, status
            koekjes.append(koek.split(";")[0])

        start = threading.Barrier(deelnemers)
        fouten = []

        def deelnemer(i):
            start.wait()
            for j in range(per):
                tag = "b-%d-%d" % (i, j)
                verstuurd[tag] = time.perf_counter()
                status, data, _ = verzoek(poort, "POST", "/api/annotaties",
                                          {"item": ITEM, "soort": "smiley" if j % 2 else "sadney", "toelichting": tag},
                                          koekjes[i])
                if status != 201:
                    fouten.append((status, data))
        begin = time.perf_counter()
        draden = [threading.Thread(target=deelnemer, args=(i,)) for i in range(deelnemers)]
        for d in draden:
            d.start()
        for d in draden:
            d.join()
        duur = time.perf_counter() - begin
        klaar.wait(timeout=30)
        status, data, _ = verzoek(poort, "GET", "/api/tijdlijn", koekje=facilitator)
        opgeslagen = len(json.loads(data)["annotaties"]) - vooraf
        with open("/proc/%d/status" % sessie.proces.pid) as f:
            piek = next(int(r.split()[1]) for r in f if r.startswith("VmHWM"))
        vertraging = [(gezien[t] - verstuurd[t]) * 1000 for t in gezien if t in verstuurd]
        print("casus sessie — belasting (%s, %d kernen, %s)" % (platform.node(), os.cpu_count(),
                                                               time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())))
        print("binary: %s" % CASUS)
        print("%d deelnemers × %d stickers tegelijk, 1 projector op /api/stroom" % (deelnemers, per))
        print("opgeslagen: %d / %d (naast de %d van het voorbeeld), gebeurtenissen gezien: %d, fouten: %d"
              % (opgeslagen, totaal, vooraf, len(gezien), len(fouten)))
        print("totale duur: %.2f s (%.0f stickers/s)" % (duur, totaal / duur))
        if vertraging:
            print("POST → gebeurtenis op de projector: p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                  % (percentiel(vertraging, 50), percentiel(vertraging, 99), max(vertraging)))
        print("piekgeheugen server (VmHWM): %.1f MB" % (piek / 1024))
        ok = opgeslagen == totaal and len(gezien) == totaal and not fouten
        sys.exit(0 if ok else 1)
    finally:
        klaar.set()
        sessie.opruimen()


if __name__ == "__main__":
    main()
