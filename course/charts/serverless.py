"""Charts for Week 2 (Serverless: Lambda and API Gateway). Each function only draws the data it is given and
returns a Figure; the notebook computes every number (from ``course.facts``) before calling it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import chart, new_figure, source_note

_STYLES = ("-", "--", ":", "-.")


@chart
def cost_by_duration(durations_ms: Sequence[float], series: Mapping[str, Sequence[float]], *,
                     ylabel: str = "USD per month", title: str = "", source: str = ""):
    """Lines of monthly cost (y) against average duration (x, ms), one line per memory setting (or any label)."""
    fig = new_figure(title or "Lambda cost grows with memory x duration", "average duration (ms)", ylabel)
    ax = fig.axes[0]
    for (label, values), style in zip(series.items(), _STYLES * 4):
        if len(values) != len(durations_ms):
            raise ValueError(f"series {label!r} has {len(values)} values for {len(durations_ms)} durations")
        ax.plot(list(durations_ms), list(values), linestyle=style, linewidth=1.8, label=label)
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_formatter(lambda v, _pos: f"${v:,.0f}")
    ax.legend(frameon=False, loc="upper left")
    return source_note(fig, source)


@chart
def power_tuning(memory_mb: Sequence[float], duration_ms: Sequence[float], cost: Mapping[str, Sequence[float]], *,
                 cost_label: str = "USD per 1M invocations", source: str = ""):
    """Duration (left axis, bars) and cost per architecture (right axis, lines) against the memory setting.
    The title states what the data shows: how much faster the largest setting is, and how the cost moved."""
    fig = new_figure(power_tuning_title(duration_ms, cost), "memory (MB)", "average duration (ms)")
    ax = fig.axes[0]
    positions = list(range(len(memory_mb)))
    ax.bar(positions, list(duration_ms), color="0.8", label="duration (bars, left axis)")
    ax.set_xticks(positions, [f"{m:,.0f}" for m in memory_mb])
    right = ax.twinx()
    for (label, values), style in zip(cost.items(), _STYLES * 4):
        right.plot(positions, list(values), marker="o", linestyle=style, linewidth=1.8,
                   label=f"{label} cost (lines, right axis)")
    right.set_ylabel(cost_label)
    right.set_ylim(bottom=0)
    right.spines["top"].set_visible(False)
    bars, bar_labels = ax.get_legend_handles_labels()
    lines, line_labels = right.get_legend_handles_labels()
    right.legend(bars + lines, bar_labels + line_labels, frameon=False, loc="center right")
    return source_note(fig, source)


def power_tuning_title(duration_ms: Sequence[float], cost: Mapping[str, Sequence[float]]) -> str:
    """'More memory: 10x faster, for 28-29% more money' (or '... and cheaper'), read from the data."""
    durations = list(duration_ms)
    speedup = durations[0] / durations[-1]
    changes = [values[-1] / values[0] - 1 for values in cost.values()]
    low, high = min(changes), max(changes)
    if high <= 0:
        money = "and cheaper"
    elif low >= 0:
        spread = f"{low:.0%}" if round(low, 2) == round(high, 2) else f"{low:.0%}-{high:.0%}"
        money = f"for {spread} more money"
    else:
        money = "cheaper on one architecture, dearer on another"
    return f"More memory: {speedup:.0f}x faster, {money}"


@chart
def concurrency_vs_traffic(seconds: Sequence[float], needed: Sequence[float], available: Sequence[float], *,
                           limit: float | None = None, source: str = ""):
    """Concurrency a traffic burst needs (y) and what scaling allows (step line), over time (x, seconds)."""
    fig = new_figure("A burst meets the scaling rate: the gap is throttled", "seconds since the burst started",
                     "concurrent executions")
    ax = fig.axes[0]
    x, need, have = list(seconds), list(needed), list(available)
    ax.plot(x, need, linewidth=2, label="needed (requests/s x duration)")
    ax.step(x, have, where="post", linewidth=2, linestyle="--", label="available (scaling rate)")
    ax.fill_between(x, have, need, where=[n > a for n, a in zip(need, have)], step="post", alpha=0.25,
                    color="tab:red", label="throttled")
    if limit is not None:
        ax.axhline(limit, color="0.3", linewidth=1, linestyle=":", label=f"concurrency limit {limit:,.0f}")
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False, loc="lower right")
    return source_note(fig, source)


@chart
def api_cost_by_requests(requests_millions: Sequence[float], series: Mapping[str, Sequence[float]], *,
                         source: str = ""):
    """Monthly cost (y) of each API type against monthly requests (x, millions)."""
    fig = new_figure("REST or HTTP API: the request price", "requests per month (millions)", "USD per month")
    ax = fig.axes[0]
    for (label, values), style in zip(series.items(), _STYLES * 3):
        ax.plot(list(requests_millions), list(values), linestyle=style, linewidth=2, label=label)
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_formatter(lambda v, _pos: f"${v:,.0f}")
    ax.legend(frameon=False, loc="upper left")
    return source_note(fig, source)
