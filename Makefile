# The two commands: `make run` and `make test`. Each sets up what it needs first.
# `make package` builds the counter's workstation into dist/clerk-desk/ (docs/packaging.md).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QM := resources/translations/clerk_desk_ar.qm

.PHONY: run test lint types pytest system-run system-test clean translations package

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-run:
	@bash scripts/system-deps.sh run

system-test:
	@bash scripts/system-deps.sh test

$(QM): resources/translations/clerk_desk_ar.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) $(QM) system-run
	@if [ "$$(id -u)" -eq 0 ]; then bash scripts/start-cups.sh; fi
	$(BIN)/clerk-desk demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy clerk_desk sync printing central ui

pytest: $(STAMP) $(QM) system-test
	@if [ "$$(id -u)" -eq 0 ]; then bash scripts/start-cups.sh; fi
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

test: lint types pytest

# PyInstaller, one folder; the recipe is packaging/clerk-desk.spec. The build then checks
# itself, started the way a counter starts it: no Python, no virtual environment.
package: $(STAMP) $(QM)
	$(BIN)/python packaging/build.py
	env -i PATH=/usr/bin:/bin HOME="$$(mktemp -d)" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
		dist/clerk-desk/clerk-desk --self-test

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
