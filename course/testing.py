"""Checks that test cells use: strict, readable, and honest about what they prove.

Visible tests wrap their checks in ``exercise(...)``:

    with exercise("4.1 read capacity"):
        expect_equal(read_units(8, "strong"), 2, "8 KB strongly consistent read")

- When every visible check passes it prints "visible checks passed": hidden tests still run when the
  notebook is graded, so it never claims that *all* tests passed.
- When the solution cell still raises ``NotImplementedError`` a learner studying in JupyterLab sees a
  "not attempted yet" note instead of a traceback, so Run All goes on to the next section. Under
  nbgrader (validate or autograde) the same situation is a failure: an unanswered exercise scores 0.
  When some of an exercise's functions are written and others still raise, the note names the ones
  still to do.
- A failed check is one short message (the exercise, what was checked, what was expected and got), not a
  traceback: ``CheckFailed._render_traceback_`` is what IPython shows, in Run All, in nbgrader's Validate
  and in the graded notebook. When the learner's own code raises inside ``exercise(...)``, the message
  names the error and shows only the learner's frames (never this module's or contextlib's).

``expect_equal`` compares types strictly, so an object that claims to equal everything
(``__eq__`` returning True) cannot pass a check.
"""
from __future__ import annotations

import math
import os
import textwrap
import traceback
import types
from contextlib import contextmanager
from pathlib import Path

_COURSE_DIR = str(Path(__file__).resolve().parent)
_LINE_WIDTH = 100  # the Validate dialog and a notebook output both show this much without wrapping
_MAX_LINES = 3
_RED, _RESET = "\x1b[0;31m", "\x1b[0m"

# The exercise whose checks run now (kept after its block so hidden checks below it carry its name).
_current = {"exercise": None, "inside": False}
HIDDEN_MARK = ", hidden test"  # after the exercise name when a check below the visible block failed


class CheckFailed(AssertionError):
    """A check failed; ``str()`` is the message (what was checked, expected and got).

    ``exercise`` names the exercise the check belongs to (None outside any exercise); IPython shows
    ``_render_traceback_()``: at most three short lines, no frames.
    """

    def __init__(self, message: str = "", exercise: str | None = None, found: str = ""):
        super().__init__(message + found)
        # ``found``: the part of the message that shows what the learner's code returned or raised. A grader
        # that must not repeat the submission's words (after hidden tests called it) leaves it out.
        self.found = found
        self.exercise = exercise if exercise is not None else _current["exercise"]
        # A check that fails after its exercise's visible block (a hidden test, under grading).
        self.hidden = exercise is None and _current["exercise"] is not None and not _current["inside"]

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def headline(self) -> str:
        """The whole message, prefixed with the exercise: 'Exercise 2.1 ...: what: expected ..., got ...'."""
        if not self.exercise:
            return self.message
        return f"Exercise {self.exercise}{HIDDEN_MARK if self.hidden else ''}: {self.message}"

    withheld_note = ""  # said instead of ``found`` when it is withheld

    def short_lines(self) -> list[str]:
        """The headline wrapped to at most three lines of at most 100 characters."""
        return _wrap(self.headline())

    def withheld_lines(self) -> list[str]:
        """short_lines() without what the learner's code returned or raised (``found``)."""
        full = self.headline()
        if self.found and full.endswith(self.found):
            full = full[: -len(self.found)] + self.withheld_note
        return _wrap(full)

    def _render_traceback_(self) -> list[str]:
        lines = self.short_lines()
        return [f"{_RED}✗ {lines[0]}{_RESET}"] + [f"  {line}" for line in lines[1:]]


class NotAttempted(CheckFailed):
    """The exercise (or one of its functions) still raises NotImplementedError."""


class CodeRaised(CheckFailed):
    """The learner's code raised an exception while the visible checks ran; shows the learner's frames only."""

    withheld_note = " an exception"  # "your code raised an exception", when what it raised is withheld

    def __init__(self, message: str = "", exercise: str | None = None, frames: list[str] | None = None,
                 found: str = ""):
        super().__init__(message, exercise, found)
        self.frames = list(frames or [])

    def _render_traceback_(self) -> list[str]:
        return super()._render_traceback_() + self.frames


def _wrap(text: str) -> list[str]:
    lines = textwrap.wrap(text, _LINE_WIDTH - 2, break_long_words=True, break_on_hyphens=False) or [""]
    if len(lines) > _MAX_LINES:
        lines = lines[:_MAX_LINES]
        lines[-1] = lines[-1][:_LINE_WIDTH - 5] + " ..."
    return lines


def grading() -> bool:
    """True while nbgrader validates or autogrades this notebook."""
    return bool(os.environ.get("NBGRADER_EXECUTION"))


def _raised(error: BaseException) -> str:
    """'TypeError: message' for an exception the learner's code raised."""
    try:
        message = str(error)
    except Exception:  # noqa: BLE001 - a hostile __str__
        message = "?"
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


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
            raise CheckFailed(f"{what}: expected {_describe(expected)} ({type(expected).__name__})",
                              found=f", got {_describe(actual)} ({type(actual).__name__})")
        raise CheckFailed(f"{what}: your answer is not right yet", found=f" (got {_describe(actual)})")


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
        raise CheckFailed(f"{what}: expected {error.__name__}", found=f", got {_raised(other)}") from None
    raise CheckFailed(f"{what}: expected {error.__name__}, but nothing was raised")


# ---- what is still to do, and the learner's frames -------------------------------------------------

def _ours(filename: str) -> bool:
    """A frame of the course's own code or of the standard library's contextlib."""
    return filename.startswith(_COURSE_DIR) or os.path.basename(filename) == "contextlib.py"


def _learner_frames(tb) -> list[tuple[types.FrameType, int]]:
    return [(frame, line) for frame, line in traceback.walk_tb(tb) if not _ours(frame.f_code.co_filename)]


def _is_stub(function) -> bool:
    return "NotImplementedError" in getattr(function, "__code__", types.SimpleNamespace(co_names=())).co_names


def _functions_of_cell(frame: types.FrameType) -> list:
    """The functions (and methods) defined in the same cell as the function that ``frame`` runs."""
    filename = frame.f_code.co_filename
    found = []
    for value in list(frame.f_globals.values()):
        candidates = vars(value).values() if isinstance(value, type) else (value,)
        for candidate in candidates:
            if isinstance(candidate, types.FunctionType) and candidate.__code__.co_filename == filename:
                found.append(candidate)
    return found


def still_to_do(tb) -> tuple[list[str], bool]:
    """From the traceback of a NotImplementedError: the names of the exercise's functions that still raise
    it, and whether any of its functions is written already (a partial attempt)."""
    frames = _learner_frames(tb)
    if not frames:
        return [], False
    raiser = frames[-1][0]
    if _cell_label(raiser.f_code.co_filename) == raiser.f_code.co_filename:
        return [raiser.f_code.co_name], False  # not a notebook cell: a module's other functions are not siblings
    siblings = _functions_of_cell(raiser)
    stubs = [f.__qualname__ for f in siblings if _is_stub(f)] or [raiser.f_code.co_name]
    written = [f for f in siblings if not _is_stub(f)]
    return list(dict.fromkeys(stubs)), bool(written)


def _not_attempted_message(tb) -> str:
    stubs, partial = still_to_do(tb)
    names = ", ".join(f"{name}()" for name in stubs)
    if partial:
        verb = "is" if len(stubs) == 1 else "are"
        return f"{names} {verb} still to do (it raises NotImplementedError); the rest is written"
    return "not attempted yet"


def _cell_label(filename: str) -> str:
    try:
        label = get_ipython().compile.format_code_name(filename)  # noqa: F821 - defined inside IPython
    except Exception:  # noqa: BLE001 - outside IPython: the plain file name
        label = None
    return f"{label[0]} {label[1]}" if label else filename


def learner_traceback(error: BaseException) -> list[str]:
    """The frames of ``error``'s traceback that are the learner's (or the test cell's), newest last."""
    lines = []
    for frame, line in _learner_frames(error.__traceback__):
        code = frame.f_code
        text = (traceback.linecache.getline(code.co_filename, line) or "").strip()
        lines.append(f"  {_cell_label(code.co_filename)}, line {line}, in {code.co_name}: {text}")
    return lines[-4:]


@contextmanager
def exercise(name: str):
    """Run the visible checks of one exercise; see the module docstring."""
    _current["exercise"], _current["inside"] = name, True
    try:
        yield
    except NotImplementedError as raised:
        message = _not_attempted_message(raised.__traceback__)
        if grading():
            raise NotAttempted(message, name) from None
        print(f"Exercise {name}: {message}. Replace `raise NotImplementedError()` with your answer, then run "
              "this cell again." if message == "not attempted yet" else f"Exercise {name}: {message}.")
        return
    except CheckFailed as failed:
        if failed.exercise is None:
            failed.exercise = name
        raise
    except Exception as raised:  # noqa: BLE001 - the learner's own code raised: say so, briefly
        frames = learner_traceback(raised)
        raise CodeRaised("your code raised", name, frames, found=f" {_raised(raised)}") from raised
    finally:
        _current["inside"] = False
    print(f"Exercise {name}: visible checks passed. Hidden tests run when the notebook is graded.")
