#!/usr/bin/env python3
"""The main job against the matplotlib peer, measured alternately in one run.

Runs `casus analyseer CASUS --uit …` (all five files) and
`python3 matplotlib_tijdlijn.py tijdlijn.json out.png` on the tijdlijn.json that casus just
wrote (the same merged timeline), one after the other, RONDES times; prints each side's
median wall time and the ratio. Installs matplotlib with pip when it is missing.
    scripts/bench-analyseer.py [CASUS] [--rondes N] [--bin PAD] [--peer PAD]
"""
import argparse, os, statistics, subprocess, sys, tempfile, time

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

def keer(cmd):
    begin = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - begin

with tempfile.TemporaryDirectory(prefix="casus-bench-") as tmp:
    uit = os.path.join(tmp, "uitvoer")
    casus_cmd = [a.bin, "analyseer", a.casus, "--uit", uit]
    subprocess.run(casus_cmd, check=True, stdout=subprocess.DEVNULL)  # warm-up; writes tijdlijn.json
    peer_cmd = [sys.executable, a.peer, os.path.join(uit, "tijdlijn.json"), os.path.join(tmp, "peer.png")]
    subprocess.run(peer_cmd, check=True)  # warm-up (font cache)
    casus_t, peer_t = [], []
    for _ in range(a.rondes):
        casus_t.append(keer(casus_cmd))
        peer_t.append(keer(peer_cmd))
    mc, mp = statistics.median(casus_t), statistics.median(peer_t)
    print(f"casus analyseer {os.path.relpath(a.casus, repo)} (vijf bestanden): mediaan {mc * 1000:.0f} ms "
          f"(min {min(casus_t) * 1000:.0f}, max {max(casus_t) * 1000:.0f}) over {a.rondes} rondes")
    print(f"matplotlib_tijdlijn.py op dezelfde tijdlijn.json: mediaan {mp * 1000:.0f} ms "
          f"(min {min(peer_t) * 1000:.0f}, max {max(peer_t) * 1000:.0f})")
    print(f"verhouding matplotlib / casus: {mp / mc:.1f}×")
