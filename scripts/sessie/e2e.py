"""End-to-end: a whole live session in real Chromium windows (make test).

A facilitator (1920×1080), the projector (1920×1080) and two participants on
phone-sized windows (390×844). A sticky placed on a phone appears on the
projector within a second; a reload keeps everything; a server killed with
SIGKILL and started again shows the same wall; SIGTERM stops it cleanly.
Screenshots go to $SCHERMAFDRUKKEN (default uitvoer/sessie-e2e/)."""
import json
import os
import signal
import sys
import time
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

sys.path.insert(0, os.path.dirname(__file__))
from server import CASUS_ID, WORTEL, Sessie, wacht_tot  # noqa: E402

AFDRUKKEN = os.environ.get("SCHERMAFDRUKKEN", os.path.join(WORTEL, "uitvoer", "sessie-e2e"))


def browser(breedte, hoogte, downloads=None):
    opties = webdriver.ChromeOptions()
    if breedte < 500:
        # A desktop window cannot be narrower than 500 px: a phone is emulated at its real size.
        opties.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": breedte, "height": hoogte,
                                                                            "pixelRatio": 1, "touch": False}})
    if downloads:
        opties.add_experimental_option("prefs", {"download.default_directory": downloads,
                                                 "download.prompt_for_download": False})
    opties.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
              "--window-size=%d,%d" % (breedte, hoogte), "--lang=nl", "--hide-scrollbars"]:
        opties.add_argument(a)
    opties.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opties)


def afdruk(driver, naam):
    os.makedirs(AFDRUKKEN, exist_ok=True)
    driver.save_screenshot(os.path.join(AFDRUKKEN, naam + ".png"))


def geen_scriptfouten(driver, wie):
    fouten = [r for r in driver.get_log("browser") if r["level"] == "SEVERE"
              and "favicon" not in r["message"] and "api/stroom" not in r["message"]
              and "status of 403" not in r["message"]  # the deliberate try on another's sticky
              and "status of 422" not in r["message"]  # the deliberate impossible date
              # refused, reset or not connected while the killed server is down
              and "net::ERR_CONNECTION_" not in r["message"] and "net::ERR_SOCKET_NOT_CONNECTED" not in r["message"]]
    assert not fouten, "%s: fouten in de console: %s" % (wie, fouten)


def stickers(driver):
    # Read in one script: a sticky removed between finding and reading is no stale element.
    return sorted(driver.execute_script(
        'return [...document.querySelectorAll("#muur [data-annotatie]")].map(e => +e.dataset.annotatie);'))


def stap(driver):
    return driver.find_element(By.ID, "sessie").get_attribute("data-stap")


def api(driver, methode, pad, body=None):
    """fetch() from inside the page: the browser's own cookies and origin."""
    return driver.execute_async_script("""
        const [methode, pad, body, klaar] = arguments;
        fetch(pad, {method: methode, headers: {"Content-Type": "application/json"},
                    body: body === null ? undefined : JSON.stringify(body)})
          .then(async r => klaar([r.status, await r.text()]));
    """, methode, pad, body)


def meld_aan(driver, sessie, rol, naam, organisatie="", check_in=""):
    driver.get(sessie.url("/doe-mee"))
    afdruk(driver, "telefoon-aanmelden") if rol == "wijkcoach" else None
    driver.find_element(By.NAME, "code").send_keys(sessie.code.lower())
    driver.find_element(By.NAME, "rol").send_keys(rol)
    driver.find_element(By.NAME, "naam").send_keys(naam)
    driver.find_element(By.NAME, "organisatie").send_keys(organisatie)
    driver.find_element(By.NAME, "check_in").send_keys(check_in)
    driver.find_element(By.CSS_SELECTOR, "#aanmelden button[type=submit]").click()
    wacht_tot(lambda: driver.find_elements(By.ID, "deelnemen"))


def plak(driver, zoekwoord, soort, thema, toelichting):
    zoek = driver.find_element(By.ID, "zoek")
    zoek.clear()
    zoek.send_keys(zoekwoord)
    zichtbaar = [li for li in driver.find_elements(By.CSS_SELECTOR, "#items [data-kies]") if li.is_displayed()]
    assert zichtbaar, "geen item gevonden voor %r" % zoekwoord
    item = zichtbaar[0].get_attribute("data-kies")
    zichtbaar[0].click()
    wacht_tot(lambda: driver.find_element(By.ID, "plakken").is_displayed())
    driver.find_element(By.CSS_SELECTOR, "#sticker input[value=%s]" % soort).click()
    Select(driver.find_element(By.NAME, "thema")).select_by_value(thema)
    driver.find_element(By.NAME, "toelichting").send_keys(toelichting)
    vorige = driver.find_element(By.CSS_SELECTOR, "#sticker .melding").text
    driver.find_element(By.CSS_SELECTOR, "#sticker button[type=submit]").click()
    melding, _ = wacht_tot(lambda: (lambda t: t if t and t != vorige else None)(
        driver.find_element(By.CSS_SELECTOR, "#sticker .melding").text))
    assert melding.startswith("Geplakt"), melding
    # Success is not shown in the error colour.
    assert "gelukt" in driver.find_element(By.CSS_SELECTOR, "#sticker .melding").get_attribute("class")
    return item, int(melding.split("nummer ")[1].rstrip(")."))


def vul_in(driver, formulier, teksten={}, keuzes={}, knop=None):
    """Fills a facilitator's form and sends it; returns the message it shows."""
    form = driver.find_element(By.ID, formulier)
    driver.execute_script("arguments[0].querySelector('.melding').textContent = '';", form)
    for naam, waarde in keuzes.items():
        # In one script: the participants' options are drawn anew on every change.
        gekozen = driver.execute_script(
            "const s = arguments[0].elements[arguments[1]]; s.value = arguments[2]; return s.value;", form, naam, waarde)
        assert gekozen == waarde, "geen keuze %r in %s" % (waarde, naam)
    if knop:
        form.find_element(By.CSS_SELECTOR, "input[value='%s']" % knop).click()
    for naam, waarde in teksten.items():
        veld = form.find_element(By.NAME, naam)
        veld.clear()
        veld.send_keys(waarde)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    melding, _ = wacht_tot(lambda: form.find_element(By.CSS_SELECTOR, ".melding").text or None)
    return melding


def tekst_van(driver, selector):
    """What the elements say (also when their step is not shown now)."""
    return driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent).join(' ');", selector)


def main():
    sessie = Sessie().start()
    vensters = []
    try:
        downloads = os.path.join(sessie.map, "downloads")
        facilitator = browser(1920, 1080, downloads); vensters.append(facilitator)
        scherm = browser(1920, 1080); vensters.append(scherm)
        anna = browser(390, 844); vensters.append(anna)
        bram = browser(390, 844); vensters.append(bram)

        facilitator.get(sessie.url("/?sleutel=" + sessie.sleutel))
        assert facilitator.current_url == sessie.url("/"), facilitator.current_url
        scherm.get(sessie.url("/scherm?sleutel=" + sessie.sleutel))
        assert stap(scherm) == "1"

        # Step 1: participants join with the code; the projector lists them as they come in.
        meld_aan(anna, sessie, "wijkcoach", "Anna", "Wijkteam Hengelo", "Benieuwd wat Anna hier leert.")
        meld_aan(bram, sessie, "jeugdarts", "Bram")
        wacht_tot(lambda: len(scherm.find_elements(By.CSS_SELECTOR, "#deelnemers li")) == 2)
        namen = scherm.find_element(By.ID, "deelnemers").text
        assert "wijkcoach · Wijkteam Hengelo" in namen and "Anna" not in namen, namen  # pseudonymised on the projector
        wacht_tot(lambda: "Benieuwd wat Anna hier leert." in facilitator.find_element(By.ID, "deelnemers").text)
        afdruk(scherm, "scherm-stap1")

        # Step 2: the facilitator adds what the group knows to a family card; the projector shows it live.
        facilitator.find_element(By.CSS_SELECTOR, "[data-naar='2']").click()
        wacht_tot(lambda: stap(scherm) == "2", binnen=2)
        anna_id = json.loads(api(anna, "GET", "/api/tijdlijn")[1])["ik"]
        facilitator.find_element(By.CSS_SELECTOR, "#kaarten [data-gezinslid='kind-2']").click()
        melding = vul_in(facilitator, "aanvullen", {"mechanisme": "Rent naar opa als het thuis onrustig wordt."},
                         keuzes={"door": anna_id})
        assert melding == "Vastgelegd.", melding
        kaart = "#kaarten [data-aanvullingen='kind-2']"
        wacht_tot(lambda: "Rent naar opa" in tekst_van(scherm, kaart), binnen=1.0)
        assert "door wijkcoach" in tekst_van(scherm, kaart) and "Anna" not in tekst_van(scherm, kaart), tekst_van(scherm, kaart)
        afdruk(scherm, "scherm-stap2")
        afdruk(facilitator, "facilitator-stap2")

        # Step 3: the wall.
        facilitator.find_element(By.CSS_SELECTOR, "[data-naar='3']").click()
        wacht_tot(lambda: stap(scherm) == "3", binnen=2)
        afdruk(scherm, "scherm-stap3")
        # A tap on an item opens its detail (every source's wording).
        facilitator.execute_script("""document.querySelector("#muur [data-item^='interventie-']")
            .dispatchEvent(new MouseEvent('click', {bubbles: true}));""")
        wacht_tot(lambda: facilitator.find_element(By.ID, "detail").is_displayed())
        afdruk(facilitator, "facilitator-detail")

        # Correcting the merge from the detail: first what the wall would show, then confirmed.
        item_afloop = "interventie-ouderschap-blijft-2018"
        facilitator.execute_script("""document.querySelector("#muur [data-item='%s']")
            .dispatchEvent(new MouseEvent('click', {bubbles: true}));""" % item_afloop)
        facilitator.find_element(By.ID, "koppel-met").send_keys("G999")
        facilitator.find_element(By.ID, "koppel-knop").click()
        melding, _ = wacht_tot(lambda: facilitator.find_element(By.CSS_SELECTOR, "#correcties .melding").text or None)
        assert "G999" in melding, melding  # an unknown code, said in Dutch
        facilitator.find_element(By.CSS_SELECTOR,
            "#detail button.kies[data-veld='afloop'][data-bron='jeugdbeschermer-jeugdbescherming-oost-nederland']").click()
        wacht_tot(lambda: facilitator.find_element(By.ID, "voorbeeld").is_displayed())
        assert "toont nu" in facilitator.find_element(By.ID, "voorbeeld").text
        afdruk(facilitator, "facilitator-correctie")
        def afloop():
            t = json.loads(api(facilitator, "GET", "/api/tijdlijn")[1])
            return next(i for i in t["interventies"] if i["id"] == item_afloop).get("afloop")
        assert afloop() == "deels", afloop()  # the example's own pick, not yet changed by the preview
        scherm.execute_script("window.voorDeCorrectie = true;")
        facilitator.find_element(By.ID, "bevestig").click()
        # Every page reloads the wall: the projector's old page is gone, the facilitator is told what happened.
        wacht_tot(lambda: scherm.execute_script("return window.voorDeCorrectie === undefined && !!document.getElementById('muur');"),
                  binnen=5)
        wacht_tot(lambda: facilitator.find_elements(By.ID, "gedaan"), binnen=5)
        assert "Gecorrigeerd" in facilitator.find_element(By.ID, "gedaan").text
        assert afloop() == "niet-gelukt", afloop()
        assert stap(scherm) == "3"
        facilitator.find_element(By.CSS_SELECTOR, "[data-naar='4']").click()
        wacht_tot(lambda: stap(scherm) == "4", binnen=2)

        # Step 4: a sticky placed on a phone is on the projector within a second.
        al = stickers(scherm)  # the example's sessie.yaml brings some
        assert al, "de stickers uit sessie.yaml staan niet op de muur"
        item, nummer = plak(anna, "mediation", "sadney", "processen", "Te laat ingezet")
        _, duur = wacht_tot(lambda: nummer in stickers(scherm), binnen=1.0)
        print("sticker %d op het scherm na %.0f ms" % (nummer, duur * 1000))
        sticker = scherm.find_element(By.CSS_SELECTOR, "#muur [data-annotatie='%d']" % nummer)
        assert sticker.get_attribute("data-soort") == "sadney"
        assert sticker.get_attribute("data-op") == item
        afdruk(anna, "telefoon-geplakt")
        item2, nummer2 = plak(bram, "", "smiley", "professionals", "Goed overleg")
        wacht_tot(lambda: nummer2 in stickers(scherm), binnen=1.0)
        item3, nummer3 = plak(bram, "", "sadney", "dogmas", "Dit had anders gekund")
        wacht_tot(lambda: nummer3 in stickers(scherm), binnen=1.0)
        # One smiley and one sadney on the same item: "hier verschillen we", in the list and on the wall.
        assert item3 == item2, (item2, item3)
        verdeeld = "#verdeeld [data-verdeeld='%s']" % item2
        wacht_tot(lambda: scherm.find_elements(By.CSS_SELECTOR, verdeeld), binnen=1.0)
        assert scherm.find_elements(By.CSS_SELECTOR, "#muur rect.verdeeld[data-item='%s']" % item2)
        assert "Hier verschillen we" in scherm.find_element(By.CSS_SELECTOR, ".verdeeldvak").text
        wacht_tot(lambda: len(anna.find_elements(By.CSS_SELECTOR, "#mijnlijst [data-nummer]")) == 1)
        afdruk(scherm, "scherm-stap4")
        afdruk(bram, "telefoon-mijn")

        # A participant cannot remove another's sticky (403); their own, yes.
        status, tekst = api(bram, "DELETE", "/api/annotaties/%d" % nummer)
        assert status == 403, (status, tekst)
        bram.find_element(By.CSS_SELECTOR, "#mijnlijst [data-nummer='%d'] button" % nummer3).click()
        wacht_tot(lambda: nummer3 not in stickers(scherm), binnen=1.0)
        wacht_tot(lambda: not scherm.find_elements(By.CSS_SELECTOR, verdeeld) or None)
        verwacht = sorted(al + [nummer, nummer2])
        assert stickers(scherm) == verwacht, (stickers(scherm), verwacht)

        # Step 4, visie toetsen: the facilitator judges a principle; the board on the projector follows.
        facilitator.find_element(By.CSS_SELECTOR, "[data-naar='5']").click()
        wacht_tot(lambda: stap(scherm) == "5", binnen=2)
        facilitator.find_element(By.CSS_SELECTOR, "#principes [data-principe='8']").click()
        melding = vul_in(facilitator, "visieformulier", {"toelichting": "We praatten over wie gelijk had.",
                                                          "had_kunnen": "Vragen wat de ruzie doet met de kinderen."},
                         knop="deels")
        assert melding == "Vastgelegd.", melding
        principe = "#principes [data-principe='8']"
        wacht_tot(lambda: scherm.find_element(By.CSS_SELECTOR, principe).get_attribute("data-oordeel") == "deels", binnen=1.0)
        assert "Vragen wat de ruzie doet" in tekst_van(scherm, principe), tekst_van(scherm, principe)
        afdruk(scherm, "scherm-visie")
        afdruk(facilitator, "facilitator-visie")

        # Agreements: a date that cannot be is refused in Dutch; a good one is on the projector at once.
        facilitator.find_element(By.CSS_SELECTOR, "[data-naar='6']").click()
        wacht_tot(lambda: stap(scherm) == "6", binnen=2)
        melding = vul_in(facilitator, "afspraakformulier", {"wat": "School belt de wijkcoach na elke wissel.",
                                                             "wie": "intern begeleider", "wanneer": "31-02-2024"})
        assert "onleesbare datum" in melding, melding
        melding = vul_in(facilitator, "afspraakformulier", {"wat": "School belt de wijkcoach na elke wissel.",
                                                             "wie": "intern begeleider", "wanneer": "april 2024"})
        assert melding == "Vastgelegd.", melding
        wacht_tot(lambda: "School belt de wijkcoach" in tekst_van(scherm, "#afspraken"), binnen=1.0)
        assert "wanneer: april 2024" in tekst_van(scherm, "#afspraken")
        # Read and click in one script each: the list is drawn anew on every change (no stale elements).
        facilitator.execute_script('[...document.querySelectorAll("#afspraken button.status")].pop().click();')
        wacht_tot(lambda: scherm.execute_script(
            'return [...document.querySelectorAll("#afspraken li[data-afspraak]")].pop().classList.contains("gedaan");'),
            binnen=1.0)
        afdruk(scherm, "scherm-afspraken")

        # The closing round: what a participant said, by role on the projector.
        facilitator.find_element(By.CSS_SELECTOR, "[data-naar='7']").click()
        wacht_tot(lambda: stap(scherm) == "7", binnen=2)
        melding = vul_in(facilitator, "evaluatieformulier", {"tekst": "Ik zag voor het eerst de hele lijn."},
                         keuzes={"door": anna_id})
        assert melding == "Vastgelegd.", melding
        wacht_tot(lambda: "Ik zag voor het eerst de hele lijn." in tekst_van(scherm, "#evaluatie"), binnen=1.0)
        # By role (numbered: the example's sessie.yaml has a wijkcoach too), never the name.
        assert "wijkcoach 2: Ik zag" in tekst_van(scherm, "#evaluatie"), tekst_van(scherm, "#evaluatie")
        assert "Anna" not in tekst_van(scherm, "#evaluatie")
        afdruk(scherm, "scherm-afronding")
        afdruk(facilitator, "facilitator-afronding")

        # The report and the export: saved by the facilitator's browser; a participant gets 403.
        facilitator.find_element(By.ID, "verslag").click()
        facilitator.find_element(By.ID, "export").click()
        facilitator.find_element(By.ID, "verslag-pdf").click()
        verslag = os.path.join(downloads, "sessieverslag-%s.html" % CASUS_ID)
        export = os.path.join(downloads, "%s.zip" % CASUS_ID)
        pdf = os.path.join(downloads, "sessieverslag-%s.pdf" % CASUS_ID)
        wacht_tot(lambda: all(os.path.exists(p) for p in [verslag, export, pdf]), binnen=60)
        with open(pdf, "rb") as f:
            assert f.read(5) == b"%PDF-", "het PDF-verslag is geen PDF"
        with open(verslag, encoding="utf-8") as f:
            html = f.read()
        assert "Sessieverslag casus %s" % CASUS_ID in html
        for moet in ["Ik zag voor het eerst de hele lijn.", "School belt de wijkcoach na elke wissel.",
                     "Vragen wat de ruzie doet met de kinderen.", "Rent naar opa als het thuis onrustig wordt."]:
            assert moet in html, "niet in het verslag: %s" % moet
        assert "Anna" not in html, "een naam in het verslag zonder namen"
        with zipfile.ZipFile(export) as z:
            assert "%s/sessie.yaml" % CASUS_ID in z.namelist(), z.namelist()
            assert "Ik zag voor het eerst de hele lijn." in z.read("%s/sessie.yaml" % CASUS_ID).decode("utf-8")
        for pad in ["/api/verslag", "/api/verslag?formaat=pdf", "/api/export"]:
            assert api(anna, "GET", pad)[0] == 403, pad

        # A reload keeps everything.
        for venster in [scherm, facilitator, anna]:
            venster.refresh()
            wacht_tot(lambda: stickers(venster) == verwacht or None)
        assert stap(scherm) == "7"
        wacht_tot(lambda: "Ik zag voor het eerst" in tekst_van(scherm, "#evaluatie"))

        # SIGKILL, then start again on the same port: the same wall, the same step, the same people.
        sessie.stop(signal.SIGKILL)
        sessie.start()
        wacht_tot(lambda: stickers(scherm) == verwacht, binnen=10)  # the open page reconnects by itself
        scherm.refresh()
        wacht_tot(lambda: stickers(scherm) == verwacht)
        assert stap(scherm) == "7"
        wacht_tot(lambda: "Ik zag voor het eerst" in tekst_van(scherm, "#evaluatie"))
        assert "School belt de wijkcoach" in tekst_van(scherm, "#afspraken")
        anna.refresh()
        wacht_tot(lambda: len(anna.find_elements(By.CSS_SELECTOR, "#mijnlijst [data-nummer]")) == 1)
        facilitator.find_element(By.CSS_SELECTOR, "[data-naar='4']").click()
        wacht_tot(lambda: stap(scherm) == "4", binnen=2)
        _, nummer4 = plak(anna, "", "smiley", "kinderen", "Na de herstart")
        wacht_tot(lambda: nummer4 in stickers(scherm), binnen=1.0)

        # The projector's wall is exactly what the workbench stored.
        opgeslagen = json.loads(api(facilitator, "GET", "/api/tijdlijn")[1])["annotaties"]
        assert sorted(a["nummer"] for a in opgeslagen) == stickers(scherm)
        afdruk(scherm, "scherm-na-herstart")
        scherm.get(sessie.url("/muur"))
        wacht_tot(lambda: stickers(scherm) == sorted(a["nummer"] for a in opgeslagen))
        afdruk(scherm, "muur")
        for naam, venster in [("facilitator", facilitator), ("scherm", scherm), ("anna", anna), ("bram", bram)]:
            geen_scriptfouten(venster, naam)

        code = sessie.stop(signal.SIGTERM)
        assert code == 0, "SIGTERM gaf exitcode %d" % code
        print("e2e: geslaagd (%d stickers, schermafdrukken in %s)" % (len(opgeslagen), AFDRUKKEN))
    finally:
        for v in vensters:
            v.quit()
        sessie.opruimen()


if __name__ == "__main__":
    main()
