"""Charts for Week 3 (build something serverless). Each function only draws the data it is given and
returns a Figure; the notebook computes every number (from ``course.facts``) before calling it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import chart, new_figure, source_note

_HATCHES = ("", "//", "..", "xx")
_LINES = ("-", "--", ":", "-.")


def _money(value: float) -> str:
    if value >= 100:
        return f"${value:,.0f}"
    if value >= 1:
        return f"${value:,.2f}"
    return f"${value:.3f}"


@chart
def monthly_cost_by_traffic(levels: Sequence[str], totals: Mapping[str, Sequence[float]], *, source: str = ""):
    """Grouped bars: the app's monthly bill (y, USD, log scale) at each traffic level (x), one bar per API type.

    ``totals`` maps a label ("HTTP API", "REST API") to one total per entry of ``levels``.
    """
    fig = new_figure("Monthly bill of the to-do API at three traffic levels", "traffic", "USD per month (log scale)")
    ax = fig.axes[0]
    width = 0.8 / max(len(totals), 1)
    for i, (label, values) in enumerate(totals.items()):
        if len(values) != len(levels):
            raise ValueError(f"series {label!r} has {len(values)} values for {len(levels)} levels")
        xs = [x + (i - (len(totals) - 1) / 2) * width for x in range(len(levels))]
        bars = ax.bar(xs, list(values), width=width, label=label, hatch=_HATCHES[i % len(_HATCHES)],
                      edgecolor="white")
        for bar, value in zip(bars, values):
            ax.annotate(_money(value), xy=(bar.get_x() + bar.get_width() / 2, value), xytext=(0, 3),
                        textcoords="offset points", ha="center", fontsize=9)
    ax.set_xticks(range(len(levels)), list(levels))
    ax.set_yscale("log")
    ax.legend(frameon=False, loc="upper left")
    return source_note(fig, source)


@chart
def cost_split_by_service(rows: Sequence[str], shares: Mapping[str, Sequence[float]], *, source: str = ""):
    """100 % stacked horizontal bars: each row (a scenario) split by service (``shares`` maps a service to one
    share, 0..1, per row)."""
    fig = new_figure("Where the money goes: share of the bill by service", "share of the monthly bill", "")
    ax = fig.axes[0]
    left = [0.0] * len(rows)
    for i, (service, values) in enumerate(shares.items()):
        if len(values) != len(rows):
            raise ValueError(f"service {service!r} has {len(values)} values for {len(rows)} rows")
        pct = [100 * v for v in values]
        ax.barh(list(rows), pct, left=left, label=service, edgecolor="white")
        for y, (start, width) in enumerate(zip(left, pct)):
            if width >= 8:
                ax.text(start + width / 2, y, f"{width:.0f} %", ha="center", va="center", fontsize=9, color="white")
        left = [a + b for a, b in zip(left, pct)]
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0f} %")
    ax.invert_yaxis()
    ax.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=len(shares), fontsize=9)
    ax.set_title("")
    ax.set_title("Where the money goes: share of the bill by service", fontsize=12, loc="left", pad=28)
    return source_note(fig, source)


@chart
def concurrency_by_traffic(requests_per_second: Sequence[float], series: Mapping[str, Sequence[float]],
                           limit: float, *, source: str = ""):
    """Lines: concurrent executions needed (y) against requests per second (x), one line per function
    duration, with the account's concurrency limit drawn."""
    fig = new_figure("Concurrency = requests per second × duration", "requests per second",
                     "concurrent executions needed")
    ax = fig.axes[0]
    for (label, values), style in zip(series.items(), _LINES * 3):
        if len(values) != len(requests_per_second):
            raise ValueError(f"series {label!r} has {len(values)} values for {len(requests_per_second)} rates")
        ax.plot(list(requests_per_second), list(values), linestyle=style, linewidth=2, label=label)
    ax.axhline(limit, color="0.3", linewidth=1.2, linestyle=(0, (2, 2)), label=f"default limit per Region: {limit:,.0f}")
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(0, 0.92))
    return source_note(fig, source)
