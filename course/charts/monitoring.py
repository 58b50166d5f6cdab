"""Charts for Week 7 (advanced IAM and monitoring). Each function only draws the data it is given and returns a
Figure; the notebook computes every number (from ``course.facts``) before calling it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import chart, new_figure, source_note

_STYLES = ("-", "--", ":", "-.")
_STATE_COLOURS = {"OK": "tab:green", "ALARM": "tab:red", "INSUFFICIENT_DATA": "0.6"}


@chart
def custom_metric_cost(labels: Sequence[str], metric_counts: Sequence[int], monthly_usd: Sequence[float], *,
                       source: str = ""):
    """Bars of the monthly cost of one custom metric name published with different dimension choices.

    ``metric_counts`` (how many distinct metrics each choice creates) is written on each bar.
    """
    if not len(labels) == len(metric_counts) == len(monthly_usd):
        raise ValueError("labels, metric_counts and monthly_usd must have the same length")
    fig = new_figure("Every combination of dimension values is a metric you pay for",
                     "dimensions published with the metric", "USD per month (log scale)")
    ax = fig.axes[0]
    bars = ax.bar(list(labels), list(monthly_usd), color="tab:blue")
    ax.set_yscale("log")
    for bar, count in zip(bars, metric_counts):
        ax.annotate(f"{count:,} metric{'s' if count != 1 else ''}", xy=(bar.get_x() + bar.get_width() / 2,
                    bar.get_height()), xytext=(0, 3), textcoords="offset points", ha="center", fontsize=9)
    ax.tick_params(axis="x", labelrotation=15)
    return source_note(fig, source)


@chart
def alarm_timeline(minutes: Sequence[float], values: Sequence[float | None], threshold: float,
                   states: Sequence[str], *, title: str = "An alarm needs M breaching points out of N",
                   source: str = ""):
    """The metric (points, None = missing) against the threshold, with the alarm state shaded per period."""
    if not len(minutes) == len(values) == len(states):
        raise ValueError("minutes, values and states must have the same length")
    fig = new_figure(title, "minute", "metric value")
    ax = fig.axes[0]
    present = [(m, v) for m, v in zip(minutes, values) if v is not None]
    ax.plot([m for m, _ in present], [v for _, v in present], marker="o", linewidth=1.2, label="data point")
    missing = [m for m, v in zip(minutes, values) if v is None]
    if missing:
        ax.plot(missing, [threshold] * len(missing), linestyle="none", marker="x", color="0.3",
                label="missing data point")
    ax.axhline(threshold, color="0.3", linestyle="--", linewidth=1, label="threshold")
    step = (minutes[1] - minutes[0]) if len(minutes) > 1 else 1
    seen = set()
    for m, state in zip(minutes, states):
        label = state if state not in seen else None
        seen.add(state)
        ax.axvspan(m - step / 2, m + step / 2, color=_STATE_COLOURS.get(state, "0.8"), alpha=0.18, linewidth=0,
                   label=label)
    top = max([v for v in values if v is not None] + [threshold])
    ax.set_ylim(top=top * 1.4)  # room for the legend above the data
    ax.legend(frameon=False, fontsize=9, loc="upper left", ncols=3)
    return source_note(fig, source)


@chart
def latency_percentiles(bin_labels: Sequence[str], series: Mapping[str, Sequence[float]], *,
                        title: str = "Averages hide the slow requests: percentiles per 5 minutes",
                        source: str = ""):
    """Lines of latency percentiles (y, ms) per time bin (x), one line per statistic ("p50", "p99", ...)."""
    fig = new_figure(title, "time bin", "duration (ms)")
    ax = fig.axes[0]
    x = list(range(len(bin_labels)))
    for (label, values), style in zip(series.items(), _STYLES * 3):
        if len(values) != len(bin_labels):
            raise ValueError(f"series {label!r} has {len(values)} values for {len(bin_labels)} bins")
        ax.plot(x, list(values), linestyle=style, marker="o", linewidth=1.8, label=label)
    ax.set_xticks(x, list(bin_labels))
    ax.tick_params(axis="x", labelrotation=45)
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False)
    return source_note(fig, source)


@chart
def xray_cost_by_traffic(requests_per_second: Sequence[float], monthly_usd: Mapping[str, Sequence[float]], *,
                         source: str = ""):
    """Monthly X-Ray recording cost (y) against steady traffic (x, requests per second), one line per sampling."""
    fig = new_figure("Sampling keeps tracing affordable", "requests per second (log scale)",
                     "USD per month for recorded traces")
    ax = fig.axes[0]
    for (label, values), style in zip(monthly_usd.items(), _STYLES * 3):
        if len(values) != len(requests_per_second):
            raise ValueError(f"series {label!r} has {len(values)} values for {len(requests_per_second)} rates")
        ax.plot(list(requests_per_second), list(values), linestyle=style, linewidth=2, label=label)
    ax.set_xscale("log")
    ax.set_yscale("symlog", linthresh=1)
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False, loc="upper left")
    return source_note(fig, source)
