"""ScrubFeedback: what a learner receives shows their own work and their results, never our answers.

Stock nbgrader renders the autograded notebook, in which locked test cells were restored from the
gradebook WITH their hidden tests, and deleted answer cells were restored WITH the model answer; the
traceback of a failing hidden test quotes its source lines. This preprocessor, run by
GenerateFeedback, removes solution, hidden-test and mark-scheme regions from every cell and reduces the
error of a test cell to its message (saying whether a visible or a hidden check failed).
"""
from __future__ import annotations

import re

from nbformat.notebooknode import NotebookNode
from traitlets import Unicode

from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_CELL_LINE = re.compile(r"(?:Cell In\s*\[\d*\]|<ipython-input-[^>]*>)\D*line (\d+)")


def strip_region(source: str, begin: str, end: str, replacement: str | None) -> tuple[str, list[int]]:
    """Drop the lines between begin/end markers (markers included). Returns the new source and the
    1-based line numbers (in the ORIGINAL source) that were inside a region."""
    out, removed, inside = [], [], False
    for number, line in enumerate(source.split("\n"), start=1):
        if begin in line:
            inside = True
            removed.append(number)
            if replacement is not None:
                indent = line[: len(line) - len(line.lstrip())]
                out.append(indent + replacement)
            continue
        if inside:
            removed.append(number)
            if end in line:
                inside = False
            continue
        out.append(line)
    return "\n".join(out), removed


def failing_line(traceback: list[str]) -> int | None:
    """The line of the test cell where the error was raised (the first frame that is the cell)."""
    for entry in traceback:
        match = _CELL_LINE.search(_ANSI.sub("", entry))
        if match:
            return int(match.group(1))
    return None


class ScrubFeedback(NbGraderPreprocessor):
    hidden_note = Unicode("# (hidden tests ran here; their code is not shown)").tag(config=True)
    solution_note = Unicode("(model answer withheld)").tag(config=True)

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int):
        source = cell.source
        hidden_lines: list[int] = []
        if cell.cell_type == "code":
            source, hidden_lines = strip_region(source, "BEGIN HIDDEN TESTS", "END HIDDEN TESTS", self.hidden_note)
            source, _ = strip_region(source, "BEGIN SOLUTION", "END SOLUTION", "# " + self.solution_note)
        else:
            source, _ = strip_region(source, "BEGIN SOLUTION", "END SOLUTION", self.solution_note)
        source, _ = strip_region(source, "BEGIN MARK SCHEME", "END MARK SCHEME", None)
        cell.source = source
        if cell.cell_type == "code" and utils.is_grade(cell):
            for output in cell.outputs:
                if output.output_type == "error":
                    self._reduce(output, hidden_lines)
        return cell, resources

    @staticmethod
    def _reduce(output, hidden_lines: list[int]) -> None:
        from .judge.verdict import WHERE

        if len(output.get("traceback", [])) >= 1 and output.traceback[0].startswith(WHERE):
            return  # already the judge's own words
        output.traceback = [failure_message(output, hidden_lines)]


def check_headline(traceback: list[str]) -> str | None:
    """The course's one-line check message (``✗ Exercise ...``) in a rendered traceback, without the mark."""
    for entry in traceback:
        for line in _ANSI.sub("", entry).splitlines():
            if line.startswith("✗ "):
                return line[2:].strip()
    return None


def failure_message(output, hidden_lines: list[int] | None = None) -> str:
    """What a learner may read about a failed test cell's error output: the check's own one-line message
    (course.testing renders it), or the error's type and message, with whether a visible check or a hidden
    test failed. Never a source line of the test cell."""
    headline = check_headline(output.get("traceback", []))
    if headline is not None:
        from course.testing import HIDDEN_MARK

        return f"{'A hidden test failed' if HIDDEN_MARK + ':' in headline else 'A visible check failed'}: {headline}"
    hidden_lines = hidden_lines or []
    line = failing_line(output.get("traceback", []))
    if hidden_lines and (line is None or line in hidden_lines):
        where = "A hidden test failed" if line is not None else "A test failed"
    else:
        where = "A visible check failed" if line is not None else "The test did not pass"
    message = f"{output.ename}: {output.evalue}" if output.evalue else output.ename
    return f"{where}. {message}"


def notebook_failures(nb) -> dict[str, str]:
    """For each graded test cell of an autograded notebook that has an error output: its grade_id and the
    message a learner may read (see failure_message)."""
    found = {}
    for cell in nb.cells:
        if cell.cell_type != "code" or not utils.is_grade(cell):
            continue
        _, hidden_lines = strip_region(cell.source, "BEGIN HIDDEN TESTS", "END HIDDEN TESTS", None)
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                found[cell.metadata.nbgrader["grade_id"]] = failure_message(output, hidden_lines)
                break
    return found
