"""JudgedExecute: nbgrader's execution, with every autograded test cell judged outside the submission.

Solution cells and ordinary cells run in the submission's kernel as before. The trusted setup cells
(locked, neither graded nor a solution) run there AND in the judge. Each autograded code test cell is
never sent to the kernel: its trusted source (from the gradebook, where nbgrader keeps it) runs here, in
the grader's process, in a namespace holding the judge's own setup and earlier test cells, and falling
back to the notebook's names through stand-ins (``standins``). The verdict is written into the cell's
outputs the way nbgrader reads them, so SaveAutoGrades, partial credit, the gradebook, the formgrader
and plain ``nbgrader autograde`` work unchanged.
"""
from __future__ import annotations

import ast

from nbclient.exceptions import DeadKernelError
from nbformat.v4 import new_output
from traitlets import Bool

from nbgrader import utils

from ..execute import GuardedExecute
from ..limits import explanation
from . import verdict
from .link import JudgeTimeout, KernelGone
from .standins import Judge, JudgeNamespace

WITHHELD_NOTE = ("(Output not kept: this cell ran after hidden tests had called your code, so it could repeat "
                 "their inputs. Run the notebook to see it.)")

# Names the checks come from: never fetched from the submission, whatever the notebook does.
_CHECK_NAMES = {"exercise", "expect_equal", "expect_true", "expect_raises", "CheckFailed", "NotAttempted",
                "grading", "Stubber"}


def is_test_cell(cell) -> bool:
    return cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell)


def is_setup_cell(cell) -> bool:
    return (cell.cell_type == "code" and utils.is_locked(cell) and not utils.is_grade(cell)
            and not utils.is_solution(cell))


def defined_names(source: str) -> set[str]:
    """Names a piece of trusted code binds at its top level or anywhere (assignments, defs, imports)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


class TrustedSources:
    """The instructor's source of every locked cell, by grade_id: from the gradebook when grading
    (nbgrader stored them at generate_assignment), else from the notebook as given (unit tests)."""

    def __init__(self, setup: dict[str, str], tests: dict[str, str]):
        self.setup, self.tests = setup, tests

    @classmethod
    def from_gradebook(cls, db_url: str, assignment: str, notebook: str, attempts: int = 5) -> "TrustedSources":
        """Read the instructor's sources; a SQLite gradebook another grading process is writing is busy
        now and then, so a failed read is tried again a few times."""
        import time

        for attempt in range(attempts):
            try:
                return cls._read_gradebook(db_url, assignment, notebook)
            except Exception as problem:  # noqa: BLE001 - sqlalchemy's OperationalError ("database is locked")
                if attempt == attempts - 1 or "locked" not in str(problem).lower():
                    raise
                time.sleep(0.5 * (attempt + 1))
        raise AssertionError("unreachable")

    @classmethod
    def _read_gradebook(cls, db_url: str, assignment: str, notebook: str) -> "TrustedSources":
        from nbgrader.api import Gradebook

        with Gradebook(db_url) as gb:
            nb = gb.find_notebook(notebook, assignment)
            graded = {c.name for c in nb.grade_cells}
            solutions = {c.name for c in nb.solution_cells}
            setup, tests = {}, {}
            for cell in nb.source_cells:
                if cell.cell_type != "code":
                    continue
                if cell.name in graded and cell.name not in solutions:
                    tests[cell.name] = cell.source
                elif cell.locked and cell.name not in graded and cell.name not in solutions:
                    setup[cell.name] = cell.source
        return cls(setup, tests)

    @classmethod
    def from_notebook(cls, nb) -> "TrustedSources":
        setup = {c.metadata.nbgrader["grade_id"]: c.source for c in nb.cells if is_setup_cell(c)}
        tests = {c.metadata.nbgrader["grade_id"]: c.source for c in nb.cells if is_test_cell(c)}
        return cls(setup, tests)


class JudgeSession:
    """The judge of one submission's kernel: trusted setup cells and judged test cells, by grade_id."""

    def __init__(self, kc, km, trusted: TrustedSources, timeout: float = 10.0, log=None):
        self.trusted, self.log = trusted, log
        # Once a hidden test has called the submission, it may have kept the hidden inputs: from then on no
        # verdict repeats what the submission returned or raised, and JudgedExecute keeps no output of later cells.
        self.after_hidden = False
        self.judge = Judge(kc, km, timeout=timeout)
        self.namespace = JudgeNamespace(self.judge)
        judge_only = set(_CHECK_NAMES)
        for source in list(trusted.setup.values()) + list(trusted.tests.values()):
            judge_only |= defined_names(source)
        self.namespace.judge_only = judge_only

    def run_setup(self, grade_ids) -> None:
        """Run trusted setup cells here (the kernel runs them too, in the notebook)."""
        self.judge.start_cell()
        try:
            for grade_id in grade_ids:
                outputs = verdict.run_test_source(self.trusted.setup[grade_id], self.namespace,
                                                  fatal=(KernelGone, DeadKernelError))
                problems = [o.get("evalue") for o in outputs if o.output_type == "error"]
                if problems and self.log is not None:
                    self.log.warning("The judge could not run setup cell %s: %s", grade_id, problems)
        finally:
            self.judge.finish_cell()

    def judge_test(self, grade_id: str, source: str | None = None) -> list:
        """The outputs of test cell ``grade_id`` (its trusted source) judged against the kernel now.
        Raises KernelGone / DeadKernelError when the kernel stops."""
        source = self.trusted.tests.get(grade_id, source or "")
        self.judge.start_cell()
        try:
            self.namespace.forget_fetched()
            self.namespace.note_clients()
            self.namespace.prefetch(source)
            outputs = verdict.run_test_source(source, self.namespace, self.judge.sticky,
                                              fatal=(KernelGone, DeadKernelError), withhold=self.after_hidden)
        finally:
            self.judge.finish_cell()
        self.after_hidden = self.after_hidden or bool(verdict.hidden_line_numbers(source))
        for output in outputs:
            if output.output_type == "error" and output.ename == JudgeTimeout.__name__:
                output.ename = "CellTimeoutError"
        return outputs


class JudgedExecute(GuardedExecute):
    judge_tests = Bool(True, help="Judge autograded test cells outside the kernel").tag(config=True)
    # widget state goes into the notebook's metadata, which the feedback page embeds: a widget made after
    # hidden tests could carry their inputs there (grading needs no widget state)
    store_widget_state = Bool(False).tag(config=True)
    trusted_sources = None  # a TrustedSources to use instead of the gradebook (checks and tests)

    def preprocess(self, nb, resources=None, km=None):
        # The grader never needs real AWS: fake credentials here, inherited by the kernel it starts
        # (the notebook's own setup cell blocks requests in the kernel; the judge's blocks them here).
        from course.offline import isolate_aws

        isolate_aws()
        self._session = None
        self._pending: list[str] = []   # trusted setup cells the kernel ran that the judge has not
        info = (resources or {}).get("nbgrader", {})
        if self.trusted_sources is not None:
            self._trusted = self.trusted_sources
        elif self.judge_tests and all(info.get(k) for k in ("db_url", "assignment", "notebook")):
            self._trusted = TrustedSources.from_gradebook(info["db_url"], info["assignment"], info["notebook"])
        else:
            self._trusted = TrustedSources.from_notebook(nb)
        present = {c.metadata.nbgrader.get("grade_id") for c in nb.cells if is_setup_cell(c)}
        # a setup cell missing from the submission still runs in the judge (before the first test)
        self._pending = [g for g in self._trusted.setup if g not in present]
        return super().preprocess(nb, resources, km)

    def preprocess_cell(self, cell, resources, index):
        if not self.judge_tests or cell.cell_type != "code":
            return super().preprocess_cell(cell, resources, index)
        if is_setup_cell(cell):
            grade_id = cell.metadata.nbgrader.get("grade_id")
            if grade_id in self._trusted.setup:
                cell.source = self._trusted.setup[grade_id]
                self._pending.append(grade_id)
            result = self._run_in_kernel(cell, resources, index)
            if self._session is not None and self._died_in is None:
                self._flush_setup()
            return result
        if not is_test_cell(cell) or self._died_in is not None:
            return self._run_in_kernel(cell, resources, index)  # a dead kernel: marked "not run"
        return self._judge_cell(cell, resources)

    # -- a cell that runs in the kernel after hidden tests called the submission: nothing of the kernel's is kept.
    # It may have kept the hidden tests' inputs and could print them, raise them or display them; only what the
    # grader itself writes (a timeout, a stopped kernel, a sandbox limit in our words) stays, for the feedback.
    def _run_in_kernel(self, cell, resources, index):
        self._hiding = self._session is not None and self._session.after_hidden
        self._withheld, self._timed_out = [], False
        try:
            cell, resources = super().preprocess_cell(cell, resources, index)
        finally:
            self._hiding = False
        if self._withheld:
            cell.outputs.insert(0, new_output("stream", name="stdout", text=WITHHELD_NOTE + (
                " It raised an error, whose message is not shown either." if "error" in self._withheld else "") + "\n"))
        return cell, resources

    def output(self, outs, msg, display_id, cell_index):
        if not getattr(self, "_hiding", False):
            return super().output(outs, msg, display_id, cell_index)
        content = msg.get("content", {})
        words = explanation(str(content.get("ename", "")), str(content.get("evalue", ""))) \
            if msg.get("msg_type") == "error" else None
        if words:  # a sandbox limit: ExplainLimits' words only
            outs.append(new_output("error", ename="GradingLimitExceeded", evalue=words,
                                   traceback=[f"GradingLimitExceeded: {words}"]))
        else:
            self._withheld.append(msg.get("msg_type"))
        return None

    def clear_output(self, outs, msg, cell_index):
        if not getattr(self, "_hiding", False):
            super().clear_output(outs, msg, cell_index)

    async def _async_handle_timeout(self, timeout, cell=None):
        self._timed_out = True  # nbgrader then writes our CellTimeoutError (the config's words)
        return await super()._async_handle_timeout(timeout, cell)

    def on_cell_executed(self, **kwargs):
        if getattr(self, "_hiding", False) and not self._timed_out:
            if kwargs["execute_reply"]["content"].get("status") == "error":
                self._withheld.append("error")
            return None  # the kernel's own reply: its error's words are the submission's
        return super().on_cell_executed(**kwargs)

    def _update_display_id(self, display_id, msg):
        """nbclient rewrites every earlier output that shares a display id: a cell that ran after hidden tests
        could put what it kept into an earlier cell, whose output the feedback shows. Grading keeps outputs where
        they were made."""
        if not self.judge_tests:
            super()._update_display_id(display_id, msg)

    def _flush_setup(self) -> None:
        pending, self._pending = self._pending, []
        self._session.run_setup(pending)

    def _judge_cell(self, cell, resources):
        grade_id = cell.metadata.nbgrader.get("grade_id")
        cell.source = self._trusted.tests.get(grade_id, cell.source)
        try:
            if self._session is None:
                self._session = JudgeSession(self.kc, self.km, self._trusted, float(self.timeout or 30), self.log)
                self._flush_setup()
            cell.outputs = self._session.judge_test(grade_id, cell.source)
        except (KernelGone, DeadKernelError):
            self._died_in = f"cell '{grade_id}'"
            cell.outputs = [verdict.error_output(
                "KernelDied", "The Python kernel stopped while the grader was calling your code. Cells after "
                "it were not run and score 0.", "The test did not pass")]
        cell.execution_count = None
        return cell, resources
