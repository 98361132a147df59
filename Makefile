# Two commands on a fresh machine: `make site` and `make test` (see README).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
N      ?= 1000
OUT    ?= bench/out/corpus-$(N)

.PHONY: site docs serve test offline corpus bench score clean

$(VENV)/.runtime: requirements.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test: requirements-test.txt $(VENV)/.runtime
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

## site: build the Markdown pages from seeds/ and the HTML site into site/
site: docs
	$(PY) -m digest.publish --config mkdocs.yml --site site

## docs: only the Markdown pages (docs/ban-tin/)
docs: $(VENV)/.runtime
	$(PY) build_site.py --seeds seeds --docs docs

## serve: preview on http://127.0.0.1:8000, rebuilding when a report in seeds/ changes
serve: docs
	$(PY) -m mkdocs serve

## offline: the whole site as one zip that works opened from disk: dist/<site>-offline.zip
offline: docs
	$(PY) -m digest.offline --config mkdocs.yml --out dist

## test: every test (unit, site build, headless Chromium)
test: $(VENV)/.test
	$(PY) -m pytest

## corpus: a generated benchmark corpus: make corpus N=1000 OUT=DIR
corpus: $(VENV)/.runtime
	$(PY) -m bench.corpus --n $(N) --out $(OUT)

## bench: the scale benchmark (writes bench/results.md)
bench: $(VENV)/.runtime
	$(PY) -m bench.run

## score: extraction quality on the seeds and the dev reports, against their gold annotations
EVAL ?= ../shared/eval
score: $(VENV)/.runtime
	@rm -rf build/score && mkdir -p build/score
	@$(PY) build_site.py --seeds seeds --docs build/score/seeds --no-cache --quiet
	@$(PY) build_site.py --seeds $(EVAL)/dev/reports --docs build/score/dev --no-cache --quiet
	@printf 'seeds: ' && $(PY) $(EVAL)/score.py --docs build/score/seeds --gold $(EVAL)/seeds/gold | tail -n 1
	@printf 'dev:   ' && $(PY) $(EVAL)/score.py --docs build/score/dev --gold $(EVAL)/dev/gold | tail -n 1

clean:
	rm -rf site dist docs/ban-tin docs/index.md bench/out
