#!/usr/bin/env python3
"""The main job against the matplotlib peer, measured alternately in one run.

Runs `casus analyseer CASUS --uit …` (all five files) and
`python3 matplotlib_tijdlijn.py tijdlijn.json out.png` on the tijdlijn.json that casus just
wrote (the same merged timeline), one after the other, RONDES times; prints each side's
median wall time and the ratio. Installs matplotlib with pip when it is missing.
    scripts/bench-analyseer.py [CASUS] [--rondes N] [--bin PAD] [--peer PAD]
"""
import argparse, os, statistics, subprocess, sys, tempfile
from benchhulp import om_en_om, regel

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
p = argparse.ArgumentParser()
p.add_argument("casus", nargs="?", default=os.path.join(repo, "examples/hengelo-2024-02"))
p.add_argument("--rondes", type=int, default=11)
p.add_argument("--bin", default=os.path.join(repo, ".build/release/casus"))
p.add_argument("--peer", default=os.path.join(repo, "..", "shared", "peer", "matplotlib_tijdlijn.py"))
p.add_argument("--geen-build", action="store_true", help="bouw de release-versie niet eerst")
a = p.parse_args()

try:
    import matplotlib  # noqa: F401
except ImportError:
    print("matplotlib ontbreekt; installeren met pip …", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "matplotlib"], check=True)
if not os.path.exists(a.peer):
    sys.exit(f"{a.peer}: het matplotlib-script bestaat niet — geef het pad met --peer")
if not a.geen_build:
    subprocess.run(["swift", "build", "-c", "release", "--product", "casus"], cwd=repo, check=True,
                   stdout=subprocess.DEVNULL)

with tempfile.TemporaryDirectory(prefix="casus-bench-") as tmp:
    uit = os.path.join(tmp, "uitvoer")
    casus_cmd = [a.bin, "analyseer", a.casus, "--uit", uit]
    subprocess.run(casus_cmd, check=True, stdout=subprocess.DEVNULL)  # warm-up; writes tijdlijn.json
    peer_cmd = [sys.executable, a.peer, os.path.join(uit, "tijdlijn.json"), os.path.join(tmp, "peer.png")]
    casus_t, peer_t = om_en_om(casus_cmd, peer_cmd, a.rondes)
    mc, mp = statistics.median(casus_t), statistics.median(peer_t)
    print(regel(f"casus analyseer {os.path.relpath(a.casus, repo)} (vijf bestanden)", casus_t)
          + f" over {a.rondes} rondes om en om")
    print(regel("matplotlib_tijdlijn.py op dezelfde tijdlijn.json", peer_t))
    print(f"verhouding matplotlib / casus: {mp / mc:.1f}×")
