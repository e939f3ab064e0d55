# eventwire: `make demo` and `make test` work on a fresh machine with only Python 3.11+ installed.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUT    ?= out

.PHONY: install demo test gate bench checksets clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# a new venv's pip 23 misses trafilatura's lxml_html_clean extra: upgrade pip first
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: install
	$(BIN)/eventwire analyze samples/ -o $(OUT)/demo.jsonl
	$(BIN)/eventwire summary $(OUT)/demo.jsonl
	$(BIN)/eventwire timeline $(OUT)/demo.jsonl --format html -o $(OUT)/timeline.html
	@echo "timeline of the samples: $(OUT)/timeline.html"

test: install
	$(BIN)/python -m pytest -q -ra

gate: install
	$(BIN)/python -m pytest -q -m gate

bench: install
	$(BIN)/python bench/bench_analyze.py
	$(BIN)/python bench/bench_corpus.py

# event figures on the private check sets (ISOT articles annotated by hand; needs ../shared): not a test
checksets: install
	$(BIN)/python bench/checksets.py score

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache build *.egg-info src/*.egg-info
