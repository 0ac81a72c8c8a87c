"""The timeline as a chart for a memo: one marker per dated event, labels that do not overlap.

Past events are blue circles, planned ones vermilion diamonds; an event known only to the
month or year is a bar over that month or year. matplotlib is imported only when a chart is
drawn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from lessons.timeline.build import Event, by_date
from lessons.timeline.resolve import When

if TYPE_CHECKING:  # matplotlib is imported only when a chart is drawn
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Okabe & Ito's palette: colours that people with any common colour-vision deficiency can
# tell apart. Past and planned also differ by marker shape, so the chart survives greyscale.
PAST_COLOUR, PLANNED_COLOUR, BASELINE_COLOUR = "#0072B2", "#D55E00", "#999999"


def _label(when: When, event: Event, width: int = 30) -> str:
    """ "2024-11-19" over the event, wrapped to two short lines ("≈" marks a month or year)."""
    import textwrap

    lines = textwrap.wrap(event.event or event.expression, width) or [event.expression]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width, placeholder="\u2026")]
    approx = "" if when.precision == "day" else "\u2248 "
    return "\n".join([f"{approx}{when}", *lines])


def plot_timeline(events: Iterable[Event], ax: Axes | None = None) -> Figure:
    """A timeline chart for a memo: one marker per dated event, labels that do not overlap.

    Past events are blue circles, planned ones vermilion diamonds (Okabe-Ito colours); an
    event known only to the month or year is drawn as a bar over that month or year and its
    label starts with "≈". Returns the matplotlib Figure.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    events = list(events)
    dated = by_date(events)
    if ax is None:
        fig, ax = plt.subplots(figsize=(11, 5), layout="constrained")
    else:
        fig = ax.figure
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    undated = len(events) - len(dated)
    title = "Timeline of the story"
    if undated:
        title += f" ({undated} expression{'s' if undated > 1 else ''} without a date not shown)"
    ax.set_title(title, loc="left", fontsize=11)
    if not dated:
        ax.text(0.5, 0.5, "No dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_xticks([])
        return fig

    first = min(w.first_day for w, _ in dated)
    last = max(w.last_day for w, _ in dated)
    pad = max(2, (last - first).days // 20)
    ax.set_xlim(first - dt.timedelta(days=pad), last + dt.timedelta(days=pad))
    ax.axhline(0, color=BASELINE_COLOUR, linewidth=1, zorder=1)

    texts = []
    for when, event in dated:
        colour = PLANNED_COLOUR if event.status == "planned" else PAST_COLOUR
        middle = when.first_day + (when.last_day - when.first_day) / 2
        if when.precision != "day":
            ax.plot(
                [when.first_day, when.last_day],
                [0, 0],
                color=colour,
                linewidth=8,
                alpha=0.35,
                solid_capstyle="butt",
                zorder=2,
            )
        ax.plot(
            [middle],
            [0],
            marker="D" if event.status == "planned" else "o",
            markersize=8,
            color=colour,
            markerfacecolor=colour if when.precision == "day" else "white",
            zorder=3,
            linestyle="none",
        )
        texts.append(
            (
                middle,
                colour,
                ax.text(
                    middle, 0, _label(when, event), fontsize=8, ha="center", va="bottom", zorder=4
                ),
            )
        )
    _stagger(fig, ax, texts)

    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.legend(
        handles=[
            Line2D([], [], marker="o", color=PAST_COLOUR, linestyle="none", label="past"),
            Line2D([], [], marker="D", color=PLANNED_COLOUR, linestyle="none", label="planned"),
            Patch(color=BASELINE_COLOUR, alpha=0.5, label="\u2248 known only to the month/year"),
        ],
        loc="upper left",
        bbox_to_anchor=(0, -0.12),
        ncols=3,
        frameon=False,
        fontsize=8,
    )
    return fig


def _stagger(fig: Figure, ax: Axes, texts: list) -> None:
    """Put labels on levels above and below the line so that no two overlap.

    Each label takes the first level (1, -1, 2, -2, ...) where it clears the labels already
    there, measured in pixels as drawn; a stem joins it to its marker.
    """
    renderer = fig.canvas.get_renderer()
    levels: dict[int, list[tuple[float, float]]] = {}
    placed: list[tuple[object, int]] = []
    for x, colour, text in texts:
        box = text.get_window_extent(renderer)
        left, right = box.x0 - 4, box.x1 + 4
        ax_box = ax.get_window_extent(renderer)
        if left < ax_box.x0:
            text.set_horizontalalignment("left")
            left, right = box.x0 + box.width / 2 - 4, box.x1 + box.width / 2 + 4
        elif right > ax_box.x1:
            text.set_horizontalalignment("right")
            left, right = box.x0 - box.width / 2 - 4, box.x1 - box.width / 2 + 4
        level = 1
        while any(a < right and left < b for a, b in levels.get(level, [])):
            level = -level if level > 0 else -level + 1
        levels.setdefault(level, []).append((left, right))
        placed.append((text, level))
        ax.plot([x, x], [0, level], color=colour, linewidth=0.8, alpha=0.6, zorder=1)
    height = max(abs(level) for _, level in placed)
    for text, level in placed:
        text.set_y(level)
        text.set_verticalalignment("bottom" if level > 0 else "top")
    ax.set_ylim(-height - 1, height + 1)
    size = fig.get_size_inches()
    fig.set_size_inches(size[0], max(size[1], 1.6 + 0.75 * (2 * height + 2)))
