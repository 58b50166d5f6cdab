"""Charts as small functions: each takes data (numbers, lists or a DataFrame) and returns a matplotlib
Figure. Nothing here computes an exercise's answer: the notebook prepares the data.

One module per topic (``course.charts.dynamodb``, ...); ``new_figure`` gives them a common look.
matplotlib is imported only when a chart is drawn, and no chart is drawn while nbgrader autogrades
(``@chart``): no test reads a picture, and importing matplotlib and drawing were a quarter of the
CPU time grading a submission took.
"""
from __future__ import annotations

from functools import lru_cache, wraps

NOT_DRAWN = "*(chart not drawn while grading: run the notebook to see it)*"


def _autograding() -> bool:
    import os

    return os.environ.get("NBGRADER_EXECUTION") == "autograde"


@lru_cache(maxsize=None)
def _figure_class():
    from io import BytesIO

    from matplotlib.figure import Figure

    class CourseFigure(Figure):
        """A Figure that shows itself as a PNG in Jupyter without pyplot; not drawn while nbgrader autogrades
        (no test reads a picture, and drawing was about a third of grading a week's notebook)."""

        def _repr_png_(self):
            if _autograding():
                return None
            buffer = BytesIO()
            self.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
            return buffer.getvalue()

        def _repr_markdown_(self):
            return NOT_DRAWN if _autograding() else None

    return CourseFigure


class NotDrawn:
    """What a chart function returns while nbgrader autogrades: a note in place of the picture."""

    def __init__(self, name: str):
        self.name = name

    def _repr_markdown_(self):
        return NOT_DRAWN

    def __repr__(self):
        return f"<chart {self.name}: not drawn while grading>"


def chart(draw):
    """Mark a chart function: while nbgrader autogrades it returns ``NotDrawn`` without drawing (and
    without importing matplotlib); otherwise it draws and returns its Figure."""

    @wraps(draw)
    def drawn_unless_grading(*args, **kwargs):
        if _autograding():
            return NotDrawn(draw.__name__)
        return draw(*args, **kwargs)

    return drawn_unless_grading


def new_figure(title: str, xlabel: str, ylabel: str, *, width: float = 7.5, height: float = 4.2):
    """A Figure with one Axes, titled and labelled in the course's style."""
    fig = _figure_class()(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title, fontsize=12, loc="left")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(True, alpha=0.3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig


def source_note(fig, text: str):
    """Print a data source under the chart (prices and limits always say where they come from) and
    return the figure, so a chart function can end with ``return source_note(fig, source)``."""
    if text:
        fig.text(0.01, -0.02, text, fontsize=9, color="0.2", ha="left", va="top", wrap=True)
    return fig
