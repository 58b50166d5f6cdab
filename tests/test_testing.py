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
