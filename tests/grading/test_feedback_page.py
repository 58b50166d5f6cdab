"""The feedback page's pieces: exercise labels and check messages for the index, the class/self-paced status of
written answers, model answers only when asked for, and the messages ./run.sh grade prints."""
from __future__ import annotations

import nbformat

from helpers import REPO
from course.grading.feedback import notebook_failures
from course.grading.feedback_page import (SCORE_YOURSELF, WAITS_IN_CLASS, ExerciseLabels, ShowModelAnswers,
                                          exercise_label, model_answers)


def graded_notebook():
    test = nbformat.v4.new_code_cell('with exercise("2.2 concurrency and throttling"):\n    expect_equal(1, 2, "x")\n'
                                     "### BEGIN HIDDEN TESTS\nexpect_equal(3, 4, 'secret line')\n### END HIDDEN TESTS")
    test.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "ex2_tests", "points": 3, "score": 0}
    test.outputs = [nbformat.v4.new_output("error", ename="CheckFailed", evalue="x: expected 2 (int), got 1 (int)",
                                           traceback=["\x1b[0;31m✗ Exercise 2.2 concurrency and throttling: x: "
                                                      "expected 2 (int), got 1 (int)\x1b[0m"])]
    hidden = nbformat.v4.new_code_cell("with exercise('2.3 x'):\n    pass\n### BEGIN HIDDEN TESTS\nf()\n"
                                       "### END HIDDEN TESTS")
    hidden.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "ex3_tests", "points": 2, "score": 0}
    hidden.outputs = [nbformat.v4.new_output("error", ename="CheckFailed", evalue="a case: not right yet",
                                             traceback=["✗ Exercise 2.3 x, hidden test: a case: not right yet"])]
    question = nbformat.v4.new_markdown_cell("## 10. Written question: make a pipeline reliable (3 points, graded by hand)")
    written = nbformat.v4.new_markdown_cell("my answer")
    written.metadata["nbgrader"] = {"grade": True, "solution": True, "grade_id": "written_async_pipeline",
                                    "points": 3, "score": 0}
    return nbformat.v4.new_notebook(cells=[test, hidden, question, written])


def test_the_index_names_exercises_and_carries_the_check_message():
    nb, _ = ExerciseLabels().preprocess(graded_notebook(), {})
    test, hidden, _, written = nb.cells
    assert test.metadata.nbgrader["label"] == "Exercise 2.2 concurrency and throttling"
    assert test.metadata.nbgrader["message"] == ("A visible check failed: Exercise 2.2 concurrency and throttling: "
                                                 "x: expected 2 (int), got 1 (int)")
    assert hidden.metadata.nbgrader["message"].startswith("A hidden test failed: Exercise 2.3 x, hidden test")
    assert written.metadata.nbgrader["label"] == "Written question: make a pipeline reliable"
    assert written.metadata.nbgrader["status"] == WAITS_IN_CLASS
    assert not any("secret line" in c.metadata.get("nbgrader", {}).get("message", "") for c in nb.cells)
    labels = ExerciseLabels(written_status=SCORE_YOURSELF)
    assert labels.preprocess(graded_notebook(), {})[0].cells[3].metadata.nbgrader["status"] == SCORE_YOURSELF


def test_grade_prints_the_failing_checks_message_never_hidden_source():
    failures = notebook_failures(graded_notebook())
    assert failures["ex2_tests"].endswith("x: expected 2 (int), got 1 (int)")
    assert "hidden test" in failures["ex3_tests"] and "f()" not in failures["ex3_tests"]
    assert exercise_label(graded_notebook().cells[0], "") == "Exercise 2.2 concurrency and throttling"


def test_model_answers_come_from_source_and_only_when_configured(tmp_path):
    week = "week2_serverless"
    answers = model_answers(REPO / "source" / week / f"{week}.ipynb")
    assert "written_async_pipeline" in answers and "Marking guide" in answers["written_async_pipeline"]
    resources = {"nbgrader": {"notebook": week, "assignment": week}}
    unconfigured, _ = ShowModelAnswers().preprocess(graded_notebook(), resources)
    assert len(unconfigured.cells) == 4  # a class's feedback: nothing added
    shown, _ = ShowModelAnswers(source_dir=str(REPO / "source" / week)).preprocess(graded_notebook(), resources)
    added = shown.cells[4].source
    assert "Marking guide" in added and f"./run.sh grade {week} --self-score written_async_pipeline=N" in added
    release = (REPO / "release" / week / f"{week}.ipynb").read_text()
    assert "Marking guide (3 points)" not in release
