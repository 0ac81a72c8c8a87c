# make lab     JupyterLab on the first lesson (make lab ARGS=--no-browser on a server)
# make app     the story explorer (lesson 5's dashboard) as a web app: open http://127.0.0.1:8866
# make test    the whole suite: unit, command-line and notebook (nbval) tests
# make bench  speed and memory figures (benchmarks/results.json)
# make notebooks  re-run every lesson notebook and save its outputs (after changing lessons/)
# make student    regenerate the student copies in student/ (after changing notebooks/)
# make grade SUBMISSIONS=folder [OUT=grades]  autograde students' notebooks (INSTRUCTORS.md)
# make grade-merge [OUT=grades]  add the reflection points typed into reflections.csv
# Each target creates .venv and installs the kit when needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXTRAS ?= dev,instructor
NB ?= notebooks/*.ipynb
PORT ?= 8866
export PYTHONHASHSEED := 0

.PHONY: install data lab test test-fast notebooks lint app clean bench student grade grade-merge

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

app: data
	$(BIN)/voila app/story-explorer.ipynb --no-browser --port $(PORT) --Voila.ip=127.0.0.1 $(ARGS)

test: data
	$(BIN)/python -m pytest lessons tests notebooks --doctest-modules --nbval --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg $(ARGS)

test-fast: data
	$(BIN)/python -m pytest tests -m "not browser" $(ARGS)

notebooks: data
	for nb in $(NB); do \
		$(BIN)/jupyter nbconvert --to notebook --execute --inplace \
			--ExecutePreprocessor.timeout=120 "$$nb" || exit 1; \
	done

student: $(STAMP)
	$(BIN)/python -m lessons.grade release

OUT ?= grades
grade: data
	@test -n "$(SUBMISSIONS)" || { echo "usage: make grade SUBMISSIONS=folder [OUT=grades]" >&2; exit 2; }
	$(BIN)/python -m lessons grade "$(SUBMISSIONS)" --out "$(OUT)"

bench: data
	$(BIN)/python benchmarks/bench.py $(ARGS)

grade-merge: $(STAMP)
	$(BIN)/python -m lessons grade-merge "$(OUT)"

lint: $(STAMP)
	$(BIN)/ruff check lessons tests benchmarks
	$(BIN)/ruff format --check lessons tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache
