"""Exercises and grading: student copies, an nbgrader course, and grading in one command.

The lesson notebooks in ``notebooks/`` are the instructor's version: every exercise has a model
solution between ``### BEGIN SOLUTION`` and ``### END SOLUTION``, every check cell ends with hidden
tests between ``### BEGIN HIDDEN TESTS`` and ``### END HIDDEN TESTS``, and reflection cells hold a
model answer. This package drives nbgrader (the ``instructor`` extra) through the instructor's
workflow:

1. **Release**: ``python -m lessons.grade release`` (``make student``) writes the student copies
   to ``student/``: answers replaced by a friendly stub such as
   ``paragraph_count = ...  # your answer here``, hidden tests removed, outputs cleared.
2. **Course**: ``python -m lessons.grade course DIR`` sets up an nbgrader course (source,
   release, gradebook and ``nbgrader_config.py``) for the full workflow with the formgrader.
3. **Grade**: ``python -m lessons grade SUBMISSIONS --out DIR`` (``make grade``) autogrades a
   folder with one sub-folder of notebooks per student: each hand-in runs walled off in its own
   sandbox and sends back only plain data; a checker with the hidden tests (and no student code)
   decides the points. It writes ``grades.csv``, ``exercises.csv``, ``reflections.csv`` and safe
   feedback pages without hidden tests.
4. **Merge**: the instructor types points into ``reflections.csv``; ``python -m lessons
   grade-merge DIR`` checks them and writes ``final-grades.csv`` (automatic + hand points). Grading
   again into the same DIR keeps the points already typed.

One module per job, each building on the ones before:

- :mod:`~lessons.grade.exercises`: which notebooks have exercises (each is one assignment).
- :mod:`~lessons.grade.settings`: nbgrader configured for the kit (stubs, timeouts, feedback).
- :mod:`~lessons.grade.course`: scratch courses, and a real course for the formgrader (step 2).
- :mod:`~lessons.grade.student_copies`: the student copies (step 1).
- :mod:`~lessons.grade.submissions`: finding each student's notebooks (step 3).
- :mod:`~lessons.grade.reports`: grades, exercises and reflections as CSV; hand points (step 4).
- :mod:`~lessons.grade.answers`: answers as plain JSON; code that rewires a notebook (step 3).
- :mod:`~lessons.grade.calls`: the inputs a function answer is run on inside the sandbox (step 3).
- :mod:`~lessons.grade.handin`: a hand-in read safely and made ready for the sandbox (step 3).
- :mod:`~lessons.grade.limits`: one process group per hand-in, capped (memory, processes) and ended
  with its notebook: a systemd scope, cgroup v2 or v1, else per-process limits (step 3).
- :mod:`~lessons.grade.sandbox`: bubblewrap or a container, and running one notebook walled off
  (step 3).
- :mod:`~lessons.grade.runner`: the script that runs a notebook inside the sandbox (step 3).
- :mod:`~lessons.grade.replay`: answers made live in the checker, functions as replays (step 3).
- :mod:`~lessons.grade.checking`: the checker notebook that decides the points (step 3).
- :mod:`~lessons.grade.feedback`: safe feedback pages, searched for secrets (step 3).
- :mod:`~lessons.grade.scoring`: points, statuses and flags of one hand-in (step 3).
- :mod:`~lessons.grade.autograde`: the whole grading run (step 3).
- :mod:`~lessons.grade.commands`: the command lines of steps 1 to 4.

>>> answer_stub("words = text.split()\\nheadline_words = len(words)")
'headline_words = ...  # your answer here'
"""

from lessons.grade.autograde import GradingReport, grade
from lessons.grade.commands import main, main_grade, main_merge, summary
from lessons.grade.course import COURSE_CONFIG_FILE, create_course
from lessons.grade.exercises import (
    HIDDEN_TEST_MARKERS,
    NOTEBOOKS,
    SOLUTION_MARKERS,
    Lesson,
    cell_points,
    find_lessons,
    lesson_from,
    nbgrader_id,
    notebook_files,
)
from lessons.grade.reports import (
    FINAL_COLUMNS,
    FINAL_GRADES,
    GRADES_COLUMNS,
    NOT_GRADED_YET,
    REFLECTIONS,
    ExerciseResult,
    FinalGrade,
    HandGrade,
    HandKey,
    NotebookResult,
    merge_grades,
    parse_points,
    read_reflections,
    typed_points,
    write_final_grades,
    write_results,
)
from lessons.grade.sandbox import Sandbox, choose_sandbox
from lessons.grade.settings import (
    CELL_TIMEOUT,
    CODE_STUB,
    COURSE_ID,
    HIDDEN_TEST_FAILED,
    INSTALL_HINT,
    REFLECTION_STUB,
    TIMEOUT_ERRORS,
    ClearWidgetState,
    FriendlyClearSolutions,
    HideHiddenTests,
    answer_stub,
    configure,
    course_config,
)
from lessons.grade.student_copies import STUDENT, STUDENT_README, release
from lessons.grade.submissions import Submission, find_submissions

__all__ = [
    "CELL_TIMEOUT",
    "CODE_STUB",
    "COURSE_CONFIG_FILE",
    "COURSE_ID",
    "FINAL_COLUMNS",
    "FINAL_GRADES",
    "GRADES_COLUMNS",
    "HIDDEN_TEST_FAILED",
    "HIDDEN_TEST_MARKERS",
    "INSTALL_HINT",
    "NOTEBOOKS",
    "NOT_GRADED_YET",
    "REFLECTIONS",
    "Sandbox",
    "REFLECTION_STUB",
    "SOLUTION_MARKERS",
    "STUDENT",
    "STUDENT_README",
    "TIMEOUT_ERRORS",
    "ClearWidgetState",
    "ExerciseResult",
    "FinalGrade",
    "FriendlyClearSolutions",
    "GradingReport",
    "HandGrade",
    "HandKey",
    "HideHiddenTests",
    "Lesson",
    "NotebookResult",
    "Submission",
    "answer_stub",
    "choose_sandbox",
    "cell_points",
    "configure",
    "course_config",
    "create_course",
    "find_lessons",
    "find_submissions",
    "grade",
    "lesson_from",
    "main",
    "main_grade",
    "main_merge",
    "merge_grades",
    "nbgrader_id",
    "notebook_files",
    "parse_points",
    "read_reflections",
    "release",
    "summary",
    "typed_points",
    "write_final_grades",
    "write_results",
]
