#!/usr/bin/env bash
# How fast hostile workbooks are refused, and at what memory cost: each file is
# checked with `casus controleer` and the wall time and peak memory are printed.
# Also a normal filled-in template (the cost of reading a real workbook).
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
schrijf("entiteiten-bom.xlsx", {"xl/sharedStrings.xml": lol})
schrijf("externe-entiteit.xlsx", {"xl/workbook.xml": b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><workbook><sheets><sheet name="&x;" sheetId="1"/></sheets></workbook>'})
with open(os.path.join(d, "geen-zip.xlsx"), "wb") as f:
    f.write(os.urandom(4 * 1024 * 1024))
PY

printf '%-24s %10s %8s %12s  %s\n' bestand grootte sec "piek (MB)" melding
for f in sjabloon blad-100mb zip-bom pad-klimt entiteiten-bom externe-entiteit geen-zip; do
  pad="$DATA/$f.xlsx"
  uit=$( { /usr/bin/time -f '%e %M' "$BIN" controleer "$pad" >/dev/null 2>"$DATA/err"; } 2>&1 || true)
  tijd=$(tail -1 "$DATA/err" | awk '{print $1}'); kb=$(tail -1 "$DATA/err" | awk '{print $2}')
  melding=$(grep -m1 'fout:' "$DATA/err" | sed 's/.*fout: //' | cut -c1-70)
  printf '%-24s %10s %8s %12s  %s\n' "$f.xlsx" "$(stat -c %s "$pad")" "$tijd" "$((kb / 1024))" "$melding"
done
