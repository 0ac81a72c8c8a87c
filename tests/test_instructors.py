"""INSTRUCTORS.md keeps up with the notebooks: section 7 has a minutes row for every lesson and a
row for every exercise, and section 8 has a 0-2 rubric for every reflection."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTRUCTORS = ROOT / "INSTRUCTORS.md"
NOTEBOOKS = ROOT / "notebooks"
LESSONS = ("01", "02", "03", "04")  # the lessons whose minutes section 7 must give

EXERCISE_CELL = re.compile(r"^(nb\d\d-ex\d+)-(?:answer|check)$")
REFLECTION_CELL = re.compile(r"^nb\d\d-reflect$")
STATED_TIME = re.compile(r"\*\*Time:\*\*\s*(\d+)\s*minutes")


@cache
def section(number: int) -> str:
    """The text of section ``number`` of INSTRUCTORS.md (from its "## N." heading to the next)."""
    text = INSTRUCTORS.read_text(encoding="utf-8")
    found = re.search(rf"^## {number}\. .*?(?=^## \d+\. |\Z)", text, flags=re.M | re.S)
    assert found, f"INSTRUCTORS.md has no section starting with '## {number}. '"
    return found.group()


def subsection(number: int, heading: str) -> str:
    """The part of a section under the "### heading" line, up to the next "###" heading."""
    text = section(number)
    found = re.search(rf"^### {re.escape(heading)}\s*$(.*?)(?=^### |\Z)", text, flags=re.M | re.S)
    assert found, f"section {number} of INSTRUCTORS.md has no '### {heading}' heading"
    return found.group(1)


def table_rows(text: str) -> list[list[str]]:
    """The cells of every Markdown table row in ``text`` (separator rows left out)."""
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("|") or re.fullmatch(r"[|\-: ]+", line):
            continue
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


@cache
def notebook_cells() -> list[tuple[str, str]]:
    """(notebook file name, cell id) for every cell id and nbgrader grade_id in notebooks/."""
    ids = []
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for cell in notebook["cells"]:
            metadata = cell.get("metadata", {})
            for cell_id in (
                cell.get("id"),
                metadata.get("id"),
                metadata.get("nbgrader", {}).get("grade_id"),
            ):
                if isinstance(cell_id, str):
                    ids.append((path.name, cell_id))
    return ids


def lesson_notebook(lesson: str) -> Path:
    found = sorted(NOTEBOOKS.glob(f"{lesson}-*.ipynb"))
    assert len(found) == 1, f"expected one notebook notebooks/{lesson}-*.ipynb, found {found}"
    return found[0]


def test_the_notebooks_have_exercises_and_reflections() -> None:
    """Guards the tests below against passing on nothing (a changed id scheme, a moved folder)."""
    ids = {cell_id for _, cell_id in notebook_cells()}
    assert any(EXERCISE_CELL.match(i) for i in ids), "no nbNN-exK-answer/-check cell in notebooks/"
    assert any(REFLECTION_CELL.match(i) for i in ids), "no nbNN-reflect cell in notebooks/"


@pytest.mark.parametrize("lesson", LESSONS)
def test_every_lesson_has_a_minutes_row_in_section_7(lesson: str) -> None:
    notebook = lesson_notebook(lesson)
    rows = [row for row in table_rows(section(7)) if re.match(rf"{lesson}\b", row[0])]
    timed = [row for row in rows if re.fullmatch(r"\d+ min", row[-1])]
    assert timed, (
        f"section 7 of INSTRUCTORS.md has no minutes row for lesson {lesson} ({notebook.name}): "
        f"add a row '| {lesson} ... | teaching | exercises | reflection | N min |' to its time "
        "table"
    )
    intro = "".join(json.loads(notebook.read_text(encoding="utf-8"))["cells"][0]["source"])
    stated = STATED_TIME.search(intro)
    if stated:
        total = int(timed[0][-1].split()[0])
        assert total == int(stated.group(1)), (
            f"section 7 of INSTRUCTORS.md gives lesson {lesson} {total} min, but {notebook.name} "
            f"says {stated.group(1)} minutes in its intro"
        )


def test_every_exercise_is_in_the_objective_table_of_section_7() -> None:
    table = subsection(7, "Which exercise checks which objective")
    listed = {row[0].strip("`") for row in table_rows(table)}
    exercises: dict[str, str] = {}
    for notebook, cell_id in notebook_cells():
        found = EXERCISE_CELL.match(cell_id)
        if found:
            exercises.setdefault(found.group(1), notebook)
    missing = [
        f"{exercise} ({exercises[exercise]})" for exercise in sorted(set(exercises) - listed)
    ]
    assert not missing, (
        "section 7 of INSTRUCTORS.md ('Which exercise checks which objective') has no row for: "
        + ", ".join(missing)
    )


def rubric_of(reflection: str) -> str | None:
    """The text under the bold heading that names ``reflection`` in section 8, up to the next."""
    found = re.search(
        rf"^\*\*`{re.escape(reflection)}`.*?(?=^\*\*`nb\d\d-reflect`|\Z)",
        section(8),
        flags=re.M | re.S,
    )
    return found.group() if found else None


def test_every_reflection_has_a_rubric_in_section_8() -> None:
    reflections = {
        cell_id: notebook
        for notebook, cell_id in notebook_cells()
        if REFLECTION_CELL.match(cell_id)
    }
    missing, incomplete = [], []
    for reflection, notebook in sorted(reflections.items()):
        rubric = rubric_of(reflection)
        if rubric is None:
            missing.append(f"{reflection} ({notebook})")
            continue
        points = {row[0] for row in table_rows(rubric)}
        if not {"0", "1", "2"} <= points:
            lacking = ", ".join(sorted({"0", "1", "2"} - points))
            incomplete.append(f"{reflection} (no row for {lacking} points)")
    assert not missing, (
        "section 8 of INSTRUCTORS.md has no rubric (a heading **`nbNN-reflect`: ...** and a 0-2 "
        "table) for: " + ", ".join(missing)
    )
    assert not incomplete, "section 8 of INSTRUCTORS.md has an incomplete rubric: " + ", ".join(
        incomplete
    )
