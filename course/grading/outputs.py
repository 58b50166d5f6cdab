"""Output preprocessors that run after execution."""
from __future__ import annotations

from nbformat.notebooknode import NotebookNode
from traitlets import Integer

from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor


def _cut(text: str, limit: int, total: int) -> str:
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    kept = data[:limit].decode("utf-8", errors="ignore")
    return kept + f"\n... output cut: this cell printed {total:,} bytes; the grader keeps {limit:,} ...\n"


class CapOutputBytes(NbGraderPreprocessor):
    """Cap every cell's text output by BYTES (nbgrader's LimitOutput counts lines, so one 50 MB line
    passes it whole into the gradebook's autograded notebook and the feedback)."""

    max_bytes = Integer(64 * 1024, help="Bytes of text output kept per cell").tag(config=True)

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int):
        if cell.cell_type != "code":
            return cell, resources
        budget = self.max_bytes
        for output in cell.outputs:
            if output.output_type == "stream":
                size = len(output.text.encode("utf-8"))
                output.text = _cut(output.text, max(budget, 0), size)
                budget -= min(size, max(budget, 0))
            elif output.output_type in ("execute_result", "display_data"):
                for mime, value in list(output.get("data", {}).items()):
                    if isinstance(value, str) and mime.startswith("text/"):
                        output.data[mime] = _cut(value, self.max_bytes, len(value.encode("utf-8")))
            elif output.output_type == "error":
                output.evalue = _cut(output.evalue, 4096, len(output.evalue.encode("utf-8")))
                output.traceback = [_cut(line, 4096, len(line.encode("utf-8"))) for line in output.traceback]
        return cell, resources


class StderrIsNotFailure(NbGraderPreprocessor):
    """A test cell that raised nothing passed, even if it wrote to stderr (a warning, a log line).

    Stock nbgrader scores any stderr output as a failure. We keep the text, relabelled ``[stderr]`` on
    stdout, so the learner still sees it in the feedback.
    """

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int):
        if cell.cell_type != "code" or not utils.is_grade(cell):
            return cell, resources
        if any(o.output_type == "error" for o in cell.outputs):
            return cell, resources
        for output in cell.outputs:
            if output.output_type == "stream" and output.name == "stderr":
                output.name = "stdout"
                output.text = "".join(f"[stderr] {line}" for line in output.text.splitlines(keepends=True))
        return cell, resources
