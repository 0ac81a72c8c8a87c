"""Errors a student can read.

Every problem the kit expects (a missing file, an empty article, missing NLTK data) is raised
as a :class:`LessonError`. Its message is one sentence that says what went wrong and what to do
next. The command line prints it on one line; in a notebook, importing :mod:`lessons` installs a
handler that shows the message instead of a traceback.
"""

from __future__ import annotations


class LessonError(Exception):
    """A problem with the input or the set-up, explained in one line for a student."""


class ArticleError(LessonError):
    """The text given to the kit cannot be read as an article."""


class MissingDataError(LessonError):
    """An NLTK data package the kit needs is not installed."""


def show_in_notebook() -> None:
    """Show LessonErrors in Jupyter as one red line instead of a traceback wall."""
    try:
        from IPython import get_ipython
    except ImportError:  # plain Python: nothing to do
        return
    shell = get_ipython()
    if shell is None:
        return

    def _one_line(shell, etype, value, tb, tb_offset=None):  # noqa: ANN001 - IPython's signature
        import sys

        print(f"⚠ {value}", file=sys.stderr)
        return None

    shell.set_custom_exc((LessonError,), _one_line)
