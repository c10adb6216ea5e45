# factcheck: `make report` sets everything up and renders the bundled corpus; `make test` runs the suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Debian packages: WeasyPrint's libraries, a CJK font (Japanese names render as glyphs).
APT_REPORT := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-cjk
# Extra for the tests: pdffonts/pdftoppm for PDF checks, Chromium for the review-page browser test.
APT_TEST   := poppler-utils chromium

.DEFAULT_GOAL := all
.PHONY: all report test test-fast lint typecheck fmt check bench eval golden lexicon clean system-deps system-deps-test hostile

all: test lint

system-deps:
	@./scripts/apt-ensure.sh $(APT_REPORT)

system-deps-test: system-deps
	@./scripts/apt-ensure.sh $(APT_TEST)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

report: system-deps $(STAMP)
	$(BIN)/factcheck report
	@echo "Report written: $(CURDIR)/reports/summit/report.html (also report.pdf, findings.json)"

test: system-deps-test $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

fmt: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The README's test command and CI's (.ci/run): the suite, lint and typecheck.
check: test lint typecheck

# Refresh the golden snapshots (tests/golden) after an intended change of output; read the diff.
golden: $(STAMP)
	$(BIN)/python scripts/golden.py

# Speed and memory figures (not timed tests): extraction, end to end, rendering.
bench: system-deps $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_pipeline.py --sizes 100,1000,10000
	$(BIN)/python benchmarks/bench_render.py

# Hostile inputs (issue 14), each a real CLI run in a temporary folder: a table of exit code,
# time and peak memory per case; fails when any case misbehaves (--quick skips the 4 and 20 MB articles).
hostile: system-deps $(STAMP)
	$(BIN)/python benchmarks/hostile.py

# Accuracy on the real dev corpus (../shared/dev-corpus): clustering, false alarms, seeded edits.
eval: $(STAMP)
	$(BIN)/python benchmarks/eval_real.py

# Rebuild src/factcheck/lexdata (the WordNet 3.0 table behind factcheck.lexicon); commit the result.
lexicon: $(STAMP)
	@./scripts/apt-ensure.sh wordnet-base wordnet-sense-index
	$(BIN)/python scripts/build_lexicon.py

clean:
	rm -rf $(VENV) reports/summit .pytest_cache .mypy_cache .ruff_cache dist build
