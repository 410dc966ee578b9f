#!/usr/bin/env bash
# Opent de CSV-bestanden van `casus rode-draden --csv MAP` met LibreOffice (zonder
# scherm) en zet ze om naar .xlsx in MAP/xlsx; controleert daarna dat elk getal
# uit de CSV ook als getal in het werkblad staat. Casus schrijft ';' en UTF-8 met
# BOM (voor Nederlandse Excel); LibreOffice zonder scherm leest een CSV standaard
# met ',' en Latin-1, vandaar de filteropties: 59 = ';', 34 = '"', 76 = UTF-8, 1 = vanaf regel 1.
set -euo pipefail
map="${1:?gebruik: scripts/csv-libreoffice.sh MAP (de map van --csv)}"
uit="$map/xlsx"
mkdir -p "$uit"
soffice --headless --infilter="CSV:59,34,76,1" --convert-to xlsx --outdir "$uit" "$map"/*.csv >/dev/null
python3 - "$map" "$uit" <<'PY'
import csv, glob, os, sys
import openpyxl
map_, uit = sys.argv[1], sys.argv[2]
fout = False
for pad in sorted(glob.glob(os.path.join(map_, "*.csv"))):
    naam = os.path.basename(pad)[:-4]
    rijen = list(csv.reader(open(pad, encoding="utf-8-sig"), delimiter=";"))
    blad = openpyxl.load_workbook(os.path.join(uit, naam + ".xlsx")).active
    cellen = [list(r) for r in blad.iter_rows(values_only=True)]
    verwacht = [(i, j, int(w)) for i, r in enumerate(rijen) for j, w in enumerate(r) if w.isdigit()]
    mis = [(i, j, w) for i, j, w in verwacht if cellen[i][j] != w]
    print(f"{naam}.xlsx: {len(cellen)} rijen, {len(cellen[0])} kolommen, {len(verwacht) - len(mis)} van {len(verwacht)} getallen als getal")
    fout |= bool(mis) or len(cellen[0]) != len(rijen[0])
sys.exit(1 if fout else 0)
PY
