# make lab     JupyterLab on the student's first lesson, student/00-start-here.ipynb, with the whole
#              kit in the file browser and no grading extensions (make lab ARGS=--no-browser on a
#              server: open the address printed last)
# make lab-instructor  JupyterLab on notebooks/ (solutions, hidden tests, nbgrader extensions)
# make app     the story explorer (lesson 5's dashboard) as a web app: open http://127.0.0.1:8866
# make test    the whole suite: unit, command-line and notebook (nbval) tests
# make bench  speed and memory figures (benchmarks/results.json), grading 100 hand-ins included
#              (make bench ARGS=--grading: only that figure)
# make notebooks  re-run every lesson notebook and save its outputs (after changing lessons/)
# make student    regenerate the student copies in student/ (after changing notebooks/)
# make grade SUBMISSIONS=folder [OUT=grades] [GRADE_ARGS=--timeout 60]  autograde students' notebooks (INSTRUCTORS.md;
#              each hand-in in a bubblewrap sandbox, or GRADE_ARGS="--sandbox docker" for a container)
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
# Voila ends the kernel of a closed tab after this many idle seconds (an open tab keeps its own).
APP_CULL_AFTER ?= 600
APP_CULL_EVERY ?= 60

.PHONY: install data lab lab-instructor test test-fast notebooks lint app clean bench student \
	grade grade-merge

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $(STAMP)

install: $(STAMP)

data: $(STAMP)
	$(BIN)/python -m lessons data

# JupyterLab serves the whole repository (so lessons/ and datasets/ open from the file browser)
# and starts on the page given. jupyter-config/<who>/ goes first on Jupyter's config path: for
# students it disables the nbgrader extensions that the instructor extra installs; for both it
# turns off the news pop-up. Jupyter's own printed address cannot carry the file browser's place,
# so jupyter-config/lab_url.py prints (and opens) the lesson's address once the server is up; the
# shell then becomes jupyter lab (exec), whose PID it knows. As root, Jupyter needs --allow-root.
ALLOW_ROOT = $(if $(filter 0,$(shell id -u)),--allow-root)
define jupyter_lab
	export JUPYTER_CONFIG_PATH="$(CURDIR)/jupyter-config/$(1)$${JUPYTER_CONFIG_PATH:+:$$JUPYTER_CONFIG_PATH}"; \
	$(BIN)/python jupyter-config/lab_url.py $$$$ $(2) $(if $(findstring --no-browser,$(ARGS)),,--open) & \
	exec $(BIN)/jupyter lab --ServerApp.root_dir=. --LabApp.default_url=/lab/tree/$(2) \
		--no-browser $(ALLOW_ROOT) $(ARGS)
endef

lab: data
	@$(call jupyter_lab,student,student/00-start-here.ipynb)

lab-instructor: data
	@$(call jupyter_lab,instructor,notebooks/00-start-here.ipynb)

app: data
	$(BIN)/voila app/story-explorer.ipynb --no-browser --port $(PORT) --Voila.ip=127.0.0.1 \
		--MappingKernelManager.cull_idle_timeout=$(APP_CULL_AFTER) \
		--MappingKernelManager.cull_interval=$(APP_CULL_EVERY) $(ARGS)

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
	$(BIN)/python -m lessons grade "$(SUBMISSIONS)" --out "$(OUT)" $(GRADE_ARGS)

bench: data
	$(BIN)/python benchmarks/bench.py $(ARGS)

grade-merge: $(STAMP)
	$(BIN)/python -m lessons grade-merge "$(OUT)"

lint: $(STAMP)
	$(BIN)/ruff check lessons tests benchmarks
	$(BIN)/ruff format --check lessons tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache
