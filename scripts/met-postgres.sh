#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster: initdb in a temp
# folder, pg_ctl start on a Unix socket in that folder and a free loopback
# port, CASUS_TEST_POSTGRES exported for the command, and the cluster stopped
# and removed afterwards, also when the command fails or is interrupted.
#   scripts/met-postgres.sh swift test
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "gebruik: scripts/met-postgres.sh COMMANDO [ARGUMENTEN...]" >&2
  exit 2
fi

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "fout: PostgreSQL ontbreekt (geen initdb onder /usr/lib/postgresql/*/bin); installeer het Debian-pakket postgresql" >&2
  exit 1
fi

MAP="$(mktemp -d "${TMPDIR:-/tmp}/casus-pg.XXXXXX")"
# initdb refuses root: as root the cluster runs as the system user postgres.
ALS=()
if [ "$(id -u)" = 0 ]; then
  if ! id -u postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi
  chown postgres "$MAP"
  ALS=(runuser -u postgres --)
fi

stop() {
  "${ALS[@]}" "$PG_BIN/pg_ctl" -D "$MAP/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$MAP"
}
trap stop EXIT
trap 'exit 130' INT TERM

WACHTWOORD="proef-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$WACHTWOORD" > "$MAP/wachtwoord"
chmod 0600 "$MAP/wachtwoord"
[ "$(id -u)" = 0 ] && chown postgres "$MAP/wachtwoord"
"${ALS[@]}" "$PG_BIN/initdb" -D "$MAP/data" -U casus --pwfile="$MAP/wachtwoord" \
  -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$MAP/initdb.log" 2>&1 \
  || { cat "$MAP/initdb.log" >&2; exit 1; }
rm -f "$MAP/wachtwoord"

# A free loopback port: try a few random ones, pg_ctl fails on a taken port.
POORT=""
for _ in 1 2 3 4 5 6 7 8; do
  kandidaat=$((20000 + RANDOM % 40000))
  if "${ALS[@]}" "$PG_BIN/pg_ctl" -D "$MAP/data" -l "$MAP/server.log" -w -t 30 \
       -o "-c listen_addresses=127.0.0.1 -p $kandidaat -k $MAP" start >/dev/null 2>&1; then
    POORT=$kandidaat
    break
  fi
done
if [ -z "$POORT" ]; then
  echo "fout: de proef-PostgreSQL start niet; zie het logboek hieronder" >&2
  cat "$MAP/server.log" >&2 || true
  exit 1
fi

export CASUS_TEST_POSTGRES="postgres://casus:$WACHTWOORD@127.0.0.1:$POORT/postgres"
echo "proef-PostgreSQL draait op 127.0.0.1:$POORT (map $MAP)" >&2
set +e
"$@"
uitkomst=$?
set -e
exit $uitkomst
