"""Run one test cell's trusted source in the judge and turn the outcome into nbgrader outputs.

A pass is a stdout stream with what the checks printed (exercise()'s "visible checks passed");
a failure is an error output whose traceback is one line of the judge's own words, saying whether a
visible check or a hidden test failed; a number as the cell's last expression is an execute_result
(nbgrader's partial credit). Nothing the submission printed is in any of it.
"""
from __future__ import annotations

import ast
import contextlib
import io
import os
import re
import traceback

from nbformat.v4 import new_output

CELL_FILE = "<judged test cell>"
MAX_PRINTED = 16 * 1024
WHERE = ("A hidden test failed", "A visible check failed", "A test failed", "The test did not pass",
         "The test cell could not run")


def hidden_line_numbers(source: str) -> set[int]:
    numbers, inside = set(), False
    for number, line in enumerate(source.split("\n"), start=1):
        if "BEGIN HIDDEN TESTS" in line:
            inside = True
        if inside:
            numbers.add(number)
        if "END HIDDEN TESTS" in line:
            inside = False
    return numbers


def _failing_line(error: BaseException) -> int | None:
    line = None
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename == CELL_FILE:
            line = frame.lineno
    return line


def error_output(ename: str, evalue: str, where: str, check_lines: list[str] | None = None):
    """nbgrader's error output in the judge's words: where it failed, then the check's own short lines
    (course.testing's ``✗ Exercise ...: ...``) when a check failed, else the error's type and message."""
    if check_lines:
        lines = [f"{where}.", f"✗ {check_lines[0]}"] + [f"  {line}" for line in check_lines[1:]]
        shown = " ".join(lines)
        # a short line may cut the message: never cut what the grader could not check
        lines += [f"  (got {found})" for found in sorted(set(_UNCHECKABLE.findall(evalue))) if found not in shown]
        return new_output("error", ename=ename, evalue=evalue, traceback=lines)
    message = f"{ename}: {evalue}" if evalue else ename
    return new_output("error", ename=ename, evalue=evalue, traceback=[f"{where}. {message}"])


_UNCHECKABLE = re.compile(r"<a value the grader cannot check: [^<>]{1,80}>")


def _check_lines(error: BaseException, withhold: bool) -> list[str] | None:
    """A course check's short lines (only our own CheckFailed: an exception from the submission may carry
    attributes of any name); when ``withhold``, without what the submission returned or raised."""
    from course.testing import CheckFailed

    if not isinstance(error, CheckFailed):
        return None
    return error.withheld_lines() if withhold else error.short_lines()


def _known_name(error: BaseException) -> str:
    """The error's class name if it is Python's or botocore's; a class the submission made could be named anything."""
    from .errors import known_class

    name = type(error).__name__
    return name if known_class(name) is type(error) or type(error).__module__ == "builtins" else "an exception"


@contextlib.contextmanager
def _grading_environment():
    previous = os.environ.get("NBGRADER_EXECUTION")
    os.environ["NBGRADER_EXECUTION"] = "autograde"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("NBGRADER_EXECUTION", None)
        else:
            os.environ["NBGRADER_EXECUTION"] = previous


def run_test_source(source: str, namespace: dict, sticky: list | None = None, fatal: tuple = (),
                    withhold: bool = False) -> list:
    """Execute trusted test code in ``namespace``; return the cell's outputs (nbformat). Exceptions in
    ``fatal`` (the kernel died) are raised, not reported.

    What the submission returned or raised is never repeated for a hidden test, nor for any check when
    ``withhold`` (hidden tests have already called the submission, which could have kept their inputs)."""
    printed = io.StringIO()
    outputs = []
    try:
        tree = ast.parse(source, CELL_FILE)
    except SyntaxError as error:
        return [error_output("SyntaxError", str(error), "The test cell could not run")]
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    value = None
    with _grading_environment(), contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
        try:
            exec(compile(tree, CELL_FILE, "exec"), namespace)  # noqa: S102 - trusted test code, judge-side
            if last is not None:
                value = eval(compile(ast.Expression(last.value), CELL_FILE, "eval"), namespace)  # noqa: S307
            if sticky:
                raise sticky[0]
            error = None
        except fatal:
            raise
        except Exception as raised:  # noqa: BLE001 - every failure becomes the cell's error output
            error = raised
    text = printed.getvalue()
    if len(text) > MAX_PRINTED:
        text = text[:MAX_PRINTED] + f"\n[output cut: {len(printed.getvalue()):,} characters]\n"
    if text:
        outputs.append(new_output("stream", name="stdout", text=text))
    if error is not None:
        try:
            outputs.append(_failure_output(error, source, withhold))
        except Exception:  # noqa: BLE001 - an error the grader cannot describe still fails the cell, plainly
            outputs.append(error_output("Error", "", "The test did not pass", ["the check could not be described"]))
    elif value is not None:
        outputs.append(new_output("execute_result", data={"text/plain": repr(value)}, execution_count=None))
    return outputs


def _failure_output(error: BaseException, source: str, withhold: bool):
    """The error output for a failed test cell, in the judge's words."""
    line = _failing_line(error)
    hidden = hidden_line_numbers(source)
    if line is not None and line in hidden:
        where = "A hidden test failed"
    elif line is not None:
        where = "A visible check failed"
    else:
        where = "A test failed" if hidden else "The test did not pass"
    withhold = withhold or where in ("A hidden test failed", "A test failed")
    lines = _check_lines(error, withhold)
    if withhold and lines is None:
        name = _known_name(error)
        return error_output(name, "", where, [f"your code raised {name} (its message is not shown once hidden "
                                              "tests have run)"])
    if withhold:
        return error_output(type(error).__name__, " ".join(lines), where, lines)
    return error_output(type(error).__name__, _message(error), where, lines)


def _message(error: BaseException) -> str:
    try:
        text = str(error)
    except Exception:  # noqa: BLE001
        text = ""
    return text if len(text) <= 2000 else text[:1997] + "..."


