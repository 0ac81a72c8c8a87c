"""The inputs a function answer is run on while grading.

An answer that is a function cannot cross the sandbox's wall (only plain data does), so the
grader runs it *inside* the sandbox on the inputs its check uses, the visible check's articles
and the hidden tests' second article alike, and exports the results. The inputs come from
:func:`lessons.checks.graded_calls`, next to the checks that use them: check id -> answer name ->
the argument lists (plain data).
"""

from __future__ import annotations

from collections.abc import Iterable


def function_calls(check_ids: Iterable[str]) -> dict[str, dict[str, list[list[object]]]]:
    """{check id: {answer name: [argument list, ...]}} for the checks given."""
    from lessons.checks import graded_calls

    wanted = set(check_ids)
    return {check: calls for check, calls in graded_calls().items() if check in wanted}
