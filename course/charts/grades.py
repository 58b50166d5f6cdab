"""Charts of a class's grades."""
from __future__ import annotations

from . import new_figure

STATUS_COLOURS = {"graded": "#2a7fbf", "needs_manual_grading": "#e0a100", "could_not_grade": "#c0392b",
                  "no_submission": "#999999"}


def score_chart(students: list[str], percents: list[float], statuses: list[str], title: str):
    """Horizontal bars of each student's score in percent, coloured by grading status."""
    fig = new_figure(title, "score (% of points)", "", width=8, height=0.35 * len(students) + 1.6)
    ax = fig.axes[0]
    colours = [STATUS_COLOURS.get(s, "#555555") for s in statuses]
    ax.barh(students, percents, color=colours)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    for status, colour in STATUS_COLOURS.items():
        if status in statuses:
            ax.barh([], [], color=colour, label=status.replace("_", " "))
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    return fig
