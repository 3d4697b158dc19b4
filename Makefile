# Review Desk: two commands set up everything on a fresh Debian machine with Python 3.11.
#   make run    venv + packages + system libraries, then open the desk
#   make test   venv + packages + system libraries, then run all tests
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SYSSTAMP := $(VENV)/.system-packages
# Interface translations: resources/translations/*.ts (committed) -> *.qm (built, git-ignored).
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

# Debian packages: Qt's xcb/offscreen platform plugins and fonts config; xvfb for a window without a display;
# LibreOffice Writer (headless) and poppler-utils for the tests that open written .docx files and PDFs;
# PostgreSQL for the tests of the shared register (a throw-away cluster, tools/pg_test_cluster.sh).
DEB_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
	libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 xvfb xauth libreoffice-writer-nogui poppler-utils postgresql

.PHONY: run test setup system venv lint lint-only bench eval model clean translations ts dist dist-smoke

run: setup
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
		echo "No display found: starting the desk under Xvfb (set DISPLAY to use your screen)."; \
		xvfb-run -a $(VENV)/bin/review-desk gui --sample; \
	else \
		$(VENV)/bin/review-desk gui --sample; \
	fi

# The tests marked `postgres` run against a throw-away PostgreSQL cluster started here and stopped
# afterwards, also when tests fail; without PostgreSQL they skip (under CI=true they fail instead).
test: setup lint-only
	@pgdir=$$(mktemp -d); trap 'tools/pg_test_cluster.sh stop "$$pgdir"' EXIT; \
	if tools/pg_test_cluster.sh start "$$pgdir"; then . "$$pgdir/env"; \
	else echo "No PostgreSQL test cluster: the postgres tests will skip (or fail under CI=true)."; fi; \
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

setup: system $(STAMP) translations

# Compile the translations (pyside6-lrelease writes each .qm next to its .ts).
translations: $(QM_FILES)
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the Chinese .ts from the tr() strings of the GUI code (all .py under src/review_desk/gui);
# existing translations are kept, new strings arrive unfinished for Qt Linguist.
ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py -locations relative src/review_desk/gui \
		-ts resources/translations/review_desk_zh_CN.ts

# Install the Debian packages that are missing (needs root or sudo; skipped with a note otherwise).
system: $(SYSSTAMP)
$(SYSSTAMP): Makefile
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO=sudo; else \
			echo "Missing Debian packages:$$missing (run as root to install them)"; exit 1; fi; \
		echo "Installing Debian packages:$$missing"; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@mkdir -p $(VENV) && touch $@

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

# The linters (also in .pre-commit-config.yaml): ruff (pyflakes, pycodestyle, bugbear, complexity),
# mypy on the core and the command line, import-linter's layer contracts (pyproject.toml).
LINT_PATHS := src tests benchmarks models installer tools docs
lint: setup lint-only
lint-only:
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/lint-imports --no-cache

bench: setup
	$(PY) benchmarks/bench_ratios.py
	$(PY) benchmarks/bench_scan.py
	$(PY) benchmarks/bench_version.py
	$(PY) benchmarks/bench_hostile.py
	$(PY) benchmarks/bench_redact.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_gui.py
	$(PY) benchmarks/bench_register.py

# Real-text name sets (MSRA test, CLUENER dev) for `make eval`; override with NER_DATA=DIR.
NER_DATA ?= ../shared/ner-data

eval: setup
	$(VENV)/bin/review-desk evaluate tests/data/corpus --docx tests/data/docx
	@echo; echo "== dev 3 (written independently) =="
	$(VENV)/bin/review-desk evaluate tests/data/dev3
	@echo; echo "== dev 4 (written before the issue-17 rule changes) =="
	$(VENV)/bin/review-desk evaluate tests/data/dev4
	@echo; echo "== dev 5 (written before the rule changes for names glued to titles, Japanese and rare names, flat home addresses) =="
	$(VENV)/bin/review-desk evaluate tests/data/dev5
	@echo; echo "== dev 6 (written before the rule changes for personal addresses: service notices, rosters, 栋/幢/弄/巷/里, 组/社/屯) =="
	$(VENV)/bin/review-desk evaluate tests/data/dev6
	@echo; echo "== dev 7 (written before the rule changes for names in government documents: unlabelled roster rows, role and kinship nouns, rare and word-like names, shop names) =="
	$(VENV)/bin/review-desk evaluate tests/data/dev7
	@echo; echo "== dev 8 (written before the rule changes for names in government prose: press releases, bulletins, minutes, replies, foreign and minority names) =="
	$(VENV)/bin/review-desk evaluate tests/data/dev8
	@if [ -d tests/data/heldout ]; then echo; echo "== held-out set =="; \
		$(VENV)/bin/review-desk evaluate tests/data/heldout; fi
	@echo; echo "== de-identification (redact with the default policy) =="
	$(PY) benchmarks/deid_recall.py
	@echo; echo "== names in real text (MSRA test, CLUENER dev; NER_DATA=$(NER_DATA)) =="
	$(PY) benchmarks/real_text_persons.py --data $(NER_DATA)

# Retrain the shipped NER model from scratch (../shared/ner-data + synthetic sentences); see models/README.md.
model: setup
	$(PY) models/recipe/make_model.py

# The installer bundle (installer/README.md): a one-folder PyInstaller build, dist/review-desk/, that runs
# without Python or a network; `make dist-smoke` runs the built bundle offline (unshare --net).
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(PY) -m pip install -q -e '.[dist]'
	@touch $@

dist: setup $(DIST_STAMP)
	@command -v objdump >/dev/null || { echo "Installing binutils (PyInstaller needs objdump; the spec strip and readelf)"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends binutils; }
	@start=$$(date +%s); \
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build installer/review_desk.spec \
		&& echo "dist/review-desk: $$(du -sh dist/review-desk | cut -f1), built in $$(( $$(date +%s) - start )) s"

dist-smoke: dist
	$(PY) installer/smoke_test.py dist/review-desk

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
