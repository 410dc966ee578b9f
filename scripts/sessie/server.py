"""Start `casus sessie` on a fresh workbench and read its two start-up lines (cli.md)."""
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

WORTEL = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CASUS = os.environ.get("CASUS_BIN", os.path.join(WORTEL, ".build", "debug", "casus"))
VOORBEELD = os.path.join(WORTEL, "examples", "hengelo-2024-02")
CASUS_ID = "hengelo-2024-02"


class Sessie:
    """One server process on its own workbench; restartable on the same port."""

    def __init__(self):
        self.map = tempfile.mkdtemp(prefix="casus-sessie-")
        self.werkbank = os.path.join(self.map, "werkbank.sqlite")
        subprocess.run([CASUS, "importeer", VOORBEELD, "--werkbank", self.werkbank],
                       check=True, capture_output=True)
        self.poort = 0
        self.proces = None

    def start(self):
        self.proces = subprocess.Popen(
            [CASUS, "sessie", CASUS_ID, "--werkbank", self.werkbank, "--poort", str(self.poort)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        eerste = self.proces.stdout.readline().strip()
        tweede = self.proces.stdout.readline().strip()
        m1 = re.fullmatch(r"facilitator: (http://127\.0\.0\.1:(\d+))/\?sleutel=([0-9a-f]+)", eerste)
        m2 = re.fullmatch(r"deelnemers: (http://127\.0\.0\.1:\d+)/doe-mee code: ([A-Z0-9]+)", tweede)
        if not m1 or not m2:
            self.proces.kill()
            raise AssertionError("onverwachte startregels: %r %r %s" % (eerste, tweede, self.proces.stderr.read()))
        self.basis, self.poort, self.sleutel = m1.group(1), int(m1.group(2)), m1.group(3)
        self.code = m2.group(2)
        assert len(self.sleutel) * 4 >= 128
        return self

    def url(self, pad):
        return self.basis + pad

    def stop(self, sig=signal.SIGTERM, wacht=10):
        self.proces.send_signal(sig)
        try:
            return self.proces.wait(timeout=wacht)
        except subprocess.TimeoutExpired:
            self.proces.kill()
            raise AssertionError("de server stopte niet binnen %d s na %s" % (wacht, sig))

    def opruimen(self):
        if self.proces and self.proces.poll() is None:
            self.proces.kill()
            self.proces.wait()
        shutil.rmtree(self.map, ignore_errors=True)

    def annotaties(self):
        uit = subprocess.run([CASUS, "annotaties", CASUS_ID, "--werkbank", self.werkbank],
                             check=True, capture_output=True, text=True).stdout
        return uit


def wacht_tot(voorwaarde, binnen=5.0, stap=0.02):
    """Polls until `voorwaarde()` is truthy; returns (value, seconds taken)."""
    begin = time.monotonic()
    while True:
        waarde = voorwaarde()
        if waarde:
            return waarde, time.monotonic() - begin
        if time.monotonic() - begin > binnen:
            raise AssertionError("niet binnen %.1f s" % binnen)
        time.sleep(stap)
