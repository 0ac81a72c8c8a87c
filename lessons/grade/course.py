"""nbgrader courses: the scratch ones the kit works in, and a real one for the formgrader.

Release and grading both work in a scratch course in a temporary folder: the lesson notebooks
are copied into ``source/`` (with stable cell ids) and nbgrader generates the assignments.
``python -m lessons.grade course DIR`` creates a lasting course instead, with its own
``nbgrader_config.py``, for the full nbgrader workflow (see INSTRUCTORS.md).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from lessons.errors import LessonError
from lessons.grade.exercises import NOTEBOOKS, find_lessons
from lessons.grade.settings import CELL_TIMEOUT, COURSE_ID, _require_nbgrader, course_config

# --- A scratch course -----------------------------------------------------------------------------


@contextlib.contextmanager
def _nbgrader_env() -> Iterator[None]:
    """nbgrader runs `alembic` when it creates a gradebook: put this environment's bin on PATH."""
    import warnings

    bin_dir = str(Path(sys.executable).parent)
    old_path = os.environ.get("PATH", "")
    os.environ["PATH"] = bin_dir + os.pathsep + old_path
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SQLAlchemy chatter from nbgrader's gradebook
            yield
    finally:
        os.environ["PATH"] = old_path


def _api(root: Path, timeout: int = CELL_TIMEOUT):  # noqa: ANN202 - NbGraderAPI
    from nbgrader.apps import NbGraderAPI

    return NbGraderAPI(config=course_config(root, timeout=timeout))


def _first_error(result: dict) -> str:
    """The most useful line of a failed nbgrader run."""
    lines = [line.strip() for line in (result.get("log") or "").splitlines()]
    errors = [line for line in lines if line.startswith("[ERROR]")]
    tail = (result.get("error") or "").strip().splitlines()
    text = errors[0] if errors else (tail[-1] if tail else "unknown error")
    return text.removeprefix("[ERROR]").strip()


def _generate(root: Path, names: Sequence[str]) -> None:
    """Run nbgrader generate_assignment for each assignment of the course at ``root``."""
    api = _api(root)
    for name in names:
        result = api.generate_assignment(name, force=True, create=True)
        if not result["success"]:
            raise LessonError(f"nbgrader could not prepare {name}.ipynb: {_first_error(result)}")


def _with_stable_ids(path: Path) -> str:
    """The notebook's JSON, with fixed cell ids where it has none (nbformat would invent
    random ones on every run, and the student copies would change each time)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    cells = data.get("cells", [])
    if data.get("nbformat") == 4 and any("id" not in cell for cell in cells):
        for index, cell in enumerate(cells):
            cell.setdefault("id", hashlib.sha1(f"{path.stem}:{index}".encode()).hexdigest()[:8])
        data["nbformat_minor"] = max(5, data.get("nbformat_minor", 0))
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def _fill_source(root: Path, notebooks: Sequence[Path]) -> list[str]:
    """Copy notebooks into ``root/source/<name>/<name>.ipynb``: one assignment each."""
    names = []
    for path in notebooks:
        folder = root / "source" / path.stem
        folder.mkdir(parents=True, exist_ok=True)
        (folder / path.name).write_text(_with_stable_ids(path), encoding="utf-8")
        names.append(path.stem)
    return names


# --- A course for the full nbgrader workflow ------------------------------------------------------


COURSE_CONFIG_FILE = '''\
"""nbgrader settings for a course run with the news-reading kit.

Written by `python -m lessons.grade course`; see INSTRUCTORS.md in the kit. Run nbgrader
commands (and `jupyter lab` for the formgrader) from this folder.
"""

from lessons.grade import configure

c = get_config()  # noqa: F821 - provided by nbgrader when it reads this file
c.CourseDirectory.course_id = "{course_id}"
configure(c, timeout={timeout})
# On a JupyterHub with nbgrader's exchange, uncomment and set the shared folder:
# c.Exchange.root = "/srv/nbgrader/exchange"
'''


def create_course(
    root: Path, notebooks: Path = NOTEBOOKS, *, timeout: int = CELL_TIMEOUT
) -> list[str]:
    """Create or update an nbgrader course at ``root``; return its assignment names."""
    _require_nbgrader()
    lessons = find_lessons(notebooks)
    if not lessons:
        raise LessonError(f"No notebook in {notebooks} has nbgrader exercises.")
    root = Path(root).resolve()
    root.mkdir(parents=True, exist_ok=True)
    config = COURSE_CONFIG_FILE.format(course_id=COURSE_ID, timeout=timeout)
    (root / "nbgrader_config.py").write_text(config, encoding="utf-8")
    with _nbgrader_env():
        names = _fill_source(root, [lesson.path for lesson in lessons])
        _generate(root, names)
    return names
