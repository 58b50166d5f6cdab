"""Charts for Week 4 (DynamoDB). Each function only draws the data it is given and returns a Figure;
the notebook computes every number (from ``course.facts``) before calling it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import chart, new_figure, source_note

_STYLES = ("-", "--", ":", "-.")


@chart
def capacity_by_item_size(sizes_kb: Sequence[float], series: Mapping[str, Sequence[float]], *,
                          ylabel: str = "capacity units per read", source: str = ""):
    """Step lines: capacity units (y) against item size (x), one line per read mode.

    ``series`` maps a label ("strongly consistent", ...) to one value per entry of ``sizes_kb``.
    """
    fig = new_figure("Capacity units grow in steps, not smoothly", "item size (KB)", ylabel)
    ax = fig.axes[0]
    for (label, values), style in zip(series.items(), _STYLES * 3):
        if len(values) != len(sizes_kb):
            raise ValueError(f"series {label!r} has {len(values)} values for {len(sizes_kb)} sizes")
        ax.step(list(sizes_kb), list(values), where="post", linestyle=style, linewidth=1.8, label=label)
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False)
    return source_note(fig, source)


@chart
def cost_vs_utilisation(utilisation: Sequence[float], on_demand: Sequence[float], provisioned: Sequence[float], *,
                        crossover: float | None = None, capacity_label: str = "", source: str = ""):
    """Monthly cost (y) of one workload against how much of a provisioned capacity it really uses (x, 0..1).

    ``crossover`` (a utilisation, computed by the caller) is marked with a vertical line.
    """
    title = "On-demand or provisioned? It depends on utilisation"
    fig = new_figure(title, "average utilisation of the provisioned capacity", "USD per month")
    ax = fig.axes[0]
    x = [100 * u for u in utilisation]
    ax.plot(x, list(on_demand), linewidth=2, label="on-demand (pay per request)")
    ax.plot(x, list(provisioned), linewidth=2, linestyle="--",
            label=f"provisioned{' (' + capacity_label + ')' if capacity_label else ''}")
    if crossover is not None:
        ax.axvline(100 * crossover, color="0.4", linewidth=1, linestyle=":", label=f"break-even ≈ {100 * crossover:.0f} %")
    ax.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0f} %")
    ax.set_xlim(0, max(x) if x else 100)
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False, loc="upper left")
    return source_note(fig, source)


@chart
def cache_ttl_tradeoff(ttl_seconds: Sequence[float], hit_ratio: Sequence[float], stale_share: Sequence[float], *,
                       source: str = ""):
    """Cache hit ratio and share of stale reads (both 0..1, y) against the cache TTL (x, seconds, log scale)."""
    fig = new_figure("Lazy loading: a longer cache TTL buys hits with stale reads", "cache TTL (seconds, log scale)",
                     "share of reads")
    ax = fig.axes[0]
    ax.plot(list(ttl_seconds), [100 * h for h in hit_ratio], linewidth=2, label="cache hits")
    ax.plot(list(ttl_seconds), [100 * s for s in stale_share], linewidth=2, linestyle="--",
            label="stale reads (hit, but the table changed)")
    ax.set_xscale("log")
    ax.set_ylim(0, 100)
    ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:.0f} %")
    ax.legend(frameon=False, loc="lower right")
    return source_note(fig, source)


@chart
def traffic_by_partition_key(keys: Sequence[str], units_per_second: Sequence[float], limit: float, *,
                             unit: str = "WCU", source: str = ""):
    """Bars of estimated capacity units per second for each partition key, with one partition's limit drawn."""
    fig = new_figure("One partition key cannot use more than one partition", "partition key",
                     f"estimated {unit} per second")
    ax = fig.axes[0]
    positions = range(len(keys))
    over = [(x, u) for x, u in zip(positions, units_per_second) if u > limit]
    within = [(x, u) for x, u in zip(positions, units_per_second) if u <= limit]
    for bars, colour, label in ((within, "tab:blue", "fits in one partition"),
                                (over, "tab:red", "more than one partition can take")):
        if bars:
            ax.bar([x for x, _ in bars], [u for _, u in bars], color=colour, label=label)
    ax.axhline(limit, color="0.3", linestyle="--", linewidth=1, label=f"one partition: {limit:,.0f} {unit}/s")
    ax.set_xticks(list(positions), list(keys))
    ax.tick_params(axis="x", labelrotation=45)
    ax.set_ylim(0, max([*units_per_second, limit]) * 1.25)
    ax.legend(frameon=False, loc="upper right")
    return source_note(fig, source)
