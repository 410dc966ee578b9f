#!/usr/bin/env bash
# Benchmark of `casus rode-draden` over 100, 1,000 and 10,000 generated casussen,
# read from casus folders and from a workbench holding the same casussen. Generates and
# imports once (seeded, so always the same input; delete $DATA after changing the
# generator or the merge) and reuses them; prints wall time, CPU time and peak memory.
#   scripts/bench-rode-draden.sh                 # 100 1000 10000
#   AANTALLEN="100 1000" scripts/bench-rode-draden.sh
#   ALLEEN_WERKBANK=1 AANTALLEN="2000 10000" scripts/bench-rode-draden.sh   # only import and the workbench runs
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-.build/release/casus}
DATA=${DATA:-/tmp/casus-bench-rode-draden}
ZAAD=${ZAAD:-2026}
HERHALINGEN=${HERHALINGEN:-3}

swift build -c release --product casus >/dev/null
mkdir -p "$DATA"

# The machine is shared, so wall time is noisy: report the best of $HERHALINGEN runs,
# with its CPU time (user + sys, both cores) and peak memory.
meet() { # label, command...
    local label=$1; shift
    local beste="" cpu="" geheugen=""
    for _ in $(seq "$HERHALINGEN"); do
        /usr/bin/time -f "%e %U %S %M" -o "$DATA/tijd" "$@" >/dev/null 2>"$DATA/stderr" || {
            cat "$DATA/stderr" >&2; exit 1; }
        read -r sec user sys kb <"$DATA/tijd"
        if [ -z "$beste" ] || awk "BEGIN{exit !($sec < $beste)}"; then
            beste=$sec; cpu=$(awk "BEGIN{print $user + $sys}"); geheugen=$kb
        fi
    done
    printf "| %-32s | %8s s | %8s s | %6d MB |\n" "$label" "$beste" "$cpu" $((geheugen / 1024))
}

echo "| run | wall (best of $HERHALINGEN) | CPU user+sys | peak RSS |"
echo "|---|---:|---:|---:|"
ALLEEN_WERKBANK=${ALLEEN_WERKBANK:-}
for N in ${AANTALLEN:-100 1000 10000}; do
    map="$DATA/$N"
    wb="$DATA/werkbank-$N.sqlite"
    if [ ! -f "$map/.klaar" ]; then
        rm -f "$wb" "$wb-wal" "$wb-shm"
        # Generated before (marker .gegenereerd, same seed): only the import is measured again.
        if [ ! -f "$map/.gegenereerd" ]; then
            rm -rf "$map"
            HERHALINGEN=1 meet "genereer $N" "$BIN" genereer --aantal "$N" --uit "$map" --zaad "$ZAAD"
            touch "$map/.gegenereerd"
        fi
        "$BIN" werkbank init --werkbank "$wb" >/dev/null
        HERHALINGEN=1 meet "importeer $N (werkbank)" "$BIN" importeer "$map"/* --werkbank "$wb" --door bench
        touch "$map/.klaar"
    fi
    bestanden=$(find "$map" -name '*.yaml' | wc -l)
    echo "<!-- $N casussen, $bestanden YAML-bestanden -->"
    if [ -z "$ALLEEN_WERKBANK" ]; then
        meet "controleer $N (intake alone)" "$BIN" controleer "$map"/*
        meet "rode-draden $N --json" "$BIN" rode-draden "$map"/* --json
        meet "rode-draden $N --rapport html" "$BIN" rode-draden "$map"/* --rapport "$DATA/rapport-$N.html"
    fi
    # The workbench keeps each casus's analysis (issue 18): the first run after an import
    # computes and stores them, every later run reads them.
    if [ ! -f "$map/.bewaard" ]; then
        HERHALINGEN=1 meet "rode-draden --alle (werkbank $N), eerste keer: berekent en bewaart" \
            "$BIN" rode-draden --alle --werkbank "$wb" --json
        touch "$map/.bewaard"
    fi
    meet "rode-draden --alle (werkbank $N) --json" "$BIN" rode-draden --alle --werkbank "$wb" --json
done
