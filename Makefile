# The whole set-up on a fresh Debian machine: `make demo` runs the main job on the
# bundled example, `make test` runs every test. Both install what is missing.
SHELL := /bin/bash
DEBIAN_PAKKETTEN := pkg-config libcairo2-dev libsqlite3-dev fonts-dejavu-core fontconfig poppler-utils librsvg2-bin libpango1.0-dev zlib1g-dev libdeflate-dev postgresql chromium chromium-driver python3-pip python3-openpyxl
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_CASUS ?= examples/hengelo-2024-02
UIT ?= uitvoer

.PHONY: deps build demo test e2e bench-sessie bench clean

deps:
	@ontbreekt=""; for p in $(DEBIAN_PAKKETTEN); do \
	  dpkg -s $$p >/dev/null 2>&1 || ontbreekt="$$ontbreekt $$p"; done; \
	if [ -n "$$ontbreekt" ]; then \
	  echo "Installeren:$$ontbreekt"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$ontbreekt; \
	fi
	@python3 -c "import selenium" 2>/dev/null || pip3 install --quiet selenium \
	  || pip3 install --quiet --break-system-packages selenium

build: deps
	swift build

demo: build
	.build/debug/casus controleer $(DEMO_CASUS)
	.build/debug/casus analyseer $(DEMO_CASUS) --uit $(UIT)
	@echo "Klaar: zie $(UIT)/ (tijdlijn.png, tijdlijn.svg, tijdlijn.pdf, tijdlijn.json, patronen.json)"

# The CLI binary is built first: some tests run it as a separate process.
# The store tests also run on a throwaway PostgreSQL cluster, started for the
# run and removed afterwards (scripts/met-postgres.sh). Then the live session
# end to end in real Chromium windows.
# Every temporary file of the run (test folders, the cluster, Chromium's profiles)
# goes into one private folder that is removed afterwards, pass or fail; 0711 so
# the cluster's own subfolder is reachable for the postgres user.
test: deps
	swift build
	@export TMPDIR="$$(mktemp -d /tmp/casus-proef.XXXXXX)"; chmod 0711 "$$TMPDIR"; \
	trap 'rm -rf "$$TMPDIR"' EXIT; \
	echo "scripts/met-postgres.sh swift test (tijdelijke bestanden in $$TMPDIR)"; \
	scripts/met-postgres.sh swift test && python3 scripts/sessie/e2e.py

e2e: deps
	swift build
	python3 scripts/sessie/e2e.py

# Load on `casus sessie` (loopback, bounded); figures go to BENCHMARKS.md.
bench-sessie: deps
	swift build -c release --product casus
	CASUS_BIN=.build/release/casus python3 scripts/sessie/bench.py

clean:
	rm -rf .build $(UIT)
