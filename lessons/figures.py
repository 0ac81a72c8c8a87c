"""Charts that say what they show: a Figure whose text alternative is its description.

A notebook keeps every chart twice: as a picture (``image/png``) and as a line of plain text
(``text/plain``), which is what a screen reader, a text-only viewer, a diff or nbval reads.
matplotlib's own line is ``<Figure size 1100x500 with 1 Axes>``; the kit's charts say what
they show instead ("Timeline of the story: 10 dated events from ..."):

* :func:`new_figure` makes a :class:`DescribedFigure` (with pyplot, so a notebook shows it as
  usual), whose ``repr`` is its description;
* :func:`describe` gives any Figure its description, also one made by the caller (a chart
  drawn on ``ax=`` someone else's axes): in IPython (JupyterLab, Voila, nbconvert, nbval) the
  figure's ``text/plain`` is then the description.

This module imports matplotlib: import it inside the function that draws a chart.

>>> figure = new_figure(4, 3, "Bar chart: 3 words; the most frequent is 'mines' (5 uses).")
>>> figure
Bar chart: 3 words; the most frequent is 'mines' (5 uses).
>>> import matplotlib.pyplot as plt
>>> plt.close(figure)
"""

from __future__ import annotations

from matplotlib.figure import Figure


class DescribedFigure(Figure):
    """A matplotlib Figure that carries a one-sentence description of what it shows.

    ``repr(figure)`` is that description, so it is the text a notebook saves beside the PNG.
    """

    description: str = ""

    def __repr__(self) -> str:
        return self.description or super().__repr__()


def new_figure(width: float, height: float, description: str = "") -> DescribedFigure:
    """A pyplot figure of ``width`` x ``height`` inches that describes itself."""
    import matplotlib.pyplot as plt

    figure = plt.figure(figsize=(width, height), FigureClass=DescribedFigure)
    describe(figure, description)
    return figure


def describe(figure: Figure, description: str) -> Figure:
    """Give ``figure`` its description (its text alternative in a notebook); returns it."""
    figure.description = description
    _describe_figures_in_ipython()
    return figure


def description_of(figure: Figure) -> str:
    """The description a Figure was given, or matplotlib's ``<Figure ...>`` line."""
    return getattr(figure, "description", "") or Figure.__repr__(figure)


def _describe_figures_in_ipython() -> None:
    """In IPython, show every described Figure's description as its ``text/plain``.

    A figure drawn on axes the caller made is a plain Figure, whose ``repr`` matplotlib
    writes; this printer reads its description instead (and leaves other figures alone).
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        return
    shell = get_ipython()
    if shell is None:
        return
    plain = shell.display_formatter.formatters["text/plain"]
    plain.for_type(Figure, _print_description)


def _print_description(figure: Figure, printer, cycle: bool) -> None:  # noqa: ANN001
    printer.text(description_of(figure))
