"""GuardedExecute: nbgrader's Execute, but a kernel that dies costs only the cells from there on.

Stock nbgrader aborts the whole notebook on DeadKernelError, deletes the student's autograded folder
and leaves every grade empty. Here the cell that killed the kernel and every later cell get an error
output saying what happened, so the submission gets a defined score and a readable feedback.
"""
from __future__ import annotations

from nbclient.exceptions import DeadKernelError
from nbformat.v4 import new_output

from nbgrader.preprocessors import Execute


def _error(ename: str, message: str):
    return new_output("error", ename=ename, evalue=message, traceback=[f"{ename}: {message}"])


def _label(cell, index: int) -> str:
    grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
    return f"cell '{grade_id}'" if grade_id else f"cell {index}"


class GuardedExecute(Execute):
    def preprocess(self, nb, resources=None, km=None):
        self._died_in = None
        return super().preprocess(nb, resources, km)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code":
            return cell, resources
        if self._died_in is not None:
            cell.outputs = [_error("KernelDied", f"Not run: the Python kernel stopped in {self._died_in}.")]
            return cell, resources
        try:
            cell, resources = super().preprocess_cell(cell, resources, index)
            # a sandbox limit still exceeded after the cell (a process flood): stop the kernel, defined outcome
            reason = getattr(self.km, "limit_breached", lambda: None)()
            if reason:
                self.km.stop_for_limit()
                self._died_in = _label(cell, index)
                self.log.warning("Kernel stopped after %s: %s", self._died_in, reason)
                cell.outputs.append(_error(
                    "KernelDied", f"The grader stopped the Python kernel after this cell ({reason}). "
                                  "Cells after it were not run and score 0."))
            return cell, resources
        except DeadKernelError:
            self._died_in = _label(cell, index)
            self.log.warning("Kernel died in %s; later cells are marked as not run", self._died_in)
            # a sandboxed kernel manager knows when a limit killed it (CPU time, processes...)
            reason = getattr(self.km, "death_reason", lambda: None)()
            cause = reason or "os._exit, a crash or running out of memory"
            cell.outputs.append(_error(
                "KernelDied",
                f"The Python kernel stopped while running this cell ({cause}). Cells after it were not run "
                "and score 0."))
            return cell, resources
