"""generate_feedback audits every page itself (HoldBackLeakingFeedback, configured in nbgrader_config.py): a page
that would show a hidden-test line, raw or encoded, becomes a held-for-review notice; an honest page is untouched."""
from __future__ import annotations

import base64
import copy
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import nbformat
import pytest
from traitlets.config import Config

from helpers import FIXTURES, make_course
from course.grading import feedback_audit, leaks
from course.grading.feedback import ScrubFeedback
from course.grading.feedback_hold import HELD_TITLE, HoldBackLeakingFeedback

HIDDEN = 'expect_equal(double(-3), -6, "negative numbers double too", reveal=False)  # hidden-secret-line-one'
MODEL = "return -(-a // b)  # the-model-answer-for-ceil-div"
PACKED = base64.b64encode(zlib.compress(("x = 1\n" + HIDDEN + "\n").encode())).decode()
# The submission builds the hidden line from pieces, so its own text never holds it whole.
LEAKING_CELL = ("line = 'expect_equal(double(-3), -6, \"negative numbers double too\", ' + "
                "'reveal=False)  # hidden-secret-line-one'\n"
                f"print(line)\nprint('{PACKED}')")


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    return make_course(tmp_path_factory.mktemp("hold") / "course", {"tiny": FIXTURES / "tiny" / "tiny.py"})


def answered(course):
    """The release notebook with every exercise answered as the model answer (the learner's own work)."""
    nb = nbformat.read(course / "release" / "tiny" / "tiny.ipynb", as_version=4)
    answers = {"ex1_double": "def double(x):\n    return 2 * x",
               "ex2_ceil_div": f"def ceil_div(a, b):\n    {MODEL}",
               "ex3_total": "def total(values):\n    return sum(ceil_div(v, 4) for v in values)",
               "written": "My own written answer."}
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    return nb


def submit(course, student, nb):
    folder = course / "submitted" / student / "tiny"
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / "tiny.ipynb")


def feedback_notebook(course, nb):
    """What the feedback preprocessors get: the autograded notebook (test cells with their hidden tests, as
    the gradebook restores them) after ScrubFeedback."""
    source = nbformat.read(course / "source" / "tiny" / "tiny.ipynb", as_version=4)
    restored = {c.metadata["nbgrader"]["grade_id"]: c for c in source.cells
                if c.metadata.get("nbgrader", {}).get("grade") and c.cell_type == "code"}
    nb = copy.deepcopy(nb)
    for i, cell in enumerate(nb.cells):
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in restored:
            nb.cells[i] = copy.deepcopy(restored[grade_id])
    for i, cell in enumerate(nb.cells):
        ScrubFeedback().preprocess_cell(cell, {}, i)
    return nb


def hold(course, nb, student, root=None):
    config = Config()
    config.CourseDirectory.root = str(root or course)
    resources = {"nbgrader": {"student": student, "assignment": "tiny", "notebook": "tiny",
                              "db_url": f"sqlite:///{course / 'gradebook.db'}"}}
    return HoldBackLeakingFeedback(config=config).preprocess(nb, resources)


def test_a_page_printing_a_hidden_line_raw_and_zlib_base64_is_held(course):
    nb = answered(course)
    nb.cells.append(nbformat.v4.new_code_cell(LEAKING_CELL))
    submit(course, "mallory", nb)  # as submitted: the code, not yet run
    for only, printed in (("raw", f"{HIDDEN}\n"), ("packed", f"{PACKED}\n")):
        page = feedback_notebook(course, nb)
        page.cells[-1].outputs = [nbformat.v4.new_output("stream", name="stdout", text=printed)]
        page, resources = hold(course, page, "mallory")
        text = leaks.notebook_text(page)
        assert len(page.cells) == 1 and HELD_TITLE in page.cells[0].source, only
        assert "hidden-secret-line-one" not in "\n".join(leaks.decoded_texts(text)), only
        assert resources["nbgrader"]["held"] == ["hidden test"], only


def test_the_gradebook_alone_is_enough_to_know_the_secrets(course, tmp_path):
    """No source/ folder (a course that keeps it elsewhere): the gradebook's source cells still hold the tests."""
    nb = answered(course)
    leaking = nbformat.v4.new_code_cell("print(line)")
    leaking.outputs = [nbformat.v4.new_output("stream", name="stdout", text=PACKED + "\n")]
    nb.cells.append(leaking)
    page, resources = hold(course, feedback_notebook(course, nb), "mallory", root=tmp_path)
    assert HELD_TITLE in page.cells[0].source and len(page.cells) == 1


def test_an_honest_page_with_the_learners_own_model_answer_is_untouched(course):
    nb = answered(course)
    submit(course, "ana", nb)
    page = feedback_notebook(course, nb)
    assert any(MODEL in c.source for c in page.cells)  # a solution line, but the learner wrote it
    before = copy.deepcopy(page)
    after, resources = hold(course, page, "ana")
    assert after == before and "held" not in resources["nbgrader"]


def test_the_same_model_answer_in_a_page_the_learner_did_not_write_is_held(course):
    nb = answered(course)
    submit(course, "eve", nb)
    page = feedback_notebook(course, nb)
    shown = nbformat.v4.new_code_cell("print(answer)")
    shown.outputs = [nbformat.v4.new_output("stream", name="stdout", text="return sum(ceil_div(v, 4) for v in values)\n")]
    page.cells.append(shown)
    submitted = course / "submitted" / "eve" / "tiny" / "tiny.ipynb"
    theirs = nbformat.read(submitted, as_version=4)
    for cell in theirs.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "ex3_total":
            cell.source = "def total(values):\n    return 0"
    nbformat.write(theirs, submitted)
    after, resources = hold(course, page, "eve")
    assert resources["nbgrader"]["held"] == ["solution"]


@pytest.mark.slow
def test_plain_nbgrader_generate_feedback_writes_no_hidden_line(course):
    """`nbgrader generate_feedback` on the CLI, and the formgrader's button (NbGraderAPI), on a leaking submission."""
    from course.grading.workers import make_api

    leaking = answered(course)
    leaking.cells.append(nbformat.v4.new_code_cell(LEAKING_CELL))
    submit(course, "mallory", leaking)
    submit(course, "ana", answered(course))
    for student in ("mallory", "ana"):
        subprocess.run([sys.executable, "-m", "nbgrader", "autograde", "tiny", "--force", f"--student={student}"],
                       cwd=course, capture_output=True, timeout=300, check=True)
    autograded = nbformat.read(course / "autograded" / "mallory" / "tiny" / "tiny.ipynb", as_version=4)
    assert HIDDEN in leaks.notebook_text(autograded)  # the submission did print it
    run = subprocess.run([sys.executable, "-m", "nbgrader", "generate_feedback", "tiny", "--force"],
                         cwd=course, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "HELD for review: student mallory, assignment tiny" in run.stderr
    check_pages(course)
    shutil.rmtree(course / "feedback")
    result = make_api(course).generate_feedback("tiny", force=True)  # what the formgrader's button calls
    assert result["success"] and "HELD for review: student mallory" in result["log"], result
    check_pages(course)


def check_pages(course):
    page = course / "feedback" / "mallory" / "tiny" / "tiny.html"
    raw = page.read_text()
    seen = "\n".join(leaks.decoded_texts(leaks.visible_text(page)))
    assert HELD_TITLE in raw
    for secret in ("hidden-secret-line-one", "hidden-secret-line-two", "hidden-secret-line-three", PACKED):
        assert secret not in raw and secret not in seen
    honest = (course / "feedback" / "ana" / "tiny" / "tiny.html").read_text()
    assert HELD_TITLE not in honest and "double(2)" in honest
    assert 'class="course-exercise-index"' in honest  # the course's own feedback template, on every path
    # The command's second look finds nothing left to move, and lists the held page.
    assert feedback_audit.audit(course, "tiny") == {}
    assert feedback_audit.held_by_generate_feedback(course, "tiny") == ["feedback/mallory/tiny/tiny.html"]
