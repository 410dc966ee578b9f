#!/usr/bin/env bash
# `casus importeer` of one set of casus folders by two binaries in turn (A B A B …), each
# into a new workbench, so both meet the same load on a shared machine. Prints the load
# before every run, wall time, CPU time (user+sys, steadier than wall) and peak memory.
#   scripts/bench-import-ab.sh OUD_BINAIR NIEUW_BINAIR MAP [RONDES]
#   scripts/bench-import-ab.sh /tmp/casus-oud .build/release/casus /tmp/opslag/bench/10000 2
set -euo pipefail
[ $# -ge 3 ] || { echo "gebruik: $0 OUD_BINAIR NIEUW_BINAIR MAP [RONDES]" >&2; exit 2; }
OUD=$1 NIEUW=$2 MAP=$3 RONDES=${4:-2}
WERK=$(mktemp -d /tmp/casus-bench-import.XXXXXX)
trap 'rm -rf "$WERK"' EXIT
aantal=$(find "$MAP" -mindepth 1 -maxdepth 1 -type d | wc -l)
for _ in $(seq "$RONDES"); do
    for bin in "$OUD" "$NIEUW"; do
        rm -f "$WERK"/wb.sqlite*
        "$bin" werkbank init --werkbank "$WERK/wb.sqlite" >/dev/null
        echo "$(uptime | sed 's/.*load/load/')"
        /usr/bin/time -f "$bin importeer $aantal: %e s wall, %U+%S s CPU, %M KB" -o "$WERK/tijd" \
            "$bin" importeer "$MAP"/* --werkbank "$WERK/wb.sqlite" --door bench --stil >/dev/null
        cat "$WERK/tijd"
    done
done
echo "$(uptime | sed 's/.*load/load/')"
