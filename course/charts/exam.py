"""Charts of the exam and the question bank."""
from __future__ import annotations

from . import chart, new_figure, source_note


@chart
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


@chart
def bank_coverage(tasks: list[str], single: list[int], multiple: list[int]):
    """Questions per task statement in the bank, single and multiple response stacked."""
    fig = new_figure("The course's question bank by task statement", "task statement", "questions", width=8)
    ax = fig.axes[0]
    ax.bar(tasks, single, label="single response", color="#2a7fbf")
    ax.bar(tasks, multiple, bottom=single, label="multiple response", color="#7fb8e0")
    ax.legend(frameon=False, fontsize=8)
    return fig


PASS_COLOUR, FAIL_COLOUR, LINE_COLOUR = "#2a7fbf", "#e07b39", "0.2"


@chart
def result_breakdown(domains: list[str], domain_scaled: list[int], tasks: list[str], task_correct: list[int],
                     task_asked: list[int], overall: int, pass_mark: int, title: str = "Your result"):
    # domains: labels like "D1 Development" (drawn on two lines)
    """One attempt: scaled score per domain against the pass line (left), share correct per task
    statement with the number asked (right)."""
    fig = new_figure(title, "", "", width=10.5, height=4.4)
    fig.axes[0].remove()  # new_figure's look, two panels
    left, right = fig.add_subplot(1, 2, 1), fig.add_subplot(1, 2, 2)
    left.set_title(f"{title}: scaled {overall} (pass {pass_mark})", fontsize=12, loc="left")
    left.set_ylabel("scaled score (100-1000)")
    bars = left.bar([d.replace(" ", "\n", 1) for d in domains], [v - 100 for v in domain_scaled], bottom=100,
                    color=[PASS_COLOUR if v >= pass_mark else FAIL_COLOUR for v in domain_scaled])
    for bar, value in zip(bars, domain_scaled):  # the value on every bar, so a 100 (none right) still shows
        left.text(bar.get_x() + bar.get_width() / 2, min(value, 940) + 15, str(value), ha="center", fontsize=9)
    left.axhline(pass_mark, color=LINE_COLOUR, linestyle="--", linewidth=1)
    left.text(len(domains) - 0.5, pass_mark + 12, f"pass {pass_mark}", ha="right", fontsize=9)
    left.set_ylim(100, 1000)
    shares = [100 * c / n if n else 0 for c, n in zip(task_correct, task_asked)]
    right.barh(tasks, shares, color=[PASS_COLOUR if s >= 69 else FAIL_COLOUR for s in shares])
    for y, (c, n) in enumerate(zip(task_correct, task_asked)):
        right.text(min(101, 100 * c / n + 1 if n else 1), y, f"{c}/{n}", va="center", fontsize=8)
    right.invert_yaxis()
    right.set_xlim(0, 112)
    right.set_xlabel("% correct per task statement")
    right.set_title("by task statement", fontsize=11, loc="left")
    for ax in (left, right):
        ax.grid(True, alpha=0.3)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    return source_note(fig, "Scaled = 100 + 900 x fraction correct (a linear estimate; AWS does not publish its "
                            "scaling). Orange: below the pass line. Pass mark: fact exam.pass_mark.")


@chart
def score_trend(labels: list[str], scaled: list[int], domains: dict[str, list], pass_mark: int):
    """Scaled score over attempts (thick line) and each domain's share correct (thin lines, scaled the
    same way), against the pass line."""
    fig = new_figure("Your attempts", "attempt", "scaled score (100-1000)", width=9, height=4.2)
    ax = fig.axes[0]
    x = list(range(1, len(labels) + 1))
    for name, shares in domains.items():
        points = [(i, 100 + 900 * s) for i, s in zip(x, shares) if s is not None]
        if points:
            ax.plot(*zip(*points), marker=".", linewidth=1, alpha=0.7, label=name)
    ax.plot(x, scaled, marker="o", linewidth=2.5, color="black", label="overall")
    ax.axhline(pass_mark, color=LINE_COLOUR, linestyle="--", linewidth=1)
    ax.text(x[-1] if x else 1, pass_mark + 12, f"pass {pass_mark}", ha="right", fontsize=9)
    ax.set_xticks(x, [str(i) for i in x])
    ax.set_ylim(100, 1000)
    ax.legend(frameon=False, fontsize=8, loc="lower left", ncols=5)
    return source_note(fig, "From your saved attempts (my-work/.exam-history). Domains: share correct on the same "
                            "100-1000 line.")
