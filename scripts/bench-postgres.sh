#!/usr/bin/env bash
# The workbench on SQLite and on PostgreSQL, measured the same way, for
# BENCHMARKS.md: importing the example casussen (the whole `casus importeer`
# process, median of N runs, each into a new workbench), `casus bench
# werkbank` on both, and two processes annotating the same casus at once.
# Runs on a throwaway cluster (scripts/met-postgres.sh), with the release
# build when there is one (CASUS=… and CASUS_PROEF=… choose other binaries):
#   swift build -c release && scripts/bench-postgres.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CASUS_TEST_POSTGRES:-}" ]; then
  exec scripts/met-postgres.sh "$0" "$@"
fi

N="${1:-20}"
CASUS="${CASUS:-.build/release/casus}"
CASUS_PROEF="${CASUS_PROEF:-$(dirname "$CASUS")/casus-proef}"
MAP="$(mktemp -d)"
trap 'rm -rf "$MAP"' EXIT
BEHEER="$CASUS_TEST_POSTGRES"

nieuwe_database() {   # prints the address of a new empty database
  local naam="bench_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
  psql -q "$BEHEER" -c "CREATE DATABASE $naam" >/dev/null
  echo "${BEHEER%/*}/$naam"
}

ms() { echo $(( ($2 - $1) / 1000000 )); }

mediaan() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr); $(date -u +%Y-%m-%d)"
echo "PostgreSQL: $(psql -tA "$BEHEER" -c 'SHOW server_version') op loopback; casus: $CASUS"
echo

for motor in sqlite postgres; do
  tijden=()
  for i in $(seq "$N"); do
    if [ "$motor" = sqlite ]; then wb="$MAP/wb-$i.sqlite"; else wb="$(nieuwe_database)"; fi
    "$CASUS" werkbank init --werkbank "$wb" >/dev/null
    begin=$(date +%s%N)
    "$CASUS" importeer examples/* --werkbank "$wb" --door bench >/dev/null
    eind=$(date +%s%N)
    tijden+=("$(ms "$begin" "$eind")")
  done
  echo "importeer examples/* ($motor, hele proces, $N keer): mediaan $(printf '%s\n' "${tijden[@]}" | mediaan) ms, min $(printf '%s\n' "${tijden[@]}" | sort -n | head -1) ms, max $(printf '%s\n' "${tijden[@]}" | sort -n | tail -1) ms"
done
echo

echo "casus-proef bench werkbank --formats 1000 --annotaties 1000 (sqlite):"
"$CASUS_PROEF" bench werkbank --formats 1000 --annotaties 1000 | sed 's/^/  /'
echo "casus-proef bench werkbank --formats 1000 --annotaties 1000 (postgres):"
"$CASUS_PROEF" bench werkbank --formats 1000 --annotaties 1000 --werkbank "$(nieuwe_database)" | sed 's/^/  /'
echo

for motor in sqlite postgres; do
  if [ "$motor" = sqlite ]; then wb="$MAP/gelijk.sqlite"; else wb="$(nieuwe_database)"; fi
  "$CASUS" importeer examples/hengelo-2024-02 --werkbank "$wb" >/dev/null
  item="$("$CASUS" toon hengelo-2024-02 --werkbank "$wb" | grep -o '\[interventie-[^]]*\]' | head -1 | tr -d '[]')"
  begin=$(date +%s%N)
  "$CASUS_PROEF" annoteer hengelo-2024-02 "$item" --door Anna --keer 500 --werkbank "$wb" >/dev/null &
  a=$!
  "$CASUS_PROEF" annoteer hengelo-2024-02 "$item" --door Bert --keer 500 --werkbank "$wb" >/dev/null &
  b=$!
  wait "$a" "$b"
  eind=$(date +%s%N)
  aantal="$("$CASUS" annotaties hengelo-2024-02 --werkbank "$wb" | grep -c '^#')"
  echo "gelijktijdig ($motor): 2 processen × 500 annotaties in $(ms "$begin" "$eind") ms; bewaard: $aantal van 1000"
done
