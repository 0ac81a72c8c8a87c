"""Feedback pages a student can open safely, and that never carry anyone else's secrets.

A page is built from the hand-in as it ran in the sandbox: the student's cells, their outputs as
text (or as images), and at each check the grader's verdict. Everything a student wrote is
escaped; markdown is rendered, then cleaned with bleach (no scripts, no ``on...`` attributes, no
``javascript:`` links); long lines wrap. Before a page is written its outputs are searched for
hidden-test lines, model answers and other students' work: a page holding any is withheld.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from collections.abc import Iterable, Mapping
from html.parser import HTMLParser

import nbformat

from lessons.grade.checking import passed
from lessons.grade.exercises import HIDDEN_TEST_MARKERS, SOLUTION_MARKERS, nbgrader_id
from lessons.grade.handin import EXPORT
from lessons.grade.settings import _short_error

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "i", "li", "ol", "p", "pre", "span", "strong", "sub", "sup", "table", "tbody",
    "td", "th", "thead", "tr", "ul",
}  # fmt: skip
STYLE = """
body { font-family: sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: .5rem; }
.output pre { background: #fff; border-left: 3px solid #ccc; }
.verdict { border-left: 3px solid #2a6; padding-left: .5rem; }
.verdict.no { border-left-color: #a40; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .2rem .5rem; }
"""
_IMAGE = re.compile(r"^[A-Za-z0-9+/=\s]+$")


def clean_markdown(text: str) -> str:
    """Markdown as HTML, with only harmless tags kept (everything else is escaped)."""
    import bleach
    from nbconvert.filters.markdown import markdown2html

    rendered = markdown2html(text)
    return bleach.clean(
        rendered,
        tags=ALLOWED_TAGS,
        attributes={"a": ["href", "title"]},
        protocols={"http", "https"},
    )


def _pre(text: str, css: str = "") -> str:
    return (
        f'<pre class="{css}">{html.escape(text)}</pre>'
        if css
        else f"<pre>{html.escape(text)}</pre>"
    )


def _image(data: object, kind: str) -> str:
    text = "".join(data) if isinstance(data, list) else str(data)
    if not _IMAGE.match(text):
        return ""
    try:
        base64.b64decode(text.replace("\n", ""), validate=False)
    except (binascii.Error, ValueError):
        return ""
    return f'<img alt="a figure" src="data:{kind};base64,{text.strip()}">'


def _output(out: nbformat.NotebookNode, shown: set[str]) -> str:
    kind = out.get("output_type")
    if kind == "stream":  # a message a hidden test repeats is shown once
        fresh = []
        for line in "".join(out.get("text", "")).splitlines(keepends=True):
            message = line.strip().removeprefix("⚠ ")
            if not message or message not in shown:
                fresh.append(line)
            shown.add(message)
        return _pre("".join(fresh)) if fresh else ""
    if kind == "error":
        line = _short_error(nbformat.from_dict(dict(out)), set()).traceback[0]
        return "" if line.strip() in shown else _pre(line)
    data = out.get("data", {})
    for image in ("image/png", "image/jpeg"):
        if image in data:
            return _image(data[image], image)
    text = data.get("text/plain")
    return _pre("".join(text) if isinstance(text, list) else str(text)) if text else ""


def _outputs(outputs: Iterable[nbformat.NotebookNode]) -> str:
    shown: set[str] = set()
    parts = [_output(out, shown) for out in outputs]
    return "".join(part for part in parts if part)


def page(
    notebook: nbformat.NotebookNode,
    checks: Mapping[str, nbformat.NotebookNode],
    title: str,
    summary_rows: Iterable[tuple[str, str, str]],
) -> tuple[str, str]:
    """(the HTML page, the text of its outputs) for a hand-in as it ran.

    ``checks`` maps a check id to its verdict cell from the checker notebook.
    """
    body, outputs = [], []
    rows = "".join(
        f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td><td>{html.escape(c)}</td></tr>"
        for a, b, c in summary_rows
    )
    body.append(f"<h1>{html.escape(title)}</h1>")
    body.append(f"<table><tr><th>exercise</th><th>points</th><th>result</th></tr>{rows}</table>")
    for cell in notebook.cells:
        if cell.get("metadata", {}).get(EXPORT):
            continue
        if cell.cell_type == "markdown":
            body.append(f'<div class="markdown">{clean_markdown(cell.source)}</div>')
            continue
        if cell.cell_type != "code":
            body.append(_pre(cell.source))
            continue
        body.append(_pre(cell.source))
        check = nbgrader_id(cell)
        if check in checks:
            verdict = checks[check]
            rendered = _outputs(verdict.outputs) or _pre("(no message)")
            css = "verdict" if passed(verdict) else "verdict no"
            body.append(f'<div class="{css}"><b>Grader:</b>{rendered}</div>')
            outputs.append(rendered)
        elif cell.get("outputs"):
            rendered = _outputs(cell.outputs)
            body.append(f'<div class="output">{rendered}</div>')
            outputs.append(rendered)
    document = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "img-src data:; style-src 'unsafe-inline'\">"
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>"
        + "\n".join(body)
        + "</body></html>\n"
    )
    return document, html.unescape(re.sub(r"<[^>]+>", "", "\n".join(outputs)))


class _Scan(HTMLParser):
    """Finds markup a browser would run: script-like tags, on... attributes, javascript: links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.styles = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "iframe", "object", "embed", "base", "form", "link", "svg"):
            self.found.append(tag)
        if tag == "style":
            self.styles += 1
        for name, value in attrs:
            squeezed = re.sub(r"[\s\x00-\x1f]", "", value or "").lower()
            if name.startswith("on") or squeezed.startswith(("javascript:", "vbscript:")):
                self.found.append(f"{tag} {name}")
            if name in ("href", "src") and squeezed.startswith("data:") and tag != "img":
                self.found.append(f"{tag} {name}")


def unsafe_markup(document: str) -> bool:
    """True when a page holds a script, an event attribute, a javascript: link or extra styles."""
    scan = _Scan()
    scan.feed(document)
    scan.close()
    return bool(scan.found) or scan.styles > 1


def _region_lines(source: str, markers: tuple[str, str]) -> list[str]:
    inside, found = False, []
    for line in source.splitlines():
        if markers[0] in line:
            inside = True
        elif markers[1] in line:
            inside = False
        elif inside:
            found.append(line.strip())
    return found


def secret_lines(sources: Iterable[nbformat.NotebookNode]) -> set[str]:
    """Hidden-test lines, model-solution lines and model reflections of the instructor's lessons."""
    secrets: set[str] = set()
    for notebook in sources:
        for cell in notebook.cells:
            marks = cell.metadata.get("nbgrader", {})
            secrets.update(_region_lines(cell.source, HIDDEN_TEST_MARKERS))
            secrets.update(_region_lines(cell.source, SOLUTION_MARKERS))
            if marks.get("solution") and cell.cell_type == "markdown":
                secrets.update(line.strip() for line in cell.source.splitlines())
    return {line for line in secrets if len(line) >= 12}


def leaked(outputs: str, secrets: Iterable[str]) -> list[str]:
    """The secrets found in a page's outputs."""
    return sorted(line for line in secrets if line in outputs)
