#!/usr/bin/env python3
"""Intake against PyYAML's C loader, measured alternately in one run (issue 18, item 5).

Generates casussen once (`casus genereer`, seeded), then runs, RONDES times each, one after
the other: `casus controleer` over every casus folder (read, parse, check every rule) and a
Python process that only parses the same YAML files with `yaml.CSafeLoader`. Both are whole
processes, start-up included. Prints both medians and the ratio.
    scripts/bench-intake.py [--aantal N] [--rondes N] [--bin PAD] [--geen-build]
"""
import argparse, glob, os, statistics, subprocess, sys, tempfile
from benchhulp import om_en_om, regel

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
p = argparse.ArgumentParser()
p.add_argument("--aantal", type=int, default=250, help="aantal casussen (elk 4-6 formats en een sessie.yaml)")
p.add_argument("--rondes", type=int, default=7)
p.add_argument("--bin", default=os.path.join(repo, ".build/release/casus"))
p.add_argument("--geen-build", action="store_true", help="bouw de release-versie niet eerst")
a = p.parse_args()

import yaml
if not getattr(yaml, "CSafeLoader", None):
    sys.exit("PyYAML heeft hier geen C-lader (libyaml); installeer python3-yaml met libyaml")
if not a.geen_build:
    subprocess.run(["swift", "build", "-c", "release", "--product", "casus"], cwd=repo, check=True,
                   stdout=subprocess.DEVNULL)

PARSE = """
import sys, yaml
for pad in sys.argv[1:]:
    with open(pad, 'rb') as f:
        yaml.load(f, Loader=yaml.CSafeLoader)
"""

with tempfile.TemporaryDirectory(prefix="casus-bench-intake-") as tmp:
    uit = os.path.join(tmp, "casussen")
    subprocess.run([a.bin, "genereer", "--aantal", str(a.aantal), "--uit", uit, "--zaad", "2026"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    mappen = sorted(glob.glob(os.path.join(uit, "*")))
    bestanden = sorted(glob.glob(os.path.join(uit, "*", "*.yaml")))
    kb = sum(os.path.getsize(b) for b in bestanden) / 1024
    casus_cmd = [a.bin, "controleer", *mappen]
    peer_cmd = [sys.executable, "-c", PARSE, *bestanden]
    casus_t, peer_t = om_en_om(casus_cmd, peer_cmd, a.rondes)
    mc, mp = statistics.median(casus_t), statistics.median(peer_t)
    print(f"{len(bestanden)} YAML-bestanden ({kb:.0f} KB) in {len(mappen)} casusmappen, {a.rondes} rondes om en om")
    print(regel("casus controleer (lezen, parsen, elke regel controleren)", casus_t))
    print(regel(f"PyYAML {yaml.__version__} CSafeLoader (alleen parsen)", peer_t))
    print(f"verhouding PyYAML / casus: {mp / mc:.2f}× (boven 1: casus is sneller)")
