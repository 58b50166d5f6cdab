"""nbgrader's Validate on every untouched release week: one short message per failed cell (at most three
lines, no frame of the course's own code or contextlib), and the whole result at most half as long as before
the short messages; a wrong answer shows its check's message."""
from __future__ import annotations

import shutil

import nbformat
import pytest
from nbconvert.filters import strip_ansi

from helpers import REPO
from course.grading import notebook_checks

WEEKS = [w for w in notebook_checks.assignments(REPO) if w[:5] in {f"week{n}" for n in range(1, 8)}]
# Characters of Validate's result (failed cells' source + error) on each untouched week, measured with
# nbgrader's Validator and the course's testing.py as it was before the short messages (2026-11-29).
BEFORE = {"week1_iam_ec2_s3": 19_708, "week2_serverless": 23_586, "week3_serverless_build": 25_758,
          "week4_dynamodb": 23_621, "week5_kms_messaging": 21_900, "week6_developer_theory": 22_925,
          "week7_advanced_iam_monitoring": 24_360}


def validate(path):
    from nbgrader.validator import Validator
    from traitlets.config import Config

    return Validator(config=Config()).validate(str(path)).get("failed", [])


@pytest.mark.parametrize("week", WEEKS)
def test_validate_on_an_untouched_week_is_short(week, tmp_path):
    notebook = tmp_path / f"{week}.ipynb"
    shutil.copy(REPO / "release" / week / f"{week}.ipynb", notebook)
    failed = validate(notebook)
    assert failed, "an untouched week must fail validation"
    for cell in failed:
        error = strip_ansi(cell["raw_error"])
        if error == "You did not provide a response.":
            continue  # a written answer
        lines = error.strip().splitlines()
        assert 1 <= len(lines) <= 3, error
        assert "Traceback" not in error and "contextlib" not in error and "testing.py" not in error, error
        assert lines[0].startswith("✗ Exercise ") and "not attempted yet" in lines[0], error
    total = sum(len(c["source"]) + len(strip_ansi(c["raw_error"])) for c in failed)
    print(f"{week}: {total} characters (before: {BEFORE[week]})")
    assert total <= BEFORE[week] // 2


def test_a_wrong_answer_shows_its_checks_message(tmp_path):
    week = "week2_serverless"
    notebook = tmp_path / f"{week}.ipynb"
    nb = nbformat.read(REPO / "release" / week / f"{week}.ipynb", as_version=4)
    # The model solution of all three functions (from source/), with the most common mistake: int() rounds down.
    model = nbformat.read(REPO / "source" / week / f"{week}.ipynb", as_version=4)
    answer = next(c for c in model.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "ex2_concurrency").source
    answer = "\n".join(line for line in answer.split("\n") if "### " not in line)
    wrong = answer.replace("return math.ceil(requests_per_second * duration_ms / 1000)",
                           "return int(requests_per_second * duration_ms / 1000)")
    assert wrong != answer
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "ex2_concurrency")
    cell.source = wrong
    nbformat.write(nb, notebook)
    failed = validate(notebook)
    errors = [strip_ansi(c["raw_error"]) for c in failed if "2.2" in strip_ansi(c["raw_error"])]
    assert len(errors) == 1, [strip_ansi(c["raw_error"]) for c in failed]
    message = " ".join(errors[0].split())  # the message wraps at 100 columns
    assert "Exercise 2.2 concurrency and throttling" in message and "expected 1 (int), got 0 (int)" in message
    assert len(errors[0].strip().splitlines()) <= 3


@pytest.mark.parametrize("week", WEEKS)
def test_visible_test_cells_hold_only_short_checks(week):
    """Validate shows the source of every failed test cell: helper code and fixed data belong in the locked helper
    cell above it (docs/authoring.md), so an untouched week's dialog stays under half of its old length."""
    nb = nbformat.read(REPO / "release" / week / f"{week}.ipynb", as_version=4)
    tests = {c.metadata.nbgrader["grade_id"]: len(c.source) for c in nb.cells
             if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")}
    assert tests, f"{week} has no test cells"
    print(f"{week}: {sum(tests.values())} characters of visible test source")
    assert {gid: n for gid, n in tests.items() if n > 1_300} == {}
    assert sum(tests.values()) <= 7_500, tests
