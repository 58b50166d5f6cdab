"""Charts of the exam and the question bank."""
from __future__ import annotations

from . import new_figure, source_note


def domain_weights(names: list[str], weights: list[float], questions_per_mock: list[int]):
    """The exam guide's domain weights, with how many of a mock's questions each domain gets."""
    fig = new_figure("DVA-C02: share of scored questions by domain", "", "weight (%)")
    ax = fig.axes[0]
    bars = ax.bar(names, weights, color="#2a7fbf")
    for bar, n in zip(bars, questions_per_mock):
        ax.text(bar.get_x() + bar.get_width() / 2, bar.get_height() + 0.6, f"{n} of a mock", ha="center", fontsize=9)
    ax.set_ylim(0, max(weights) * 1.25)
    source_note(fig, "Weights: facts exam.domain1_weight .. exam.domain4_weight (DVA-C02 exam guide).")
    return fig


def bank_coverage(tasks: list[str], single: list[int], multiple: list[int]):
    """Questions per task statement in the bank, single and multiple response stacked."""
    fig = new_figure("The course's question bank by task statement", "task statement", "questions", width=8)
    ax = fig.axes[0]
    ax.bar(tasks, single, label="single response", color="#2a7fbf")
    ax.bar(tasks, multiple, bottom=single, label="multiple response", color="#7fb8e0")
    ax.legend(frameon=False, fontsize=8)
    return fig
