"""Charts for the notebook: how often each entity is named, and who is named with whom.

Every kind of name has one colour, one hatching and one reader's label, here and only here:
lesson 3's charts, the explorers of lesson 5 and the app all read :data:`TYPE_COLOURS`,
:data:`TYPE_HATCHES` and :data:`TYPE_LABELS` (the explorers' :data:`lessons.explore.STYLES` is
built from them). The colours are the Okabe-Ito palette, which readers with any common kind
of colour blindness can tell apart; the hatching makes the kinds differ in black and white too.

Each chart returns its matplotlib Figure, which describes itself (:func:`describe_entity_counts`,
:func:`describe_cooccurrence`): in a notebook that sentence is the chart's text alternative.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessons.article import Article
from lessons.entities.entity import ENTITY_TYPES, Entity
from lessons.entities.tables import cooccurrence_matrix

TYPE_COLOURS = {
    "PERSON": "#E69F00",
    "ORGANIZATION": "#0072B2",
    "GPE": "#009E73",
    "LOCATION": "#56B4E9",
    "FACILITY": "#CC79A7",
    "OTHER": "#000000",
}
TYPE_HATCHES = {
    "PERSON": "",
    "ORGANIZATION": "///",
    "GPE": "...",
    "LOCATION": "xx",
    "FACILITY": "\\\\",
    "OTHER": "--",
}
TYPE_LABELS = {
    "PERSON": "people",
    "ORGANIZATION": "organisations",
    "GPE": "countries, states, cities",
    "LOCATION": "other places",
    "FACILITY": "buildings, facilities",
    "OTHER": "other names",
}
assert set(TYPE_COLOURS) == set(TYPE_HATCHES) == set(TYPE_LABELS) == set(ENTITY_TYPES)


def type_label(kind: str) -> str:
    """A reader's name for an entity type: ``type_label("GPE")`` is 'countries, states, cities'."""
    return TYPE_LABELS.get(kind, kind.lower())


def _mentions(count: int) -> str:
    return f"{count} mention" + ("" if count == 1 else "s")


def ranked(entities: Sequence[Entity]) -> list[Entity]:
    """Entities most mentioned first, ties in alphabetical order (the order of the bars)."""
    return sorted(entities, key=lambda e: (-e.count, e.text.casefold(), e.text))


def describe_entity_counts(entities: Sequence[Entity], top: int = 15) -> str:
    """One sentence that says what the bar chart of mentions shows (its text alternative).

    >>> from lessons.article import Span
    >>> kyiv = Entity("Kyiv", "GPE", (Span("Kyiv", 0, 4), Span("Kyiv", 9, 13)))
    >>> describe_entity_counts([kyiv])
    'Bar chart: 1 entity; the most frequent is Kyiv (2 mentions).'
    """
    if not entities:
        return "No entities of this kind in the article, so the chart is empty."
    order = ranked(entities)
    best = order[0].count
    leaders = [e.text for e in order if e.count == best]
    shown = (
        f"the {top} most frequent of {len(order)} entities"
        if len(order) > top
        else (f"{len(order)} entit{'y' if len(order) == 1 else 'ies'}")
    )
    if len(leaders) == 1:
        most = f"the most frequent is {leaders[0]} ({_mentions(best)})"
    else:
        names = ", ".join(leaders[:3]) + (
            f" and {len(leaders) - 3} more" if len(leaders) > 3 else ""
        )
        most = f"the most frequent are {names} ({_mentions(best)} each)"
    return f"Bar chart: {shown}; {most}."


def draw_entity_counts(axes, entities: Sequence[Entity], title: str) -> None:  # noqa: ANN001
    """Horizontal bars of mentions on ``axes``, coloured and hatched by kind, with a key."""
    from matplotlib.patches import Patch

    shown = list(reversed(entities))
    axes.barh(
        [e.text for e in shown],
        [e.count for e in shown],
        color=[TYPE_COLOURS.get(e.type, TYPE_COLOURS["OTHER"]) for e in shown],
        edgecolor="#000000",
        linewidth=0.8,
    )
    for bar, entity in zip(axes.patches, shown, strict=True):
        bar.set_hatch(TYPE_HATCHES.get(entity.type, TYPE_HATCHES["OTHER"]))
    kinds = [k for k in ENTITY_TYPES if any(e.type == k for e in entities)]
    axes.legend(
        handles=[
            Patch(
                facecolor=TYPE_COLOURS[k],
                hatch=TYPE_HATCHES[k],
                edgecolor="#000000",
                label=TYPE_LABELS[k],
            )
            for k in kinds
        ],
        loc="lower right",
        frameon=False,
        fontsize=10,
    )
    axes.set_xlabel("mentions in the article", fontsize=10)
    axes.set_title(title, loc="left", fontsize=12)
    axes.tick_params(labelsize=10)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.spines[["top", "right"]].set_visible(False)


def plot_entity_counts(entities: Sequence[Entity], top: int = 15, title: str = ""):  # noqa: ANN201
    """Horizontal bars: how often each entity is mentioned, coloured and hatched by kind.

    Returns the Figure; its text alternative is :func:`describe_entity_counts`.
    """
    from lessons.figures import new_figure

    chosen = ranked(entities)[:top]
    figure = new_figure(7.5, 0.34 * len(chosen) + 1.5, describe_entity_counts(entities, top))
    draw_entity_counts(figure.subplots(), chosen, title or "Who and what the story names most")
    figure.tight_layout()
    return figure


def describe_cooccurrence(names: Sequence[str], matrix: Sequence[Sequence[int]]) -> str:
    """One sentence that says what the heat map of shared sentences shows.

    >>> describe_cooccurrence(["Kyiv", "Laos"], [[0, 2], [2, 0]])
    'Heat map: sentences shared by 2 names; Kyiv and Laos share the most (2 sentences).'
    """
    if not names:
        return "Heat map: no two names share a sentence, so the map is empty."
    peak, a, b = max(
        (matrix[i][j], i, j) for i in range(len(names)) for j in range(i + 1, len(names))
    )
    pair = f"{names[a]} and {names[b]} share the most ({peak} sentence{'' if peak == 1 else 's'})"
    return f"Heat map: sentences shared by {len(names)} names; {pair}."


def plot_cooccurrence(  # noqa: ANN201
    article: Article, entities: Sequence[Entity] | None = None, top: int = 10
):
    """A labelled heat map of which entities are named in the same sentences; the Figure.

    Its text alternative is :func:`describe_cooccurrence`.
    """
    from lessons.figures import new_figure

    names, matrix = cooccurrence_matrix(article, entities, top)
    size = max(len(names), 1)
    figure = new_figure(0.55 * size + 3.2, 0.5 * size + 2.2, describe_cooccurrence(names, matrix))
    axes = figure.subplots()
    image = axes.imshow(matrix, cmap="cividis", vmin=0)
    axes.set_xticks(range(len(names)), names, rotation=45, ha="right")
    axes.set_yticks(range(len(names)), names)
    peak = max((max(row) for row in matrix), default=0)
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            if value:
                colour = "black" if value > peak / 2 else "white"
                axes.text(j, i, str(value), ha="center", va="center", color=colour)
    axes.set_title("Named in the same sentence (number of sentences)")
    bar = figure.colorbar(image, ax=axes, shrink=0.7, label="sentences")
    bar.set_ticks(range(peak + 1))
    figure.tight_layout()
    return figure
