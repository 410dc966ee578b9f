#!/usr/bin/env bash
# How fast hostile workbooks are refused, and at what memory cost: each file is
# checked with `casus controleer` and the wall time and peak memory are printed.
# Also the empty template and a valid workbook of 10,000 events (GEBEURTENISSEN=N),
# the cost of reading a real one.
#   scripts/bench-werkboek.sh            # uses .build/debug/casus unless BIN is set
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/casus}
DATA=$(mktemp -d /tmp/casus-bench-werkboek.XXXXXX)
trap 'rm -rf "$DATA"' EXIT

"$BIN" sjabloon --uit "$DATA/sjabloon.xlsx" >/dev/null
python3 - "$DATA" <<'PY'
import sys, zipfile, os
d = sys.argv[1]
src = zipfile.ZipFile(os.path.join(d, "sjabloon.xlsx"))
delen = {n: src.read(n) for n in src.namelist()}

def schrijf(naam, vervang, extra=()):
    with zipfile.ZipFile(os.path.join(d, naam), "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in delen.items():
            z.writestr(n, vervang.get(n, b))
        for n, b in extra:
            z.writestr(n, b)

rij = b'<row><c t="inlineStr"><is><t>' + b"a" * 50 + b"</t></is></c></row>"
schrijf("blad-100mb.xlsx", {"xl/worksheets/sheet4.xml": b"<worksheet><sheetData>" + rij * (100 * 1024 * 1024 // len(rij)) + b"</sheetData></worksheet>"})
schrijf("zip-bom.xlsx", {"xl/worksheets/sheet4.xml": b" " * (1024 * 1024 * 1024)})
schrijf("pad-klimt.xlsx", {}, [("../../etc/cron.d/x", b"x")])
lol = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">' + b"".join(
    b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";") * 10) for i in range(9)) + b']><sst><si><t>&j;</t></si></sst>'
schrijf("entiteiten-bom.xlsx", {"xl/worksheets/sheet4.xml": lol.replace(b"<sst><si><t>&j;</t></si></sst>", b"<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&j;</t></is></c></row></sheetData></worksheet>")})
schrijf("externe-entiteit.xlsx", {"xl/workbook.xml": b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><workbook><sheets><sheet name="&x;" sheetId="1"/></sheets></workbook>'})
with open(os.path.join(d, "geen-zip.xlsx"), "wb") as f:
    f.write(os.urandom(4 * 1024 * 1024))
# A valid format with many events, made into a workbook by casus converteer below.
with open(os.path.join(d, "groot.yaml"), "w") as f:
    f.write("format: tijdlijn-format/1\ncasus: bench-2024-01\ningediend_door:\n  rol: wijkcoach\n  organisatie: Wijkteam\n")
    f.write("gezinsleden:\n  - id: moeder\n    rol: moeder\ngebeurtenissen:\n")
    for i in range(int(os.environ.get("GEBEURTENISSEN", "10000"))):
        f.write("  - datum: %d-%02d-%02d\n    soort: incident\n    wat: Gebeurtenis nummer %d in de wijk\n    betrokkenen: [moeder]\n"
                % (1990 + i % 30, 1 + i % 12, 1 + i % 28, i))
PY
"$BIN" converteer "$DATA/groot.yaml" --uit "$DATA/groot.xlsx" >/dev/null

printf '%-24s %10s %8s %12s  %s\n' bestand grootte sec "piek (MB)" melding
for f in sjabloon.xlsx groot.yaml groot.xlsx blad-100mb.xlsx zip-bom.xlsx pad-klimt.xlsx entiteiten-bom.xlsx externe-entiteit.xlsx geen-zip.xlsx; do
  pad="$DATA/$f"
  uit=$( { /usr/bin/time -f '%e %M' "$BIN" controleer "$pad" >/dev/null 2>"$DATA/err"; } 2>&1 || true)
  tijd=$(tail -1 "$DATA/err" | awk '{print $1}'); kb=$(tail -1 "$DATA/err" | awk '{print $2}')
  melding=$(grep -m1 'fout:' "$DATA/err" | sed 's/.*fout: //' || true)
  [ -n "$melding" ] || melding="geen fout"
  printf '%-24s %10s %8s %12s  %s\n' "$f" "$(stat -c %s "$pad")" "$tijd" "$((kb / 1024))" "$melding"
done
