"""Styles: one colour *and* one line style per kind of finding, so colour is never the only cue.

The Okabe-Ito palette stays distinct for readers with colour-blindness; on top of it every kind
of name has its own underline in the text (solid, double, dashed, dotted, wavy, a box) and its
own hatching in charts, and quotes are in italics.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from lessons.entities import ENTITY_TYPES
from lessons.entities.charts import TYPE_COLOURS, TYPE_HATCHES, TYPE_LABELS


@dataclass(frozen=True)
class Style:
    """How one kind of finding looks in the text and in charts.

    ``colour`` is the Okabe-Ito colour (chart bars, legend); ``tint`` a light version of it
    behind the words (black text on it stays readable); ``line`` a darker version for the
    underline, with at least 3:1 contrast against the tint; ``css`` the rest of the look,
    which differs for every kind so that colour is never the only cue.
    """

    label: str
    colour: str
    tint: str
    line: str
    css: str
    hatch: str = ""


# Each kind's colour, hatching and label come from lesson 3's charts (one source for every
# chart and view); the tint, underline colour and underline shape are the explorers' own.
_TEXT_LOOK = {  # kind: (tint, underline colour, underline)
    "PERSON": ("#F8E2B2", "#AA7600", "border-bottom: 3px solid {line}"),
    "ORGANIZATION": ("#B2D5E8", "#0072B2", "border-bottom: 4px double {line}"),
    "GPE": ("#B2E2D5", "#008B65", "border-bottom: 3px dashed {line}"),
    "LOCATION": ("#CCE8F8", "#4189B1", "border-bottom: 3px dotted {line}"),
    "FACILITY": (
        "#F0D7E5",
        "#AB668C",
        "text-decoration: underline wavy {line} 2px; text-underline-offset: 3px",
    ),
    "OTHER": ("#E0E0E0", "#000000", "outline: 1px solid {line}"),
}

STYLES: dict[str, Style] = {
    **{
        kind: Style(TYPE_LABELS[kind], TYPE_COLOURS[kind], *_TEXT_LOOK[kind], TYPE_HATCHES[kind])
        for kind in ENTITY_TYPES
    },
    "quote": Style("direct quotes", "#F0E442", "#FAF7C6", "#958D29", "font-style: italic"),
    "reported": Style("reported speech", "#999999", "#EEEEEE", "#666666", "font-style: normal"),
}


def contrast_ratio(first: str, second: str) -> float:
    """The WCAG contrast ratio of two ``#RRGGBB`` colours, from 1 (none) to 21 (black on white).

    Text needs 4.5 or more; lines and chart marks need 3 or more.

    >>> round(contrast_ratio("#000000", "#FFFFFF"), 1)
    21.0
    """

    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def style_css(kind: str) -> str:
    """The inline CSS of one kind of highlight: its tint, its line and its shape."""
    style = STYLES[kind]
    return f"background-color: {style.tint}; color: #000000; padding: 0 1px; " + style.css.format(
        line=style.line
    )


def type_label(kind: str) -> str:
    """A reader's name for an entity type: ``type_label("GPE")`` is 'countries, states, cities'."""
    return STYLES[kind].label if kind in STYLES else kind.lower()


def legend_html(
    counts: dict[str, int] | None = None,
    kinds: Iterable[str] | None = None,
    units: dict[str, str] | None = None,
) -> str:
    """A key to the highlights: a sample of each style, its name and (optionally) a count.

    ``units`` says what each count counts ('mentions', 'quotes'), so that a key beside a list
    of names never reads as the number of names: ``people (8 mentions)``.
    """
    kinds = list(kinds if kinds is not None else ("quote", "reported", *ENTITY_TYPES))
    items = []
    for kind in kinds:
        unit = f" {units[kind]}" if units and kind in units else ""
        count = "" if counts is None else f" ({counts.get(kind, 0)}{unit})"
        items.append(
            f'<span style="{style_css(kind)}; margin-right: 0.9em; white-space: nowrap">'
            f"{html.escape(STYLES[kind].label)}{count}</span>"
        )
    return '<div class="lessons-legend" style="line-height: 2">Key: ' + " ".join(items) + "</div>"
