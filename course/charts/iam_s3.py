"""Charts for Week 1 (IAM, EC2/ECS, S3). Each function only draws the data it is given and returns a Figure;
the notebook computes every number (from ``course.facts``) before calling it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import chart, new_figure, source_note

_STYLES = ("-", "--", ":", "-.")


@chart
def request_rate_by_prefixes(prefixes: Sequence[int], series: Mapping[str, Sequence[float]], *,
                             ceiling: float | None = None, ceiling_label: str = "", source: str = ""):
    """Requests per second (y) that a bucket supports at least, against the number of prefixes (x).

    ``series`` maps a label ("GET/HEAD", ...) to one rate per entry of ``prefixes``. ``ceiling`` draws a
    horizontal line for another limit that does not grow with prefixes (a KMS quota, say).
    """
    fig = new_figure("More prefixes, more requests per second", "number of prefixes the traffic is spread over",
                     "requests per second (at least)")
    ax = fig.axes[0]
    for (label, values), style in zip(series.items(), _STYLES * 3):
        if len(values) != len(prefixes):
            raise ValueError(f"series {label!r} has {len(values)} values for {len(prefixes)} prefixes")
        ax.plot(list(prefixes), list(values), linestyle=style, marker="o", markersize=3, linewidth=1.8, label=label)
    if ceiling is not None:
        ax.axhline(ceiling, color="tab:red", linewidth=1.2, linestyle="--", label=ceiling_label or f"{ceiling:,.0f}/s")
    ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:,.0f}")
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False, loc="upper left")
    return source_note(fig, source)


@chart
def monthly_cost_by_object_count(object_counts: Sequence[float], series: Mapping[str, Sequence[float]], *,
                                 source: str = ""):
    """Monthly S3 cost in USD (y, log) against the number of objects stored (x, log), one line per object size."""
    fig = new_figure("S3 Standard: what a month costs (storage + one upload per object)",
                     "objects stored (log scale)", "USD per month (log scale)")
    ax = fig.axes[0]
    for (label, values), style in zip(series.items(), _STYLES * 3):
        if len(values) != len(object_counts):
            raise ValueError(f"series {label!r} has {len(values)} values for {len(object_counts)} counts")
        ax.plot(list(object_counts), list(values), linestyle=style, linewidth=2, label=label)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.xaxis.set_major_formatter(lambda v, _pos: f"{v:,.0f}")
    ax.yaxis.set_major_formatter(lambda v, _pos: f"${v:,.2f}" if v < 1 else f"${v:,.0f}")
    ax.legend(frameon=False, loc="upper left", title="average object size")
    return source_note(fig, source)


@chart
def parts_by_part_size(part_sizes_mib: Sequence[float], series: Mapping[str, Sequence[float]], *,
                       max_parts: float, source: str = ""):
    """Number of parts (y, log) against the part size (x, MiB, log), one line per object size, with the parts limit."""
    fig = new_figure("Multipart upload: bigger objects need bigger parts", "part size (MiB, log scale)",
                     "parts needed (log scale)")
    ax = fig.axes[0]
    for (label, values), style in zip(series.items(), _STYLES * 3):
        if len(values) != len(part_sizes_mib):
            raise ValueError(f"series {label!r} has {len(values)} values for {len(part_sizes_mib)} part sizes")
        ax.plot(list(part_sizes_mib), list(values), linestyle=style, linewidth=2, label=label)
    ax.axhline(max_parts, color="0.3", linewidth=1.2, linestyle=(0, (2, 2)), label=f"limit: {max_parts:,.0f} parts")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.xaxis.set_major_formatter(lambda v, _pos: f"{v:,.0f}")
    ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:,.0f}")
    ax.legend(frameon=False, loc="lower left", title="object size")
    return source_note(fig, source)
