"""Charts for Week 6 (deployment: Elastic Beanstalk policies, CI/CD). Each function only draws the data it is
given and returns a Figure; the notebook prepares every number (AWS figures from ``course.facts``).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import chart, new_figure, source_note

_STYLES = ("-", "--", ":", "-.")


@chart
def capacity_over_time(phases: Mapping[str, Sequence[tuple[float, float]]], *, fleet: float,
                       source: str = ""):
    """Instances in service (y) against minutes since the deployment started (x), one step line per policy.

    ``phases`` maps a policy label to its phases in order, each ``(duration_minutes, instances_in_service)``.
    ``fleet`` (the environment's normal size) is drawn as a reference line.
    """
    fig = new_figure("Instances in service during one deployment", "minutes since the deployment started",
                     "instances in service", height=4.6)
    ax = fig.axes[0]
    longest = 0.0
    for (label, steps), style in zip(phases.items(), _STYLES * 3):
        xs, ys, t = [], [], 0.0
        for duration, in_service in steps:
            if duration <= 0:
                raise ValueError(f"{label!r}: phase durations must be positive")
            xs.append(t)
            ys.append(in_service)
            t += duration
        xs.append(t)
        ys.append(ys[-1] if ys else 0)
        longest = max(longest, t)
        ax.step(xs, ys, where="post", linestyle=style, linewidth=1.8, label=label)
    ax.axhline(fleet, color="0.4", linewidth=1, linestyle=":", label=f"normal fleet: {fleet:g}")
    ax.set_xlim(0, longest)
    ax.set_ylim(bottom=-0.3)
    ax.legend(frameon=False, fontsize=9, loc="lower right")
    return source_note(fig, source)


@chart
def duration_vs_batch_size(batch_sizes: Sequence[float], minutes: Mapping[str, Sequence[float]], *,
                           fleet: float, source: str = ""):
    """Deployment duration in minutes (y) against batch size in instances (x), one line per policy."""
    fig = new_figure(f"Bigger batches finish rolling deployments sooner (fleet of {fleet:g} instances)",
                     "batch size (instances)",
                     "minutes to deploy")
    ax = fig.axes[0]
    for (label, values), style in zip(minutes.items(), _STYLES * 3):
        if len(values) != len(batch_sizes):
            raise ValueError(f"series {label!r} has {len(values)} values for {len(batch_sizes)} batch sizes")
        ax.plot(list(batch_sizes), list(values), linestyle=style, marker="o", markersize=3, linewidth=1.6,
                label=label)
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False, fontsize=9)
    return source_note(fig, source)


@chart
def extra_instance_cost(policies: Sequence[str], usd_per_month: Sequence[float],
                        min_in_service_share: Sequence[float], *, source: str = ""):
    """Bars: the monthly cost of the extra instances each policy launches (left), and the lowest share of the
    fleet that stays in service (right, 0..1), so the price of keeping capacity is visible side by side."""
    if not len(policies) == len(usd_per_month) == len(min_in_service_share):
        raise ValueError("one cost and one share per policy")
    fig = new_figure("What full capacity costs: extra instances per month", "", "USD per month (extra instances)",
                     width=8.2)
    ax = fig.axes[0]
    positions = list(range(len(policies)))
    bars = ax.bar(positions, list(usd_per_month), color="tab:blue", width=0.6)
    for bar, share in zip(bars, min_in_service_share):
        ax.annotate(f"≥ {100 * share:.0f} % in service", xy=(bar.get_x() + bar.get_width() / 2, bar.get_height()),
                    xytext=(0, 3), textcoords="offset points", ha="center", fontsize=9, color="0.25")
    ax.set_xticks(positions, list(policies))
    ax.tick_params(axis="x", labelrotation=15, labelsize=9)
    ax.set_ylim(0, max(list(usd_per_month) + [1]) * 1.18)
    return source_note(fig, source)
