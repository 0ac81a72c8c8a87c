# make lab     JupyterLab on the first lesson (make lab ARGS=--no-browser on a server)
# make test    the whole suite: unit, command-line and notebook (nbval) tests
# make notebooks  re-run every lesson notebook and save its outputs (after changing lessons/)
# Each target creates .venv and installs the kit when needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXTRAS ?= dev,instructor
NB ?= notebooks/*.ipynb
export PYTHONHASHSEED := 0

.PHONY: install data lab test test-fast notebooks lint app clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $(STAMP)

install: $(STAMP)

data: $(STAMP)
	$(BIN)/python -m lessons data

lab: data
	$(BIN)/jupyter lab notebooks/00-start-here.ipynb $(ARGS)

test: data
	$(BIN)/python -m pytest tests notebooks --nbval --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg $(ARGS)

test-fast: data
	$(BIN)/python -m pytest tests -m "not browser" $(ARGS)

notebooks: data
	for nb in $(NB); do \
		$(BIN)/jupyter nbconvert --to notebook --execute --inplace \
			--ExecutePreprocessor.timeout=120 "$$nb" || exit 1; \
	done

lint: $(STAMP)
	$(BIN)/ruff check lessons tests
	$(BIN)/ruff format --check lessons tests

clean:
	rm -rf $(VENV) .pytest_cache
