"""Checks that test cells use: strict, readable, and honest about what they prove.

Visible tests wrap their checks in ``exercise(...)``:

    with exercise("4.1 read capacity"):
        expect_equal(read_units(8, "strong"), 2, "8 KB strongly consistent read")

- When every visible check passes it prints "visible checks passed": hidden tests still run when the
  notebook is graded, so it never claims that *all* tests passed.
- When the solution cell still raises ``NotImplementedError`` a learner studying in JupyterLab sees a
  "not attempted yet" note instead of a traceback, so Run All goes on to the next section. Under
  nbgrader (validate or autograde) the same situation is a failure: an unanswered exercise scores 0.

``expect_equal`` compares types strictly, so an object that claims to equal everything
(``__eq__`` returning True) cannot pass a check.
"""
from __future__ import annotations

import math
import os
from contextlib import contextmanager


class CheckFailed(AssertionError):
    """A check failed; the message says what was checked."""


class NotAttempted(CheckFailed):
    """The exercise still raises NotImplementedError."""


def grading() -> bool:
    """True while nbgrader validates or autogrades this notebook."""
    return bool(os.environ.get("NBGRADER_EXECUTION"))


def _describe(value) -> str:
    text = repr(value)
    return text if len(text) <= 200 else text[:197] + "..."


_NUMBER_TYPES = (int, float)


def _same(actual, expected, rel: float, abs_: float) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(actual) is type(expected) and actual is expected
    if type(expected) is float:
        return type(actual) in _NUMBER_TYPES and math.isclose(actual, expected, rel_tol=rel, abs_tol=abs_)
    if type(expected) in (list, tuple):
        return (type(actual) is type(expected) and len(actual) == len(expected)
                and all(_same(a, e, rel, abs_) for a, e in zip(actual, expected)))
    if type(expected) is dict:
        return (type(actual) is dict and set(actual) == set(expected)
                and all(_same(actual[k], expected[k], rel, abs_) for k in expected))
    if type(expected) in (set, frozenset):
        return type(actual) is type(expected) and set.__eq__(set(actual), set(expected))
    if type(expected) in (int, str, bytes, type(None)):
        return type(actual) is type(expected) and type(expected).__eq__(expected, actual) is True
    # Other values (Decimal, datetime, ...): exact type, then equality as the expected type sees it.
    return type(actual) is type(expected) and type(expected).__eq__(expected, actual) is True


def expect_equal(actual, expected, what: str, *, rel: float = 1e-9, abs_tol: float = 1e-9,
                 reveal: bool = True) -> None:
    """Fail unless ``actual`` equals ``expected`` with the same type (floats compared with tolerance).

    Hidden tests pass ``reveal=False`` so the message never shows the expected value.
    """
    if not _same(actual, expected, rel, abs_tol):
        if reveal:
            raise CheckFailed(f"{what}: expected {_describe(expected)} ({type(expected).__name__}), "
                              f"got {_describe(actual)} ({type(actual).__name__})")
        raise CheckFailed(f"{what}: your answer is not right yet (got {_describe(actual)})")


def expect_true(condition, what: str) -> None:
    """Fail with ``what`` unless ``condition`` is exactly True."""
    if condition is not True:
        raise CheckFailed(what)


def expect_raises(error: type[BaseException], call, *args, what: str, match: str | None = None, **kwargs):
    """Fail unless ``call(*args, **kwargs)`` raises ``error`` (whose message contains ``match``)."""
    try:
        call(*args, **kwargs)
    except NotImplementedError:
        raise
    except error as raised:
        if match is not None and match.lower() not in str(raised).lower():
            raise CheckFailed(f"{what}: raised {error.__name__} but the message does not mention {match!r}")
        return raised
    except Exception as other:  # noqa: BLE001 - we report what was raised instead
        raise CheckFailed(f"{what}: expected {error.__name__}, got {type(other).__name__}: {other}") from None
    raise CheckFailed(f"{what}: expected {error.__name__}, but nothing was raised")


@contextmanager
def exercise(name: str):
    """Run the visible checks of one exercise; see the module docstring."""
    try:
        yield
    except NotImplementedError:
        if grading():
            raise NotAttempted(f"Exercise {name} is not attempted: the solution still raises "
                               "NotImplementedError") from None
        print(f"Exercise {name}: not attempted yet. Replace `raise NotImplementedError()` "
              "with your answer, then run this cell again.")
        return
    print(f"Exercise {name}: visible checks passed. Hidden tests run when the notebook is graded.")
