"""Every week, through nbgrader's API: the source passes every test with the solutions, the release
fails every graded test unanswered, release/ is what generate_assignment makes of source/, the source is
what its authoring file builds, and no answer text is in release/. Plus proof that each check can fail."""
from __future__ import annotations

import json

import nbformat
import pytest

from helpers import FIXTURES, REPO, make_course
from course import authoring
from course.grading import notebook_checks
from course.grading.leaks import release_leaks

ASSIGNMENTS = notebook_checks.assignments(REPO)


def test_there_is_at_least_one_week():
    assert "week4_dynamodb" in ASSIGNMENTS


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_source_passes_every_test(assignment):
    assert notebook_checks.source_failures(REPO, assignment) == []


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_fails_every_graded_test(assignment):
    assert notebook_checks.release_passes(REPO, assignment) == []


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_is_in_sync_and_holds_no_answers(assignment):
    assert notebook_checks.release_out_of_sync(REPO, assignment) == []
    assert notebook_checks.release_leak_problems(REPO, assignment) == []


def test_source_notebooks_are_built_from_authoring_files():
    assert authoring.out_of_date() == []


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_source_notebooks_are_clean(assignment):
    nb = nbformat.read(REPO / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    assert nb.metadata.kernelspec.name == "python3"
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    first_code = next(c for c in nb.cells if c.cell_type == "code")
    assert "isolate_aws()" in first_code.source and first_code.metadata.nbgrader["locked"]


# ---- the checks can fail ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def broken_course(tmp_path_factory):
    return make_course(tmp_path_factory.mktemp("broken"), {"tiny": FIXTURES / "tiny" / "tiny.py"})


def test_a_failing_source_test_is_reported(broken_course):
    path = broken_course / "source" / "tiny" / "tiny.ipynb"
    nb = nbformat.read(path, as_version=4)
    saved = nbformat.writes(nb)
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "ex2_ceil_div")
    cell.source = cell.source.replace("return -(-a // b)", "return a // b")
    nbformat.write(nb, path)
    try:
        assert notebook_checks.source_failures(broken_course, "tiny")
    finally:
        path.write_text(saved)


def test_a_release_test_that_passes_unanswered_is_reported(broken_course):
    path = broken_course / "release" / "tiny" / "tiny.ipynb"
    saved = path.read_text()
    nb = nbformat.reads(saved, as_version=4)
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "ex1_double")
    cell.source = "def double(x):\n    return 2 * x"
    nbformat.write(nb, path)
    try:
        assert notebook_checks.release_passes(broken_course, "tiny")
        assert notebook_checks.release_out_of_sync(broken_course, "tiny")
    finally:
        path.write_text(saved)


def test_answers_in_a_release_are_found(broken_course):
    release = broken_course / "release" / "tiny" / "tiny.ipynb"
    source = broken_course / "source" / "tiny" / "tiny.ipynb"
    assert release_leaks(source, release) == []
    nb = json.loads(release.read_text())
    nb["cells"][-1]["source"] = "expect_equal(ceil_div(9, 4), 3, \"partial blocks round up\", reveal=False)  # hidden-secret-line-two"
    leaked = broken_course / "leaked.ipynb"
    leaked.write_text(json.dumps(nb))
    assert any("hidden test" in leak for leak in release_leaks(source, leaked))


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_runs_top_to_bottom_for_study(assignment, monkeypatch):
    """A learner's Run All on the unanswered release: no errors, the charts, a note per exercise."""
    from nbclient import NotebookClient

    from nbgrader.utils import is_grade

    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    path = REPO / "release" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=60, allow_errors=True, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    errors = [o.get("ename") or o.get("text", "")[:200] for o in outputs
              if o.output_type == "error" or (o.output_type == "stream" and o.name == "stderr")]
    assert errors == []
    charts = sum(1 for o in outputs if "image/png" in o.get("data", {}))
    assert charts >= 3 or assignment.startswith("week8_mock")  # a mock exam is questions only
    tests = [c for c in nb.cells if c.cell_type == "code" and is_grade(c)]
    notes = sum("not attempted yet" in "".join(o.get("text", "") for o in c.outputs) for c in tests)
    assert notes == len(tests)
