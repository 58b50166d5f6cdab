"""Each grading preprocessor alone, on hand-made cells (nbgrader's own tests use cell factories too)."""
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from course.grading.feedback import ScrubFeedback, failing_line
from course.grading.outputs import CapOutputBytes, StderrIsNotFailure
from nbgrader.utils import determine_grade


def grade_meta(grade_id, solution=False, points=2):
    return {"nbgrader": {"grade": True, "solution": solution, "locked": not solution, "grade_id": grade_id,
                         "points": points, "schema_version": 3}}


def graded_test_cell(source="assert True", outputs=()):
    cell = new_code_cell(source, metadata=grade_meta("t1"))
    cell.outputs = list(outputs)
    return cell


def stream(text, name="stdout"):
    return new_output("stream", name=name, text=text)


def error(ename="AssertionError", evalue="", traceback=()):
    return new_output("error", ename=ename, evalue=evalue, traceback=list(traceback))


# ---- CapOutputBytes ---------------------------------------------------------------------------------

def test_one_huge_line_is_cut_to_the_byte_cap():
    cell = graded_test_cell(outputs=[stream("x" * 5_000_000)])
    CapOutputBytes(max_bytes=1000).preprocess_cell(cell, {}, 0)
    text = cell.outputs[0].text
    assert len(text.encode()) < 1200 and "5,000,000 bytes" in text


def test_cap_counts_all_streams_of_a_cell_and_leaves_small_output_alone():
    small = graded_test_cell(outputs=[stream("hello\n")])
    CapOutputBytes(max_bytes=1000).preprocess_cell(small, {}, 0)
    assert small.outputs[0].text == "hello\n"
    many = graded_test_cell(outputs=[stream("q" * 800), stream("z" * 800)])
    CapOutputBytes(max_bytes=1000).preprocess_cell(many, {}, 0)
    assert sum(o.text.count("q") + o.text.count("z") for o in many.outputs) <= 1000


# ---- StderrIsNotFailure -------------------------------------------------------------------------------

def test_stderr_in_a_passing_test_keeps_the_points():
    cell = graded_test_cell(outputs=[stream("warning: slow\n", "stderr")])
    assert determine_grade(cell)[0] == 0  # what stock nbgrader would score
    StderrIsNotFailure().preprocess_cell(cell, {}, 0)
    assert determine_grade(cell)[0] == 2
    assert cell.outputs[0].text == "[stderr] warning: slow\n"


def test_stderr_with_an_error_still_fails():
    cell = graded_test_cell(outputs=[stream("oops\n", "stderr"), error()])
    StderrIsNotFailure().preprocess_cell(cell, {}, 0)
    assert determine_grade(cell)[0] == 0 and cell.outputs[0].name == "stderr"


# ---- ScrubFeedback --------------------------------------------------------------------------------------

HIDDEN = "with exercise('1'):\n    check(1)\n### BEGIN HIDDEN TESTS\nassert f(7) == 49, 'secret rule'\n### END HIDDEN TESTS"


def test_hidden_tests_and_their_traceback_are_scrubbed():
    tb = ["\x1b[0;31mAssertionError\x1b[0m  Traceback", "Cell \x1b[0;32mIn[5], line 4\x1b[0m\n----> 4 assert f(7) == 49, 'secret rule'"]
    cell = graded_test_cell(HIDDEN, [error(evalue="secret rule", traceback=tb)])
    ScrubFeedback().preprocess_cell(cell, {}, 0)
    assert "f(7)" not in cell.source and "hidden tests ran here" in cell.source
    assert cell.outputs[0].traceback == ["A hidden test failed. AssertionError: secret rule"]


def test_visible_failure_is_labelled_visible():
    tb = ["Cell In[5], line 2\n----> 2     check(1)"]
    cell = graded_test_cell(HIDDEN, [error(evalue="expected 1", traceback=tb)])
    ScrubFeedback().preprocess_cell(cell, {}, 0)
    assert cell.outputs[0].traceback[0].startswith("A visible check failed")


def test_restored_model_answers_are_withheld():
    md = new_markdown_cell("# (restored)\n### BEGIN SOLUTION\nThe model essay.\n### END SOLUTION",
                           metadata=grade_meta("w", solution=True))
    code = new_code_cell("def f():\n    ### BEGIN SOLUTION\n    return 42\n    ### END SOLUTION")
    for cell in (md, code):
        ScrubFeedback().preprocess_cell(cell, {}, 0)
    assert "model essay" not in md.source and "withheld" in md.source
    assert "42" not in code.source


def test_failing_line_reads_ipython_tracebacks():
    assert failing_line(["x", "Cell \x1b[0;32mIn[12], line 7\x1b[0m"]) == 7
    assert failing_line(["<ipython-input-3-abc> in <module>\n line 3"]) == 3
    assert failing_line(["no cell here"]) is None
