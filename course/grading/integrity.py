"""Two preprocessors around nbgrader's Execute that make kernel tampering earn nothing.

``InjectIntegrityProbes`` (before Execute) inserts a first cell that runs ``kernel_guard.install()``,
a probe cell before every autograded test cell, and appends a completion line to each test cell, all
keyed by nonces made fresh for this grading run.

``VerifyIntegrityProbes`` (after Execute) reads those lines from the outputs. A test cell scores only if
it ran to its last line in a kernel that still matched the snapshot; otherwise it gets an error output
(so nbgrader's SaveAutoGrades scores it 0) whose message says why. It then removes every trace of the
injection, so the autograded notebook and the feedback look like the submission.
"""
from __future__ import annotations

import ast
import secrets
from typing import Any

from nbformat.notebooknode import NotebookNode
from nbformat.v4 import new_code_cell, new_output
from traitlets import Bool

from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor

from .kernel_guard import DONE_PREFIX, PROBE_PREFIX

GUARD_MODULE = "course.grading.kernel_guard"
MARK = "course_injected"
INTEGRITY_ERROR = "GradingIntegrityError"


def _is_test_cell(cell) -> bool:
    return cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell)


def _call(function: str, argument: str = "") -> str:
    arg = f'"{argument}"' if argument else ""
    return f'__import__("{GUARD_MODULE}", fromlist=["{function}"]).{function}({arg})'


def _injected(source: str, role: str, nonce: str = "") -> NotebookNode:
    cell = new_code_cell(source)
    cell.metadata[MARK] = {"role": role, "nonce": nonce}
    return cell


def integrity_error(message: str) -> NotebookNode:
    return new_output("error", ename=INTEGRITY_ERROR, evalue=message,
                      traceback=[f"{INTEGRITY_ERROR}: {message}"])


RESULT_NAME = "_course_test_result"


def with_done_line(source: str, call: str) -> str:
    """The test cell's source with ``call`` as its last statement. When the cell ends in an expression
    (whose value nbgrader reads as partial credit), that value is kept: the expression is assigned to a
    name, ``call`` follows (so it proves the expression ran), and the name is shown last."""
    try:
        tree = ast.parse(source)
    except SyntaxError:  # IPython syntax (magics): append, the cell's own error decides
        return source.rstrip("\n") + "\n" + call
    if not (tree.body and isinstance(tree.body[-1], ast.Expr)):
        return source.rstrip("\n") + "\n" + call
    last = tree.body[-1]
    lines = source.split("\n")
    first, final = last.lineno - 1, last.end_lineno - 1
    tail = lines[final].encode("utf-8")  # AST columns count UTF-8 bytes
    lines[final] = (tail[: last.end_col_offset] + b")" + tail[last.end_col_offset:]).decode("utf-8")
    lines[first] = f"{RESULT_NAME} = (" + lines[first]
    return "\n".join(lines[: final + 1] + [call, RESULT_NAME])


class InjectIntegrityProbes(NbGraderPreprocessor):
    enabled = Bool(True, help="Inject the tamper probes (disable only to reproduce stock behaviour)").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        if not self.enabled:
            return nb, resources
        cells = [_injected(_call("install"), "install")]
        for cell in nb.cells:
            if _is_test_cell(cell):
                probe_nonce, done_nonce = secrets.token_hex(8), secrets.token_hex(8)
                cells.append(_injected(_call("probe", probe_nonce), "probe", probe_nonce))
                cell.metadata[MARK] = {"role": "test", "nonce": done_nonce, "source": cell.source}
                cell.source = with_done_line(cell.source, _call("done", done_nonce))
            cells.append(cell)
        nb.cells = cells
        return nb, resources


def _stdout_text(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", [])
                   if o.output_type == "stream" and o.name == "stdout")


def _strip_lines(cell, prefix: str) -> None:
    kept = []
    for output in cell.outputs:
        if output.output_type == "stream":
            lines = output.text.splitlines(keepends=True)
            output.text = "".join(line for line in lines if not line.startswith(prefix))
            if not output.text:
                continue
        kept.append(output)
    cell.outputs = kept


def _has_error(cell) -> bool:
    return any(o.output_type == "error" for o in cell.get("outputs", []))


def _probe_verdict(probe_cell, nonce: str) -> str | None:
    """None if the probe saw an intact kernel, else the reason."""
    if probe_cell is None:
        return "the integrity probe before this test is missing"
    for line in _stdout_text(probe_cell).splitlines():
        if line.startswith(f"{PROBE_PREFIX} {nonce} "):
            verdict = line[len(f"{PROBE_PREFIX} {nonce} "):]
            return None if verdict == "ok" else verdict.removeprefix("TAMPERED ")
    if _has_error(probe_cell):
        return "the integrity probe before this test could not run"
    return "the integrity probe before this test printed nothing (cells are being rewritten or skipped)"


class VerifyIntegrityProbes(NbGraderPreprocessor):
    enabled = Bool(True, help="Check the probes injected by InjectIntegrityProbes").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        if not self.enabled:
            return nb, resources
        kept: list[Any] = []
        last_probe = None
        install_failed = None
        for cell in nb.cells:
            mark = cell.metadata.get(MARK)
            role = (mark or {}).get("role")
            if role == "install":
                if _has_error(cell):
                    install_failed = "the grader could not prepare the kernel"
                continue
            if role == "probe":
                last_probe = cell
                continue
            if role == "test":
                self._verify_test(cell, mark, last_probe, install_failed)
                last_probe = None
            kept.append(cell)
        nb.cells = kept
        return nb, resources

    def _verify_test(self, cell, mark: dict, probe_cell, install_failed: str | None) -> None:
        cell.source = mark["source"]
        del cell.metadata[MARK]
        done_nonce = mark["nonce"]
        finished = f"{DONE_PREFIX} {done_nonce}" in _stdout_text(cell)
        _strip_lines(cell, DONE_PREFIX)
        if _has_error(cell):
            return  # the test failed on its own: nbgrader scores it 0 already
        probe_nonce = probe_cell.metadata[MARK]["nonce"] if probe_cell is not None else ""
        reason = install_failed or _probe_verdict(probe_cell, probe_nonce)
        if reason:
            cell.outputs.append(integrity_error(
                f"Not graded: before this test ran, code in the notebook had altered the Python kernel "
                f"({reason}). Tests that run in an altered kernel earn no points."))
        elif not finished:
            cell.outputs.append(integrity_error(
                "Not graded: this test cell did not run to its last line, and no error was reported. "
                "Something in the notebook stops or hides test failures; such tests earn no points."))
