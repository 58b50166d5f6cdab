"""Every chart of weeks 1-7 can be read: each plotted series (line, bars, shaded area, reference line) has a
legend entry, and the source note under the chart is at least 9 pt and dark. Each chart function is drawn with
small sample data; a new chart function without a sample here fails the coverage test."""
from __future__ import annotations

import inspect

import matplotlib
import pytest
from matplotlib.colors import to_rgb

matplotlib.use("Agg")

from course.charts import deployment, dynamodb, iam_s3, kms_messaging, monitoring, new_figure, serverless  # noqa: E402
from course.charts import serverless_app, source_note  # noqa: E402

MODULES = (iam_s3, serverless, serverless_app, dynamodb, kms_messaging, deployment, monitoring)
NOT_CHARTS = {"power_tuning_title"}  # returns the title text, not a Figure
SOURCE = "Prices: facts x.y (docs.aws.amazon.com, O, checked 2026-11)."

SAMPLES = {
    iam_s3.request_rate_by_prefixes: lambda: iam_s3.request_rate_by_prefixes(
        [1, 2, 3], {"GET": [5500, 11000, 16500], "PUT": [3500, 7000, 10500]}, ceiling=10_000,
        ceiling_label="KMS quota", source=SOURCE),
    iam_s3.monthly_cost_by_object_count: lambda: iam_s3.monthly_cost_by_object_count(
        [1e3, 1e6], {"10 KB": [0.01, 5.0], "1 MB": [0.03, 30.0]}, source=SOURCE),
    iam_s3.parts_by_part_size: lambda: iam_s3.parts_by_part_size(
        [5, 50, 500], {"1 TiB": [200_000, 20_000, 2_000]}, max_parts=10_000, source=SOURCE),
    serverless.cost_by_duration: lambda: serverless.cost_by_duration(
        [100, 200], {"128 MB": [1.0, 2.0], "512 MB": [4.0, 8.0]}, source=SOURCE),
    serverless.power_tuning: lambda: serverless.power_tuning(
        [128, 1024], [1000, 150], {"x86_64": [2.1, 2.6], "arm64": [1.7, 2.1]}, source=SOURCE),
    serverless.concurrency_vs_traffic: lambda: serverless.concurrency_vs_traffic(
        [0, 10, 20], [3000, 3000, 3000], [1000, 2000, 3000], limit=10_000, source=SOURCE),
    serverless.api_cost_by_requests: lambda: serverless.api_cost_by_requests(
        [0, 100], {"REST API": [0, 350], "HTTP API": [0, 100]}, source=SOURCE),
    serverless_app.monthly_cost_by_traffic: lambda: serverless_app.monthly_cost_by_traffic(
        ["1M", "10M"], {"HTTP API": [1.7, 17.0], "REST API": [4.2, 42.0]}, source=SOURCE),
    serverless_app.cost_split_by_service: lambda: serverless_app.cost_split_by_service(
        ["a", "b"], {"API Gateway": [0.6, 0.3], "Lambda": [0.3, 0.6], "DynamoDB": [0.1, 0.1]}, source=SOURCE),
    serverless_app.concurrency_by_traffic: lambda: serverless_app.concurrency_by_traffic(
        [0, 1000], {"40 ms": [0, 40], "3000 ms": [0, 3000]}, limit=1000, source=SOURCE),
    dynamodb.capacity_by_item_size: lambda: dynamodb.capacity_by_item_size(
        [0, 4, 8], {"strong": [1, 2, 2], "eventual": [0.5, 1, 1]}, source=SOURCE),
    dynamodb.cost_vs_utilisation: lambda: dynamodb.cost_vs_utilisation(
        [0.0, 0.5, 1.0], [0, 800, 1600], [475, 475, 475], crossover=0.3, capacity_label="1,000 WCU", source=SOURCE),
    dynamodb.cache_ttl_tradeoff: lambda: dynamodb.cache_ttl_tradeoff(
        [1, 10, 100], [0.6, 0.9, 0.99], [0.0, 0.1, 0.5], source=SOURCE),
    dynamodb.traffic_by_partition_key: lambda: dynamodb.traffic_by_partition_key(
        ["game#global", "game#eu"], [1600, 800], 1000, source=SOURCE),
    kms_messaging.shards_vs_throughput: lambda: kms_messaging.shards_vs_throughput(
        [0, 1, 2], {"1 consumer": [1, 1, 2], "2 consumers": [1, 1, 2], "4 consumers": [1, 2, 4]}, source=SOURCE),
    kms_messaging.polling_cost: lambda: kms_messaging.polling_cost(
        [0.001, 0.1, 1], [1.05, 1.05, 1.05], [0.05, 0.1, 1.05], source=SOURCE),
    kms_messaging.cost_by_protocol: lambda: kms_messaging.cost_by_protocol(
        ["SQS", "HTTP/S", "email"], [0, 6, 200], source=SOURCE),
    deployment.capacity_over_time: lambda: deployment.capacity_over_time(
        {"all at once": [(5, 8), (5, 0), (5, 8)], "rolling": [(5, 8), (10, 6), (5, 8)]}, fleet=8, source=SOURCE),
    deployment.duration_vs_batch_size: lambda: deployment.duration_vs_batch_size(
        [1, 2, 4], {"rolling": [40, 20, 10], "all at once": [5, 5, 5]}, fleet=8, source=SOURCE),
    deployment.extra_instance_cost: lambda: deployment.extra_instance_cost(
        ["all at once", "immutable"], [0, 13.4], [0, 1], source=SOURCE),
    monitoring.custom_metric_cost: lambda: monitoring.custom_metric_cost(
        ["none", "Service"], [1, 5], [0.3, 1.5], source=SOURCE),
    monitoring.alarm_timeline: lambda: monitoring.alarm_timeline(
        [1, 2, 3, 4], [1, None, 8, 9], 5, ["OK", "OK", "OK", "ALARM"], source=SOURCE),
    monitoring.latency_percentiles: lambda: monitoring.latency_percentiles(
        ["09:00", "09:05"], {"p50": [120, 125], "p99": [280, 1200]}, source=SOURCE),
    monitoring.xray_cost_by_traffic: lambda: monitoring.xray_cost_by_traffic(
        [0.1, 1, 10], {"every request": [0.6, 13, 130], "default rule": [0.6, 13, 19]}, source=SOURCE),
}


def chart_functions():
    return [f for m in MODULES for name, f in inspect.getmembers(m, inspect.isfunction)
            if f.__module__ == m.__name__ and not name.startswith("_") and name not in NOT_CHARTS]


def _series(ax):
    """(description, label) of each plotted series of an Axes: lines, bar groups, shaded areas, and loose
    patches (axvspan) grouped by colour."""
    found = [(f"line {line.get_label()!r}", line.get_label()) for line in ax.lines]
    in_containers = set()
    for container in ax.containers:
        found.append((f"bars {container.get_label()!r}", container.get_label()))
        in_containers.update(map(id, container))
    found += [(f"area {c.get_label()!r}", c.get_label()) for c in ax.collections]
    by_colour: dict[tuple, list[str]] = {}
    for patch in ax.patches:
        if id(patch) not in in_containers:
            by_colour.setdefault(tuple(patch.get_facecolor()), []).append(patch.get_label() or "_")
    for colour, labels in by_colour.items():
        named = [label for label in labels if not label.startswith("_")]
        found.append((f"shaded spans of colour {colour}", named[0] if named else "_unlabelled"))
    return found


def legend_problems(fig) -> list[str]:
    """Series that a reader cannot identify: no legend entry (an Axes with a single series needs none: its
    axis label names it), and legend text under 9 pt."""
    legends = [ax.get_legend() for ax in fig.axes if ax.get_legend() is not None] + list(fig.legends)
    entries = {text.get_text() for legend in legends for text in legend.get_texts()}
    problems = [f"legend text {t.get_text()!r} is {t.get_fontsize()} pt" for legend in legends
                for t in legend.get_texts() if t.get_fontsize() < 9]
    series = [s for ax in fig.axes for s in _series(ax)]
    if len(series) <= 1:
        return problems
    for description, label in series:
        if not label or label.startswith("_") or label not in entries:
            problems.append(f"{description} has no legend entry (legend: {sorted(entries)})")
    return problems


def source_note_problems(fig) -> list[str]:
    problems = []
    notes = [t for t in fig.texts if t.get_text()]
    if not notes:
        return ["no source note"]
    for note in notes:
        r, g, b = to_rgb(note.get_color())
        luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
        if note.get_fontsize() < 9:
            problems.append(f"source note is {note.get_fontsize()} pt: {note.get_text()[:40]!r}")
        if luminance > 0.4:
            problems.append(f"source note colour {note.get_color()} is too light (luminance {luminance:.2f})")
    return problems


def test_every_chart_function_has_a_sample():
    missing = [f"{f.__module__}.{f.__name__}" for f in chart_functions() if f not in SAMPLES]
    assert chart_functions() and missing == []


@pytest.mark.parametrize("draw", list(SAMPLES.values()), ids=[f.__name__ for f in SAMPLES])
def test_every_series_has_a_legend_entry_and_the_source_note_is_readable(draw):
    fig = draw()
    assert fig.axes and fig.axes[0].get_title(loc="left"), "a chart has a title"
    assert legend_problems(fig) == []
    assert source_note_problems(fig) == []


def test_the_checks_find_a_missing_legend_entry_and_a_small_light_note():
    fig = new_figure("t", "x", "y")
    ax = fig.axes[0]
    ax.plot([0, 1], [0, 1], label="shown")
    ax.plot([0, 1], [1, 0])  # no label
    ax.axhline(0.5, label="limit")  # a label, but added after the legend
    ax.legend(handles=ax.lines[:1])
    fig.text(0, 0, "Prices: somewhere", fontsize=7, color="0.7")
    assert len(legend_problems(fig)) == 2
    assert len(source_note_problems(fig)) == 2
    fig = source_note(new_figure("t", "x", "y"), SOURCE)
    fig.axes[0].bar(["a", "b"], [1, 2])  # one series: its axis label names it
    assert legend_problems(fig) == [] and source_note_problems(fig) == []


def test_charts_are_not_drawn_while_nbgrader_autogrades(monkeypatch):
    from course.charts import new_figure

    fig = new_figure("t", "x", "y")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    assert fig._repr_png_()[:4] == b"\x89PNG" and fig._repr_markdown_() is None
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert fig._repr_png_() is None and "not drawn while grading" in fig._repr_markdown_()
    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")  # Validate still draws
    assert fig._repr_png_()[:4] == b"\x89PNG"


def test_no_chart_is_drawn_while_nbgrader_autogrades(monkeypatch):
    """Each chart function of weeks 1-7 returns a note, not a Figure, while nbgrader autogrades."""
    from course.charts import NotDrawn

    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    drawn = [f"{f.__module__}.{f.__name__}" for f, sample in SAMPLES.items() if not isinstance(sample(), NotDrawn)]
    assert drawn == []
    assert "not drawn while grading" in NotDrawn("x")._repr_markdown_()
    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")  # Validate still draws
    assert not isinstance(SAMPLES[dynamodb.capacity_by_item_size](), NotDrawn)


def test_grading_a_week_never_imports_matplotlib():
    """A grading kernel that calls every chart of a week imports no matplotlib (about 0.44 s of CPU each)."""
    import os
    import subprocess
    import sys

    code = ("import sys; from course.charts import dynamodb as d, serverless as s; "
            "d.capacity_by_item_size([1], {'a': [1]}); s.cost_by_duration([1], {'a': [1.0]}); "
            "print(sorted(m for m in sys.modules if m.startswith('matplotlib')))")
    env = {**os.environ, "NBGRADER_EXECUTION": "autograde"}
    shown = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "[]"
    env["NBGRADER_EXECUTION"] = "validate"
    shown = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert "matplotlib.figure" in shown.stdout
