"""Charts for the notebook: how often each entity is named, and who is named with whom.

Colours follow the Okabe-Ito palette, which readers with any common kind of colour blindness
can tell apart; each chart returns its matplotlib Figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessons.article import Article
from lessons.entities.entity import Entity
from lessons.entities.tables import cooccurrence_matrix

TYPE_COLOURS = {
    "PERSON": "#0072B2",
    "ORGANIZATION": "#E69F00",
    "GPE": "#009E73",
    "LOCATION": "#56B4E9",
    "FACILITY": "#CC79A7",
    "OTHER": "#999999",
}


def plot_entity_counts(entities: Sequence[Entity], top: int = 15, title: str = ""):  # noqa: ANN201
    """Horizontal bars: how often each entity is mentioned, coloured by type; the Figure."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    chosen = sorted(entities, key=lambda e: (-e.count, e.text))[:top][::-1]
    figure, axes = plt.subplots(figsize=(7.5, 0.34 * len(chosen) + 1.4))
    axes.barh(
        [e.text for e in chosen],
        [e.count for e in chosen],
        color=[TYPE_COLOURS.get(e.type, "#999999") for e in chosen],
    )
    axes.set_xlabel("mentions in the article")
    axes.set_title(title or "Who and what the story names most")
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.spines[["top", "right"]].set_visible(False)
    kinds = [k for k in TYPE_COLOURS if any(e.type == k for e in chosen)]
    axes.legend(
        handles=[Patch(color=TYPE_COLOURS[k], label=k) for k in kinds],
        loc="lower right",
        frameon=False,
    )
    figure.tight_layout()
    return figure


def plot_cooccurrence(  # noqa: ANN201
    article: Article, entities: Sequence[Entity] | None = None, top: int = 10
):
    """A labelled heat map of which entities are named in the same sentences; the Figure."""
    import matplotlib.pyplot as plt

    names, matrix = cooccurrence_matrix(article, entities, top)
    size = max(len(names), 1)
    figure, axes = plt.subplots(figsize=(0.55 * size + 3.2, 0.5 * size + 2.2))
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
