"""Charts of a class's grades."""
from __future__ import annotations

from . import new_figure

STATUS_COLOURS = {"graded": "#2a7fbf", "needs_manual_grading": "#e0a100", "could_not_grade": "#c0392b",
                  "no_submission": "#999999"}


def score_chart(students: list[str], percents: list[float], statuses: list[str], title: str):
    """Horizontal bars of each student's score in percent, coloured by grading status, labelled with the
    value (so a real 0 and "could not grade" both show)."""
    from matplotlib.patches import Patch

    fig = new_figure(title, "score (% of points)", "", width=8, height=0.35 * len(students) + 1.6)
    ax = fig.axes[0]
    colours = [STATUS_COLOURS.get(s, "#555555") for s in statuses]
    ax.barh(students, percents, color=colours)
    for y, (percent, status) in enumerate(zip(percents, statuses)):
        label = f"{percent:.0f} %" + ("  (could not grade)" if status == "could_not_grade" else "")
        ax.text(percent + 1, y, label, va="center", fontsize=8, color=STATUS_COLOURS.get(status, "#555555"))
    ax.invert_yaxis()
    ax.set_xlim(0, 115)
    handles = [Patch(color=c, label=s.replace("_", " ")) for s, c in STATUS_COLOURS.items() if s in statuses]
    ax.legend(handles=handles, loc="lower right", fontsize=8, frameon=False)
    return fig
