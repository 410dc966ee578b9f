"""Fills a Casus workbook template the way a professional would, with openpyxl.

Usage: vul_sjabloon.py SJABLOON.xlsx UIT.xlsx RIJEN.json
RIJEN.json maps a sheet name to a list of rows (lists of cell values) written from
row 3 on, under the untouched example row. A value {"datum": "YYYY-MM-DD"} becomes a
real date cell (as Excel makes when you type 14-3-2019); {"getal": N} a number.
A key "_kop" maps a sheet to {column letter: new header} to rename a header cell.
"""
import datetime
import json
import sys

import openpyxl

sjabloon, uit, rijen_pad = sys.argv[1:4]
wb = openpyxl.load_workbook(sjabloon)
with open(rijen_pad, encoding="utf-8") as f:
    rijen = json.load(f)
for blad, koppen in rijen.pop("_kop", {}).items():
    for kolom, tekst in koppen.items():
        wb[blad][kolom + "1"] = tekst
for blad, lijst in rijen.items():
    ws = wb[blad]
    for i, rij in enumerate(lijst):
        for j, waarde in enumerate(rij):
            cel = ws.cell(row=3 + i, column=1 + j)
            if isinstance(waarde, dict) and "datum" in waarde:
                cel.value = datetime.datetime.strptime(waarde["datum"], "%Y-%m-%d")
                cel.number_format = "d-m-yyyy"
            elif isinstance(waarde, dict) and "getal" in waarde:
                cel.value = waarde["getal"]
                cel.number_format = "General"
            elif waarde is not None and waarde != "":
                cel.value = waarde
wb.save(uit)
