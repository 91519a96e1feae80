# Two commands for a fresh machine with Python 3.11+:  `make demo`  and  `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint bench docs derived clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/newslint check --fail-on never examples/

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

# The data shipped in lint/derived/ (tests/test_derived.py fails when it is stale).
derived: $(VENV)/.installed-test
	$(BIN)/python -c "from newslint import derived; [print(p) for p in derived.write_all()]"

docs: $(VENV)/.installed
	$(BIN)/newslint rules --format markdown > docs/rules.md

bench: $(VENV)/.installed-test
	$(BIN)/python bench/boilerplate_eval.py
	$(BIN)/python bench/precision.py
	$(BIN)/python bench/pack_eval.py --pack numbers
	$(BIN)/python bench/pack_eval.py --pack numbers --plant
	$(BIN)/python bench/pack_eval.py --pack dates
	$(BIN)/python bench/numbers_speed.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
