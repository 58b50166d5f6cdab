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




# ---- RestoreMissingCells ------------------------------------------------------------------------------

def _restore(submitted_cells, source):
    """RestoreMissingCells on a submission, with a stand-in gradebook holding `source`: (grade_id, kind) in order."""
    from types import SimpleNamespace

    from course.grading.restore import RestoreMissingCells

    cells = [SimpleNamespace(name=gid, cell_type="code", locked=kind != "solution", checksum="x", source=f"# {gid}")
             for gid, kind in source]
    notebook = SimpleNamespace(
        source_cells=cells,
        grade_cells=[SimpleNamespace(name=gid, max_score=3) for gid, kind in source if kind == "tests"],
        solution_cells=[SimpleNamespace(name=gid) for gid, kind in source if kind == "solution"])
    restore = RestoreMissingCells()
    restore.gradebook = SimpleNamespace(find_notebook=lambda *_: notebook)
    restore.notebook_id = restore.assignment_id = "w"
    nb, _ = restore.add_missing_grade_cells(new_notebook(cells=submitted_cells), {})
    return [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]


def _nbgrader_cell(gid, **flags):
    cell = new_code_cell(f"# {gid}")
    cell.metadata["nbgrader"] = {"grade_id": gid, **flags}
    return cell


def test_a_deleted_test_cell_goes_back_after_the_locked_helper_cell_before_it():
    source = [("setup", "locked"), ("ex1", "solution"), ("ex1_helpers", "locked"), ("ex1_tests", "tests"),
              ("ex2", "solution"), ("ex2_tests", "tests")]
    def submitted():
        return [_nbgrader_cell("setup", locked=True), _nbgrader_cell("ex1", solution=True),
                _nbgrader_cell("ex1_helpers", locked=True), new_markdown_cell("notes"),
                _nbgrader_cell("ex2", solution=True)]

    assert _restore(submitted(), source) == ["setup", "ex1", "ex1_helpers", "ex1_tests", None, "ex2", "ex2_tests"]
    # stock nbgrader 0.9 anchors only on solution and grade cells: the helper cell before ex1_tests breaks it
    from nbgrader.preprocessors import OverwriteCells

    import pytest
    from types import SimpleNamespace

    stock = OverwriteCells()
    stock.notebook_id = stock.assignment_id = "w"

    cells = [SimpleNamespace(name=g, cell_type="code", locked=k != "solution", checksum="x", source="") for g, k in source]
    stock.gradebook = SimpleNamespace(find_notebook=lambda *_: SimpleNamespace(
        source_cells=cells, grade_cells=[SimpleNamespace(name=g, max_score=3) for g, k in source if k == "tests"],
        solution_cells=[SimpleNamespace(name=g) for g, k in source if k == "solution"]))
    with pytest.raises(KeyError):
        stock.add_missing_grade_cells(new_notebook(cells=submitted()), {})
