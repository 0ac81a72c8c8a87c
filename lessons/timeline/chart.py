"""The timeline as a chart for a memo: one marker per dated event, labels that do not overlap.

A story's dates bunch up: a few days around publication, a month or two of background, a year
long ago. On one calendar line the days would crush into a few pixels, so the chart breaks
the axis (``//``) where nothing happens and gives every group of dates a panel of its own, on
its own scale (:func:`timeline_panels` decides from the dates' spread, for any story).

Past events are blue circles, planned ones vermilion diamonds; an event known only to the
month or year is a pale bar over that month or year with a hollow marker, and its date starts
with "≈". Events on the same date share one label. The chart describes itself
(:func:`describe_timeline`): that sentence is its text alternative in a notebook. matplotlib is
imported only when a chart is drawn.
"""

from __future__ import annotations

import datetime as dt
import itertools
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lessons.timeline.events import Event, by_date
from lessons.timeline.when import When

if TYPE_CHECKING:  # matplotlib is imported only when a chart is drawn
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Okabe & Ito's palette: colours that people with any common colour-vision deficiency can
# tell apart. Past and planned also differ by marker shape, so the chart survives greyscale.
PAST_COLOUR, PLANNED_COLOUR, BASELINE_COLOUR = "#0072B2", "#D55E00", "#999999"

WIDTH = 9.0  # inches: 900 pixels, the width of a notebook's output on a laptop
LABEL_SIZE = 10  # points, for labels, ticks and the key
MAX_PANELS = 5
MIN_SEPARATION = 0.3  # inches between two dates on the same panel, or the axis breaks
_GAP = 0.04  # of the width, between two panels


# ---------------------------------------------------------------------------------------------
# Where the axis breaks


@dataclass(frozen=True)
class Panel:
    """One stretch of the calendar drawn on its own scale, with the events it shows."""

    first: dt.datetime
    last: dt.datetime
    events: tuple[tuple[When, Event], ...]

    @property
    def share(self) -> int:
        """How much of the width the panel gets: one part per distinct date, at least one."""
        return max(1, len({str(when) for when, _ in self.events}))


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def _span(when: When) -> tuple[dt.datetime, dt.datetime]:
    """The stretch of time a date covers: one day, a week, a whole month or a whole year."""
    return _start(when.first_day), _start(when.last_day) + dt.timedelta(days=1)


def _position(when: When) -> dt.datetime:
    """Where the marker goes: the day itself, or the middle of the week, month or year."""
    if when.precision == "day":
        return _start(when.first_day)
    first, end = _span(when)
    return first + (end - first) / 2


def _limits(events: Sequence[tuple[When, Event]]) -> tuple[dt.datetime, dt.datetime]:
    """The panel's ends: its months and years in full, unless they would crush its days."""
    positions = [_position(when) for when, _ in events]
    half_day = dt.timedelta(hours=12)
    spans = [
        (p - half_day, p + half_day) if when.precision == "day" else _span(when)
        for p, (when, _) in zip(positions, events, strict=True)
    ]
    low, high = min(positions), max(positions)
    full_low, full_high = min(s[0] for s in spans), max(s[1] for s in spans)
    if low == high or (full_high - full_low) <= 2 * (high - low):
        low, high = full_low, full_high
    pad = (high - low) * 0.05
    return low - pad, high + pad


def _crowded(panel: Panel, inches: float) -> int:
    """How many pairs of neighbouring dates a panel draws closer than MIN_SEPARATION."""
    positions = sorted({_position(when) for when, _ in panel.events})
    scale = inches / ((panel.last - panel.first) / dt.timedelta(days=1))
    return sum(
        1
        for a, b in zip(positions, positions[1:], strict=False)
        if (b - a) / dt.timedelta(days=1) * scale < MIN_SEPARATION
    )


def _widest_gap(panel: Panel) -> tuple[float, int]:
    """The widest gap between two dates of a panel, as a share of its span, and where it is."""
    events = panel.events
    gaps = [
        ((_position(b[0]) - _position(a[0])) / (panel.last - panel.first), i + 1)
        for i, (a, b) in enumerate(zip(events, events[1:], strict=False))
    ]
    return max(gaps, default=(0.0, 0))


def _panel(events: Sequence[tuple[When, Event]]) -> Panel:
    first, last = _limits(events)
    return Panel(first, last, tuple(events))


def _cut(dated: Sequence[tuple[When, Event]], cuts: Sequence[int]) -> list[Panel]:
    """Panels of ``dated`` (in calendar order), cut before each index in ``cuts``."""
    ends = [0, *cuts, len(dated)]
    return [_panel(dated[a:b]) for a, b in zip(ends, ends[1:], strict=False)]


def timeline_panels(events: Iterable[Event], width: float = WIDTH) -> list[Panel]:
    """The panels of the chart, left to right: the axis breaks where dates bunch up.

    Each panel gets a share of the width for each of its dates. The axis is cut between
    dates in the fewest places (at most :data:`MAX_PANELS` panels) that draw no two dates
    closer than :data:`MIN_SEPARATION` inches (or as few as can be), at the widest gaps; then a
    panel that is mostly empty (a gap of two weeks or more, over 60% of it) is cut there too.

    >>> dates = ("2024-01", "2024-11-18", "2024-11-20")
    >>> days = [Event("x", d, "e", "past", 1, 0, 1) for d in dates]
    >>> [(p.first.date().isoformat(), len(p.events)) for p in timeline_panels(days)]
    [('2023-12-30', 1), ('2024-11-17', 2)]
    """
    dated = sorted(by_date(events), key=lambda pair: (_position(pair[0]), pair[1].start))
    if not dated:
        return []
    # the axis may break only between two different dates
    places = [
        i for i in range(1, len(dated)) if _position(dated[i - 1][0]) < _position(dated[i][0])
    ]

    def badness(panels: list[Panel], cuts: Sequence[int]) -> tuple[int, int, float]:
        inches = _panel_inches(panels, width)
        crowded = sum(_crowded(p, w) for p, w in zip(panels, inches, strict=True))
        skipped = sum((_position(dated[i][0]) - _position(dated[i - 1][0])).days for i in cuts)
        return crowded, len(panels), -skipped

    options = (
        (cuts, _cut(dated, cuts))
        for count in range(min(MAX_PANELS, len(places) + 1))
        for cuts in itertools.combinations(places, count)
    )
    _, panels = min(options, key=lambda option: badness(option[1], option[0]))
    while len(panels) < MAX_PANELS:
        share, number = max((_widest_gap(p)[0], n) for n, p in enumerate(panels))
        gap = _widest_gap(panels[number])[0] * (panels[number].last - panels[number].first)
        if share <= 0.6 or gap < dt.timedelta(days=14):
            break
        cut = _widest_gap(panels[number])[1]
        events = panels[number].events
        panels[number : number + 1] = [_panel(events[:cut]), _panel(events[cut:])]
    return panels


def _panel_inches(panels: Sequence[Panel], width: float) -> list[float]:
    usable = width * (1 - _GAP * (len(panels) - 1))
    total = sum(p.share for p in panels)
    return [usable * p.share / total for p in panels]


# ---------------------------------------------------------------------------------------------
# What the chart says, in words


def date_text(when: When) -> str:
    """A date as a reader writes it: '19 Nov 2024', '≈ Aug 2024', '≈ 2019', 'week of 18 Nov
    2024', 'weekend of 23 Nov 2024'."""
    if when.week is not None:
        first = when.first_day
        return f"{'weekend' if when.weekend else 'week'} of {first.day} {first.strftime('%b %Y')}"
    if when.precision == "year":
        return f"\u2248 {when.year}"
    if when.precision == "month":
        return f"\u2248 {when.first_day.strftime('%b %Y')}"
    return f"{when.first_day.day} {when.first_day.strftime('%b %Y')}"


def _stretch(events: Sequence[tuple[When, Event]]) -> str:
    """The stretch of calendar a group of events covers: '18-20 Nov 2024', 'Aug 2024', '2019'."""
    low = min(when.first_day for when, _ in events)
    high = max(when.last_day for when, _ in events)
    months = low.day == 1 and (high + dt.timedelta(days=1)).day == 1
    if months and low.month == 1 and high.month == 12:
        return f"{low.year}" if low.year == high.year else f"{low.year} to {high.year}"
    if months:
        first, last = low.strftime("%b %Y"), high.strftime("%b %Y")
        return first if first == last else f"{first} to {last}"
    if low == high:
        return f"{low.day} {low.strftime('%b %Y')}"
    if (low.year, low.month) == (high.year, high.month):
        return f"{low.day}-{high.day} {high.strftime('%b %Y')}"
    return f"{low.day} {low.strftime('%b %Y')} to {high.day} {high.strftime('%b %Y')}"


def _events(count: int) -> str:
    return f"{count} event{'' if count == 1 else 's'}"


def describe_timeline(events: Iterable[Event], width: float = WIDTH) -> str:
    """What the timeline chart shows, in one or two sentences (its text alternative).

    >>> describe_timeline([Event("on Tuesday", "2024-11-19", "The vote", "past", 1, 0, 10)])
    'Timeline of the story: 1 dated event on 19 Nov 2024 (past).'
    """
    events = list(events)
    dated = by_date(events)
    undated = len(events) - len(dated)
    left_out = (
        f" {undated} time expression{'s' if undated != 1 else ''} without a date "
        f"{'are' if undated != 1 else 'is'} not shown."
        if undated
        else ""
    )
    if not dated:
        return "Timeline of the story: no dated events." + left_out
    planned = sum(1 for _, e in dated if e.status == "planned")
    past = len(dated) - planned
    status = ", ".join(
        part
        for part in (f"{past} past" if past else "", f"{planned} planned" if planned else "")
        if part
    )
    if len(dated) == 1:
        status = dated[0][1].status
    first = date_text(dated[0][0]).removeprefix("\u2248 ")
    last = date_text(max(dated, key=lambda pair: _position(pair[0]))[0]).removeprefix("\u2248 ")
    noun = "1 dated event" if len(dated) == 1 else f"{len(dated)} dated events"
    on_a_day = dated[0][0].precision == "day"
    when = f"from {first} to {last}" if first != last else f"{'on' if on_a_day else 'in'} {first}"
    text = f"Timeline of the story: {noun} {when} ({status})."
    panels = timeline_panels(events, width)
    if len(panels) > 1:
        parts = "; ".join(f"{_stretch(p.events)}: {_events(len(p.events))}" for p in panels)
        text += f" The axis is broken into {len(panels)} panels, each on its own scale: {parts}."
    return text + left_out


# ---------------------------------------------------------------------------------------------
# Drawing


def _label(group: Sequence[tuple[When, Event]], width: int = 30) -> str:
    """The date over what happened then; one bullet per event when several share the date."""
    lines = [date_text(group[0][0])]
    for _, event in group:
        words = textwrap.wrap(event.event or event.expression, width) or [event.expression]
        if len(words) > 3:
            words = [*words[:2], textwrap.shorten(" ".join(words[2:]), width, placeholder="\u2026")]
        if len(group) > 1:
            words = [f"\u2022 {words[0]}", *(f"   {w}" for w in words[1:])]
        lines.extend(words)
    return "\n".join(lines)


def _colour(group: Sequence[tuple[When, Event]]) -> str:
    statuses = {event.status for _, event in group}
    if statuses == {"planned"}:
        return PLANNED_COLOUR
    return PAST_COLOUR if statuses == {"past"} else "#555555"


def _draw_event(axes: Axes, when: When, event: Event, limits: tuple) -> None:
    """A marker (filled: a known day; hollow on a pale bar: a month or a year)."""
    colour = PLANNED_COLOUR if event.status == "planned" else PAST_COLOUR
    if when.precision != "day":
        first, end = _span(when)
        cut = first < limits[0] or end > limits[1]  # runs on past the panel: a thinner bar
        axes.plot(
            [max(first, limits[0]), min(end, limits[1])],
            [0, 0],
            color=colour,
            linewidth=4 if cut else 9,
            alpha=0.3 if cut else 0.35,
            solid_capstyle="butt",
            zorder=2,
        )
    axes.plot(
        [_position(when)],
        [0],
        marker="D" if event.status == "planned" else "o",
        markersize=8,
        color=colour,
        markerfacecolor=colour if when.precision == "day" else "white",
        markeredgewidth=1.5,
        linestyle="none",
        zorder=3,
    )


def _ticks(first: dt.datetime, last: dt.datetime, inches: float) -> tuple[list, list[str]]:
    """Tick dates and their labels for a panel: days, months or years, as many as fit."""
    most = max(1, int(inches / 1.0))
    edge = (last - first) * min(0.3 / inches, 0.3)  # no label at a panel's very edge
    first, last = first + edge, last - edge
    days = max(1, (last - first).days)
    if days <= 75:
        step = next((s for s in (1, 2, 3, 7, 14, 28) if days / s <= most), 28)
        start = first.date() + dt.timedelta(days=1 if first.hour or first.minute else 0)
        ticks = [start + dt.timedelta(days=k) for k in range(0, days + 1, step)]
        ticks = [t for t in ticks if _start(t) <= last]
        labels = [f"{t.day} {t.strftime('%b')}" for t in ticks]
        labels[0] += f" {ticks[0].year}" if ticks else ""
        return ticks, labels
    if days <= 900:
        months = days // 30
        step = next((s for s in (1, 2, 3, 6, 12) if months / s <= most), 12)
        ticks, year, month = [], first.year, first.month + 1
        while True:
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
            day = dt.date(year, month, 1)
            if _start(day) > last:
                break
            if (month - 1) % step == 0:
                ticks.append(day)
            month += 1
        labels = [
            t.strftime("%b %Y") if i == 0 or t.month == 1 else t.strftime("%b")
            for i, t in enumerate(ticks)
        ]
        return ticks, labels
    years = days // 365
    step = next((s for s in (1, 2, 5, 10, 20, 50, 100) if years / s <= most), 100)
    ticks = [
        dt.date(y, 1, 1)
        for y in range(first.year + 1, last.year + 1)
        if y % step == 0 and _start(dt.date(y, 1, 1)) <= last
    ]
    return ticks, [str(t.year) for t in ticks]


def _break_marks(axes: Axes, side: str) -> None:
    """The '//' that says the axis skips time here, on the line and on the date axis."""
    x = 1 if side == "right" else 0
    for y, transform in ((0, axes.get_yaxis_transform()), (0, axes.transAxes)):
        axes.plot(
            [x],
            [y],
            marker=[(-1, -1.6), (1, 1.6)],
            markersize=11,
            linestyle="none",
            color="#333333",
            markeredgewidth=1.3,
            clip_on=False,
            transform=transform,
            zorder=5,
        )


def _legend_handles(dated: Sequence[tuple[When, Event]]) -> list:
    """One entry for every kind of mark the chart draws, drawn the same way."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = []
    for status, colour, marker in (
        ("past", PAST_COLOUR, "o"),
        ("planned", PLANNED_COLOUR, "D"),
    ):
        kinds = {when.precision == "day" for when, e in dated if e.status == status}
        if True in kinds:
            handles.append(
                Line2D([], [], marker=marker, color=colour, markersize=8, linestyle="none",
                       label=f"{status}: a known day")
            )  # fmt: skip
        if False in kinds:
            bar = Patch(facecolor=colour, alpha=0.35, edgecolor="none")
            hollow = Line2D([], [], marker=marker, color=colour, markerfacecolor="white",
                            markersize=8, markeredgewidth=1.5, linestyle="none")  # fmt: skip
            handles.append(((bar, hollow), f"{status}: \u2248 only the {_units(dated, status)}"))
    return handles


def _units(dated: Sequence[tuple[When, Event]], status: str) -> str:
    """What the hollow marks of one status stand for: "month or year", "week, month or year"."""
    found = {
        "week" if when.week is not None else when.precision
        for when, event in dated
        if event.status == status and when.precision != "day"
    }
    units = [unit for unit in ("week", "month", "year") if unit in found or unit != "week"]
    return ", ".join(units[:-1]) + " or " + units[-1]


def plot_timeline(events: Iterable[Event], ax: Axes | None = None) -> Figure:
    """A timeline chart for a memo: one marker per dated event, labels that do not overlap.

    Where the dates bunch up the axis breaks into panels, each on its own scale
    (:func:`timeline_panels`). Past events are blue circles, planned ones vermilion diamonds
    (Okabe-Ito colours); an event known only to the month or year is a pale bar over that
    month or year with a hollow marker, and its date starts with "≈". Labels are 10 points.

    Returns the matplotlib Figure, which describes itself (:func:`describe_timeline`): in a
    notebook that sentence is the chart's text alternative. With ``ax`` the chart is drawn in
    those axes (and, when they are alone in their figure, the figure is sized to fit).
    """
    from lessons.figures import describe, new_figure

    events = list(events)
    description = describe_timeline(events)
    if ax is None:
        figure = new_figure(WIDTH, 4, description)
        ax = figure.add_axes((0, 0, 1, 1))
    figure = describe(ax.figure, description)
    alone = figure.axes == [ax]
    ax.set_axis_off()
    dated = by_date(events)
    undated = len(events) - len(dated)
    title = "Timeline of the story"
    if undated:
        title += (
            f" ({undated} time expression{'s' if undated > 1 else ''} without a date not shown)"
        )
    if not dated:
        if alone:
            figure.set_size_inches(figure.get_size_inches()[0], 1.6)
            ax.set_position((0.02, 0.05, 0.96, 0.6))
        ax.set_title(title, loc="left", fontsize=12)
        ax.text(0.5, 0.4, "No dated events", ha="center", va="center", fontsize=LABEL_SIZE,
                transform=ax.transAxes)  # fmt: skip
        return figure
    if alone:
        ax.set_position((0.03, 0.3, 0.94, 0.5))
    width = figure.get_size_inches()[0] * ax.get_position().width
    panels = timeline_panels(events, width)
    shares = _panel_inches(panels, 1 - _GAP * (len(panels) - 1))
    texts = []
    left = 0.0
    for number, (panel, share) in enumerate(zip(panels, shares, strict=True)):
        axes = ax.inset_axes((left, 0, share, 1))
        left += share + _GAP
        texts += _draw_panel(axes, panel, share * width)
        if number:
            _break_marks(axes, "left")
        if number < len(panels) - 1:
            _break_marks(axes, "right")
    _fit(figure, ax, _stagger(figure, ax, texts), alone)
    ax.set_title(title, loc="left", fontsize=12, pad=10)
    handles = _legend_handles(dated)
    from matplotlib.legend_handler import HandlerTuple

    ax.legend(
        handles=[h[0] if isinstance(h, tuple) else h for h in handles],
        labels=[h[1] if isinstance(h, tuple) else h.get_label() for h in handles],
        handler_map={tuple: HandlerTuple(ndivide=1)},
        loc="upper left",
        bbox_to_anchor=(0, -0.55 / (figure.get_size_inches()[1] * ax.get_position().height)),
        ncols=2,
        frameon=False,
        fontsize=LABEL_SIZE,
        handlelength=2.4,
    )
    return figure


def _draw_panel(axes: Axes, panel: Panel, inches: float) -> list:
    """The panel's line, marks and date axis; returns its labels (placed later)."""
    limits = (panel.first, panel.last)
    axes.set_xlim(*limits)
    axes.set_yticks([])
    for side in ("left", "right", "top"):
        axes.spines[side].set_visible(False)
    axes.set_facecolor("none")
    axes.axhline(0, color=BASELINE_COLOUR, linewidth=1, zorder=1)
    dates = {str(when): when for when, _ in panel.events}
    if len(dates) == 1:  # one date: one tick, under it
        when = next(iter(dates.values()))
        ticks, labels = [_position(when)], [date_text(when).removeprefix("\u2248 ")]
    else:
        ticks, labels = _ticks(panel.first, panel.last, inches)
    if not ticks:  # a narrow panel: one tick, under its first date
        when = panel.events[0][0]
        ticks, labels = [_position(when)], [date_text(when).removeprefix("\u2248 ")]
    axes.set_xticks(ticks, labels, fontsize=LABEL_SIZE)
    axes.grid(axis="x", color="#E5E5E5", linewidth=0.8, zorder=0)
    groups: dict[str, list[tuple[When, Event]]] = {}
    for when, event in panel.events:
        _draw_event(axes, when, event, limits)
        groups.setdefault(when.period or str(when), []).append((when, event))
    texts = []
    for group in groups.values():
        x = _position(group[0][0])
        text = axes.text(
            x, 0, _label(group), fontsize=LABEL_SIZE, ha="center", va="bottom",
            multialignment="left", linespacing=1.25, zorder=4, clip_on=False,
        )  # fmt: skip
        texts.append((axes, x, _colour(group), text))
    return texts


def _stagger(figure: Figure, host: Axes, texts: list) -> list[tuple]:
    """Put labels on rows above and below the line so that no two overlap.

    Each label takes the first row (1, -1, 2, -2, ...) where it clears the labels already
    there and the stems that cross that row, measured in pixels as drawn; a stem will join it
    to its marker. Returns (panel, x, colour, label, row, height in pixels) for every label.
    """
    renderer = figure.canvas.get_renderer()
    frame = host.get_window_extent(renderer)
    taken: dict[int, list[tuple[float, float]]] = {}
    placed = []
    for axes, x, colour, text in sorted(texts, key=lambda t: t[3].get_window_extent(renderer).x0):
        box = text.get_window_extent(renderer)
        middle = (box.x0 + box.x1) / 2
        left, right = box.x0 - 6, box.x1 + 6
        if left < frame.x0:
            text.set_horizontalalignment("left")
            left, right = middle - 6, middle + box.width + 6
        elif right > frame.x1:
            text.set_horizontalalignment("right")
            left, right = middle - box.width - 6, middle + 6
        stem = (middle - 3, middle + 3)
        row = _row(taken, (left, right), stem, tries=2 * len(texts) + 2)
        taken.setdefault(row, []).append((left, right))
        step = 1 if row > 0 else -1
        for lower in range(step, row, step):  # the stem crosses the rows below its label
            taken.setdefault(lower, []).append(stem)
        placed.append((axes, x, colour, text, row, box.height))
    return placed


def _row(taken: dict, box: tuple[float, float], stem: tuple[float, float], tries: int) -> int:
    """The first row (1, -1, 2, -2, ...) free for ``box`` and its stem; if the stems leave
    no row free in ``tries``, the first row free for the box alone."""
    for crossing in (stem, None):
        row = 1
        for _ in range(tries):
            if _free(taken, row, box, crossing):
                return row
            row = -row if row > 0 else -row + 1
    return row


def _free(taken: dict, row: int, box: tuple[float, float], stem: tuple | None) -> bool:
    """True when ``box`` fits on ``row`` and the stem up to it (if given) crosses no label."""
    if any(a < box[1] and box[0] < b for a, b in taken.get(row, [])):
        return False
    if stem is None:
        return True
    step = 1 if row > 0 else -1
    return not any(
        a < stem[1] and stem[0] < b
        for lower in range(step, row, step)
        for a, b in taken.get(lower, [])
    )


def _fit(figure: Figure, host: Axes, placed: list[tuple], alone: bool) -> None:
    """Stack the rows, give the panels the height they need and draw the stems.

    The panels' y axis counts pixels from the line, so a row sits just clear of the one below.
    """
    heights: dict[int, float] = {}
    for *_, row, height in placed:
        heights[row] = max(heights.get(row, 0.0), height)
    edges: dict[int, float] = {}  # row -> distance of its labels from the line, in pixels
    for sign in (1, -1):
        distance, row = 16.0, sign
        while row in heights:
            edges[row] = distance
            distance += heights[row] + 12
            row += sign
    above = max((edges[r] + heights[r] for r in edges if r > 0), default=24.0) + 4
    below = max((edges[r] + heights[r] for r in edges if r < 0), default=24.0) + 4
    if alone:
        inches = (above + below) / figure.dpi
        top, bottom = 0.55, 1.3  # the title; the dates and the key
        total = inches + top + bottom
        figure.set_size_inches(figure.get_size_inches()[0], total)
        host.set_position((0.03, bottom / total, 0.94, inches / total))
    for axes in host.child_axes:
        axes.set_ylim(-below, above)
    for axes, x, colour, text, row, _ in placed:
        y = edges[row] if row > 0 else -edges[row]
        text.set_y(y)
        text.set_verticalalignment("bottom" if row > 0 else "top")
        axes.plot([x, x], [0, y], color=colour, linewidth=0.9, alpha=0.7, zorder=1)
