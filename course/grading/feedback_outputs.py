"""HideOutputsAfterHiddenTests: a feedback page never shows what the submission printed after hidden tests ran.

Hidden tests call the submission's functions with inputs the learner must not see. The submission can keep
those inputs and print them in a later cell, where they would reach the feedback page as ordinary output.
So from the first test cell that holds hidden tests on, the page shows the judge's verdicts only: every later
code cell that is not a test cell has its outputs replaced by one line saying why. The judge withholds what the
submission returned or raised from those verdicts (course.grading.judge.verdict, ``withhold``). The
autograded notebook the instructor sees keeps every output.
"""
from __future__ import annotations

from nbformat.notebooknode import NotebookNode
from nbformat.v4 import new_output
from traitlets import Unicode

from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor

HIDDEN_MARKER = "BEGIN HIDDEN TESTS"


def is_test_cell(cell) -> bool:
    return cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell)


class HideOutputsAfterHiddenTests(NbGraderPreprocessor):
    note = Unicode("(This cell's output is not shown in feedback: it ran after hidden tests had called your code. "
                   "Run the notebook to see it.)").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict):
        after_hidden = False
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            if is_test_cell(cell):
                after_hidden = after_hidden or HIDDEN_MARKER in cell.source
            elif after_hidden and cell.outputs:
                cell.outputs = [new_output("stream", name="stdout", text=self.note + "\n")]
        return nb, resources
