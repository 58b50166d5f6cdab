"""ExplainLimits: a sandbox limit that stopped a submission is said in our words, not as a bare errno.

Inside the grading sandbox (sandbox.py) a breach shows up as an ordinary Python error in the cell that
caused it: MemoryError, ``OSError: [Errno 27] File too large``, ``[Errno 28] No space left on device``,
``BlockingIOError: [Errno 11]`` from fork or "can't start new thread". A kernel killed for its CPU time
is reported by GuardedExecute (it asks the kernel manager why the kernel died). The score is defined by
nbgrader's rule: an error in a test cell scores 0, and the cells before it keep their points.
"""
from __future__ import annotations

from nbformat.notebooknode import NotebookNode

from nbgrader.preprocessors import NbGraderPreprocessor

from .sandbox import human_bytes


def _limits():
    from . import config

    return config


def explanation(ename: str, evalue: str) -> str | None:
    """Our words for an error that a sandbox limit caused, or None."""
    c = _limits()
    text = f"{ename}: {evalue}"
    if ename == "MemoryError":
        return (f"the submission used more than {human_bytes(c.SANDBOX_MEMORY_BYTES)} of memory "
                "(the grader's limit), so this cell was stopped")
    if "[Errno 27]" in text or "File too large" in text:
        return (f"the submission tried to write a file larger than {human_bytes(c.SANDBOX_FILE_BYTES)} "
                "(the grader's limit)")
    if "[Errno 28]" in text or "No space left on device" in text:
        return (f"the submission wrote more than {human_bytes(c.SANDBOX_SCRATCH_BYTES)} of files "
                "(the grader's limit)")
    if (ename == "BlockingIOError" and "[Errno 11]" in text) or "can't start new thread" in text:
        return (f"the submission started more than {c.SANDBOX_MAX_PROCESSES} processes or threads "
                "(the grader's limit)")
    return None


class ExplainLimits(NbGraderPreprocessor):
    """Rewrite errors caused by a sandbox limit into a sentence a learner understands."""

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int):
        if cell.cell_type != "code":
            return cell, resources
        for output in cell.outputs:
            if output.output_type != "error":
                continue
            words = explanation(output.get("ename", ""), output.get("evalue", ""))
            if words:
                output.ename = "GradingLimitExceeded"
                output.evalue = words
                output.traceback = [f"GradingLimitExceeded: {words}"]
        return cell, resources
