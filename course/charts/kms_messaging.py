"""Charts for Week 5 (KMS, SQS, SNS, Kinesis). Each function only draws the data it is given and returns a
Figure; the notebook computes every number (from ``course.facts``) before calling it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import chart, new_figure, source_note

_STYLES = ("-", "--", ":", "-.")


@chart
def shards_vs_throughput(write_mb_per_s: Sequence[float], shards: Mapping[str, Sequence[float]], *,
                         source: str = ""):
    """Step lines: provisioned shards needed (y) against the write throughput of a stream (x, MiB/s),
    one line per number of consumers (``shards`` maps a label to one value per entry of ``write_mb_per_s``)."""
    fig = new_figure("Shards needed: the writes set the count, until the consumers' reads need more",
                     "data written to the stream (MiB per second)", "shards needed")
    ax = fig.axes[0]
    merged: dict[tuple, list[str]] = {}  # series with the same values are one line ("1 or 2 consumers")
    for label, values in shards.items():
        if len(values) != len(write_mb_per_s):
            raise ValueError(f"series {label!r} has {len(values)} values for {len(write_mb_per_s)} throughputs")
        merged.setdefault(tuple(values), []).append(label)
    for (values, labels), style in zip(merged.items(), _STYLES * 3):
        label = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]
        ax.step(list(write_mb_per_s), list(values), where="post", linestyle=style, linewidth=1.8, label=label)
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False, loc="upper left")
    return source_note(fig, source)


@chart
def polling_cost(messages_per_second: Sequence[float], short_usd: Sequence[float], long_usd: Sequence[float], *,
                 short_label: str = "short polling", long_label: str = "long polling", source: str = ""):
    """Monthly receive cost (y) of one consumer against the message rate of its queue (x, log scale)."""
    if not len(messages_per_second) == len(short_usd) == len(long_usd):
        raise ValueError("one cost per message rate is needed for both series")
    fig = new_figure("A quiet queue: short polling pays for empty answers", "messages arriving per second (log scale)",
                     "USD per month (receive requests)")
    ax = fig.axes[0]
    ax.plot(list(messages_per_second), list(short_usd), linewidth=2, label=short_label)
    ax.plot(list(messages_per_second), list(long_usd), linewidth=2, linestyle="--", label=long_label)
    ax.set_xscale("log")
    ax.set_ylim(0, 1.15 * max([*short_usd, *long_usd, 0.01]))
    ax.legend(frameon=False, loc="center left")
    return source_note(fig, source)


@chart
def cost_by_protocol(protocols: Sequence[str], monthly_usd: Sequence[float], *, title: str = "", source: str = ""):
    """Bars: monthly USD of the same notifications delivered through each protocol."""
    if len(protocols) != len(monthly_usd):
        raise ValueError("one cost per protocol is needed")
    fig = new_figure(title or "The same notifications, priced by delivery protocol", "subscription protocol",
                     "USD per month")
    ax = fig.axes[0]
    bars = ax.bar(list(protocols), list(monthly_usd), color="tab:blue")
    for bar, usd in zip(bars, monthly_usd):
        ax.annotate(f"${usd:,.2f}", xy=(bar.get_x() + bar.get_width() / 2, bar.get_height()), xytext=(0, 3),
                    textcoords="offset points", ha="center", fontsize=9, color="0.25")
    ax.set_ylim(bottom=0)
    return source_note(fig, source)
