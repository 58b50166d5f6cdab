import pytest

from course.testing import CheckFailed, NotAttempted, exercise, expect_equal, expect_raises, expect_true


class EqualsEverything:
    def __eq__(self, other):
        return True


@pytest.mark.parametrize("actual, expected", [(2, 2), (2.0000000001, 2.0), ([1, "a"], [1, "a"]),
                                              ({"k": (1, 2)}, {"k": (1, 2)}), (None, None)])
def test_equal_values_pass(actual, expected):
    expect_equal(actual, expected, "x")


@pytest.mark.parametrize("actual, expected", [(2.0, 2), (True, 1), (EqualsEverything(), 2),
                                              ([EqualsEverything()], [1]), ("2", 2), ([1, 2], (1, 2)),
                                              ({"k": 1}, {"k": 1, "j": 2}), (2.1, 2.0)])
def test_wrong_values_and_types_fail(actual, expected):
    with pytest.raises(CheckFailed):
        expect_equal(actual, expected, "x")


def test_hidden_checks_do_not_reveal_the_expected_value():
    with pytest.raises(CheckFailed) as raised:
        expect_equal(41, 12345, "secret", reveal=False)
    assert "12345" not in str(raised.value) and "41" in str(raised.value)


def test_expect_raises_and_true():
    expect_raises(ValueError, int, "x", what="int('x')")
    with pytest.raises(CheckFailed, match="nothing was raised"):
        expect_raises(ValueError, int, "1", what="int('1')")
    with pytest.raises(CheckFailed, match="mention"):
        expect_raises(ValueError, int, "x", what="w", match="zebra")
    with pytest.raises(CheckFailed):
        expect_true(1, "truthy is not True")


def not_done():
    raise NotImplementedError()


def test_unattempted_exercise_is_a_note_while_studying(monkeypatch, capsys):
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    with exercise("1"):
        not_done()
    assert "not attempted yet" in capsys.readouterr().out


def test_unattempted_exercise_fails_under_nbgrader(monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    with pytest.raises(NotAttempted):
        with exercise("1"):
            not_done()


def test_passing_visible_checks_never_claim_all_tests_passed(capsys):
    with exercise("1"):
        expect_equal(1, 1, "one")
    out = capsys.readouterr().out
    assert "visible checks passed" in out and "Hidden tests" in out


# ---- short messages, partial attempts, the learner's frames ------------------------------------------

def run_cells(*sources, grading_mode=True):
    """Run cells in a real IPython kernel (as JupyterLab and nbgrader do); return the executed cells."""
    import os

    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    env = dict(os.environ)
    if grading_mode:
        os.environ["NBGRADER_EXECUTION"] = "validate"
    else:
        os.environ.pop("NBGRADER_EXECUTION", None)
    try:
        NotebookClient(nb, timeout=60, allow_errors=True, kernel_name="python3").execute()
    finally:
        os.environ.clear()
        os.environ.update(env)
    return nb.cells


def error_lines(cell) -> list[str]:
    import re

    errors = [o for o in cell.outputs if o.output_type == "error"]
    assert len(errors) == 1, cell.outputs
    return [re.sub(r"\x1b\[[0-9;]*m", "", line) for text in errors[0].traceback for line in text.splitlines()]


SETUP = "from course.testing import exercise, expect_equal, expect_true, expect_raises"
TWO_STUBS = '''
def read_units(kb):
    raise NotImplementedError()

def write_units(kb):
    raise NotImplementedError()
'''
CHECKS = '''
with exercise("4.1 capacity"):
    expect_equal(read_units(8), 2, "8 KB read")
    expect_equal(write_units(3), 3, "3 KB write")
'''


def test_a_failed_check_is_one_short_message_with_the_exercise():
    cells = run_cells(SETUP, "def read_units(kb):\n    return kb / 4\n\ndef write_units(kb):\n    return kb", CHECKS)
    lines = error_lines(cells[-1])
    assert lines == ["✗ Exercise 4.1 capacity: 8 KB read: expected 2 (int), got 2.0 (float)"]


def test_an_untouched_exercise_is_one_line_under_grading():
    lines = error_lines(run_cells(SETUP, TWO_STUBS, CHECKS)[-1])
    assert lines == ["✗ Exercise 4.1 capacity: not attempted yet"]


def test_a_partial_attempt_names_the_function_still_to_do():
    written = "def read_units(kb):\n    return -(-kb // 4)\n\ndef write_units(kb):\n    raise NotImplementedError()"
    graded = error_lines(run_cells(SETUP, written, CHECKS)[-1])
    assert len(graded) <= 2 and "write_units() is still to do" in " ".join(graded)
    assert "read_units" not in " ".join(graded)
    studying = run_cells(SETUP, written, CHECKS, grading_mode=False)[-1]
    text = "".join(o.get("text", "") for o in studying.outputs)
    assert "4.1 capacity: write_units() is still to do" in text and "not attempted" not in text
    # written in the other order: the check of the written function passes first
    other = "def read_units(kb):\n    raise NotImplementedError()\n\ndef write_units(kb):\n    return kb"
    assert "read_units() is still to do" in " ".join(error_lines(run_cells(SETUP, other, CHECKS)[-1]))


def test_the_learners_own_error_shows_only_the_learners_frames():
    broken = "def read_units(kb):\n    return helper(kb)\n\ndef helper(kb):\n    return kb / 0\n\ndef write_units(kb):\n    return kb"
    lines = error_lines(run_cells(SETUP, broken, CHECKS)[-1])
    assert lines[0] == "✗ Exercise 4.1 capacity: your code raised ZeroDivisionError: division by zero"
    assert any("in helper: return kb / 0" in line for line in lines)
    assert not any("testing.py" in line or "contextlib" in line for line in lines)
    assert len(lines) <= 5


def test_a_hidden_check_after_the_block_carries_the_exercise_name():
    cells = run_cells(SETUP, "def f():\n    return 1", 'with exercise("1.1 f"):\n    expect_equal(f(), 1, "f")\n'
                      'expect_equal(f(), 2, "a hidden case", reveal=False)')
    assert error_lines(cells[-1]) == ["✗ Exercise 1.1 f, hidden test: a hidden case: your answer is not right yet (got 1)"]


def test_check_failed_keeps_its_message_and_exercise_across_pickling():
    import pickle

    failed = CheckFailed("what: expected 1, got 2", "2.1 bill")
    again = pickle.loads(pickle.dumps(failed))
    assert str(again) == "what: expected 1, got 2" and again.exercise == "2.1 bill"
    assert isinstance(NotAttempted("x"), CheckFailed) and isinstance(NotAttempted("x"), AssertionError)


def test_a_long_message_is_at_most_three_lines():
    lines = CheckFailed("x" * 50 + " " + "y " * 400, "9.9 long").short_lines()
    assert len(lines) == 3 and all(len(line) <= 100 for line in lines) and lines[-1].endswith("...")
