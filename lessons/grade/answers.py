"""Answers cross the sandbox's wall as plain data, never as objects.

After each check cell, the hand-in's notebook runs an *export* cell that writes the answer names
the check reads (``paragraph_count``, ``reasons``) to ``answers.jsonl`` in its copy folder, as
JSON built from values whose type is exactly a builtin: ``None``, ``bool``, ``int``, ``float``,
``str``, ``list``, ``tuple``, ``set``, ``frozenset``, ``dict`` and the stub ``...``. Anything else
(a class of the student's own, an object that equals everything) is written as ``unsupported``
and scores 0 with a flag. A function answer (``def split_sentences(...)``) is run *inside* the
sandbox on the inputs its check uses (:mod:`lessons.grade.calls`), and only its results are
written. The grader decodes the JSON into fresh builtin values, so no code written by a student
runs while points are decided.

Code that rewires a notebook is flagged for reading by hand: input or AST transformers,
``builtins`` changes, a builtin name assigned (``set = ...``), ``__eq__`` and friends defined,
and the lesson's own names (``article``) rebound.
"""

from __future__ import annotations

import ast
import builtins
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

ANSWERS_FILE = "answers.jsonl"
MOST_ITEMS = 100_000  # values in one answer
MOST_ANSWER_BYTES = 2_000_000  # bytes of answers.jsonl the grader reads

# Runs inside the sandbox, in a fresh namespace (a student's ``set = ...`` cannot reach it).
ENCODER = """
import hashlib, json, types
count = [0]
def plain(value, depth=0):
    kind = type(value)
    count[0] += 1
    if depth > 30 or count[0] > MOST:
        raise ValueError("too big")
    if value is None or kind in (bool, int, float, str):
        return value
    if value is Ellipsis:
        return {"ellipsis": None}
    if kind is list:
        return [plain(v, depth + 1) for v in value]
    if kind is tuple:
        return {"tuple": [plain(v, depth + 1) for v in value]}
    if kind in (set, frozenset):
        return {"set": [plain(v, depth + 1) for v in value]}
    if kind is dict:
        return {"dict": [[plain(k, depth + 1), plain(v, depth + 1)] for k, v in value.items()]}
    return {"unsupported": kind.__name__[:60]}
def key(args):
    return hashlib.sha256(json.dumps(args, ensure_ascii=False).encode()).hexdigest()[:24]
def run(function, args):
    try:
        result = function(*json.loads(json.dumps(args)))
    except Exception as error:
        return {"raised": (type(error).__name__ + ": " + str(error))[:200]}
    try:
        return plain(result)
    except (ValueError, RecursionError):
        return {"unsupported": "too big"}
row = {"check": CHECK, "answers": {}}
for name, value in VALUES.items():
    count[0] = 0
    try:
        if type(value) is types.FunctionType and name in CALLS:
            row["answers"][name] = {"function": [[key(a), run(value, a)] for a in CALLS[name]]}
        else:
            row["answers"][name] = plain(value)
    except (ValueError, RecursionError):
        row["answers"][name] = {"unsupported": "too big"}
with open(PATH, "a", encoding="utf-8") as stream:
    stream.write(json.dumps(row) + "\\n")
"""


def export_source(
    check: str,
    names: Iterable[str],
    folder: str,
    calls: Mapping[str, Sequence[Sequence[object]]] | None = None,
) -> str:
    """The export cell after check cell ``check``: its answer names, written as plain data.

    A function answer named in ``calls`` is run inside the sandbox on each argument list; only
    its results cross, as ``{"function": [[key of the arguments, result], ...]}`` (an error it
    raised as ``{"raised": "..."}``).
    """
    names = sorted(set(names))
    calls = {name: [list(args) for args in calls[name]] for name in names if name in (calls or {})}
    path = f"{folder}/{ANSWERS_FILE}"
    return (
        "(lambda _g: exec("
        f"{ENCODER!r}, "
        f'{{"VALUES": {{n: _g[n] for n in {names!r} if n in _g}}, "CHECK": {check!r}, '
        f'"PATH": {path!r}, "MOST": {MOST_ITEMS}, "CALLS": {calls!r}}}))(globals())'
    )


class Recorded:
    """What a function answer returned on the grader's inputs: {key of the arguments: result}."""

    def __init__(self, results: dict[str, object]) -> None:
        self.results = results


class Raised:
    """An error a function answer raised on one of the grader's inputs."""

    def __init__(self, message: str) -> None:
        self.message = message


class Unsupported:
    """An answer that was not plain data (its type name is kept for the flag)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind


def decode(tree: object) -> object:
    """Fresh builtin values from the JSON an export cell wrote.

    >>> decode({"set": ["a", {"tuple": [1, 2.5]}]}) == {"a", (1, 2.5)}
    True
    >>> decode({"dict": [["n", {"ellipsis": None}]]})
    {'n': Ellipsis}
    """
    if tree is None or type(tree) in (bool, int, float, str):
        return tree
    if type(tree) is list:
        return [decode(item) for item in tree]
    if type(tree) is dict and len(tree) == 1:
        ((tag, value),) = tree.items()
        if tag == "ellipsis":
            return ...
        if tag == "tuple":
            return tuple(decode(item) for item in value)
        if tag == "set":
            return {decode(item) for item in value}
        if tag == "dict":
            return {decode(key): decode(item) for key, item in value}
        if tag == "unsupported":
            return Unsupported(str(value))
        if tag == "function" and type(value) is list:
            return Recorded({str(k): decode(result) for k, result in value})
        if tag == "raised":
            return Raised(str(value))
    return Unsupported("unknown")


def unsupported_in(tree: object) -> str | None:
    """The type name of the first value that was not plain data, if any."""
    if type(tree) is list:
        return next((found for item in tree if (found := unsupported_in(item))), None)
    if type(tree) is dict and len(tree) == 1:
        ((tag, value),) = tree.items()
        if tag == "unsupported":
            return str(value)
        if tag in ("tuple", "set"):
            return unsupported_in(value)
        if tag == "dict":
            return unsupported_in([item for pair in value for item in pair])
        if tag == "function" and type(value) is list:
            found = unsupported_in([pair[1] for pair in value if type(pair) is list and pair[1:]])
            return f"a function returning {found}" if found else None
    return None


def read_answers(path: Path) -> tuple[dict[str, dict[str, object]], list[str]]:
    """{check id: {name: JSON tree}} from a hand-in's answers.jsonl (last export wins), flags."""
    if not path.is_file() or path.is_symlink():
        return {}, []
    with path.open("rb") as stream:
        data = stream.read(MOST_ANSWER_BYTES + 1)
    flags = []
    if len(data) > MOST_ANSWER_BYTES:
        return {}, [f"answers too big to grade (over {MOST_ANSWER_BYTES // 1000} kB)"]
    found: dict[str, dict[str, object]] = {}
    for line in data.decode("utf-8", "replace").splitlines():
        try:
            row = json.loads(line)
            check, answers = row["check"], row["answers"]
        except (ValueError, KeyError, TypeError):
            flags.append("answers file changed by the notebook")
            continue
        if type(check) is str and type(answers) is dict:
            found[check] = answers
    return found, sorted(set(flags))


# --- Code that rewires the notebook ---------------------------------------------------------------

_DUNDER_COMPARE = {"__eq__", "__ne__", "__hash__", "__lt__", "__le__", "__gt__", "__ge__"}
_RISKY_TEXT = (
    ("input_transformers", "an input transformer"),
    ("ast_transformers", "an AST transformer"),
    ("register_magic", "a new magic command"),
    ("events.register", "an IPython event hook"),
    ("sys.settrace", "a trace hook"),
    ("sys.modules", "changes to loaded modules"),
)
_BUILTIN_NAMES = {name for name in dir(builtins) if not name.startswith("_")}


def _without_magics(source: str) -> str:
    return "\n".join("" if re.match(r"\s*[%!]", line) else line for line in source.splitlines())


def rewiring(source: str, lesson_names: set[str]) -> list[str]:
    """What a student's cell does to the notebook itself, for the instructor to read.

    >>> rewiring("set = list\\narticle = None", {"article"})
    ['rebinds the lesson name article', 'assigns the builtin name set']
    """
    found = [what for text, what in _RISKY_TEXT if text in source]
    try:
        tree = ast.parse(_without_magics(source))
    except SyntaxError:
        return found
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.name in _DUNDER_COMPARE
        ):
            found.append(f"defines {node.name}")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = [alias.name for alias in node.names] + [getattr(node, "module", "") or ""]
            if "builtins" in modules:
                found.append("imports builtins")
        elif isinstance(node, ast.Name | ast.Attribute) and "__builtins__" in (
            getattr(node, "id", ""),
            getattr(node, "attr", ""),
        ):
            found.append("touches __builtins__")
    for name in sorted(assigned_names(source)):
        if name in _BUILTIN_NAMES:
            found.append(f"assigns the builtin name {name}")
        elif name in lesson_names:
            found.append(f"rebinds the lesson name {name}")
    return list(dict.fromkeys(found))


def assigned_names(source: str) -> set[str]:
    """Names a cell binds at its top level (assignments, defs, imports)."""
    try:
        tree = ast.parse(_without_magics(source))
    except SyntaxError:
        return set()
    names: set[str] = set()
    for node in tree.body:
        targets: list[ast.AST] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets = [node.target]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
        for target in targets:
            parts = target.elts if isinstance(target, ast.Tuple | ast.List) else [target]
            names |= {part.id for part in parts if isinstance(part, ast.Name)}
    return names


def loaded_names(source: str) -> set[str]:
    """Every name a cell reads."""
    try:
        tree = ast.parse(_without_magics(source))
    except SyntaxError:
        return set()
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
