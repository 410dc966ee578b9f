# The whole set-up on a fresh Debian machine: `make demo` runs the main job on the
# bundled example, `make test` runs every test. Both install what is missing.
SHELL := /bin/bash
DEBIAN_PAKKETTEN := pkg-config libcairo2-dev libsqlite3-dev fonts-dejavu-core fontconfig poppler-utils librsvg2-bin libpango1.0-dev zlib1g-dev libdeflate-dev postgresql python3-openpyxl
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_CASUS ?= examples/hengelo-2024-02
UIT ?= uitvoer

.PHONY: deps build demo test bench clean

deps:
	@ontbreekt=""; for p in $(DEBIAN_PAKKETTEN); do \
	  dpkg -s $$p >/dev/null 2>&1 || ontbreekt="$$ontbreekt $$p"; done; \
	if [ -n "$$ontbreekt" ]; then \
	  echo "Installeren:$$ontbreekt"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$ontbreekt; \
	fi

build: deps
	swift build

demo: build
	.build/debug/casus controleer $(DEMO_CASUS)
	.build/debug/casus analyseer $(DEMO_CASUS) --uit $(UIT)
	@echo "Klaar: zie $(UIT)/ (tijdlijn.png, tijdlijn.svg, tijdlijn.pdf, tijdlijn.json, patronen.json)"

# The CLI binary is built first: some tests run it as a separate process.
# The store tests also run on a throwaway PostgreSQL cluster, started for the
# run and removed afterwards (scripts/met-postgres.sh).
test: deps
	swift build
	scripts/met-postgres.sh swift test

clean:
	rm -rf .build $(UIT)
