"""The feedback page a learner reads: an index by exercise name and points, written answers marked as waiting
for their grader, and, for a self-paced learner only, the model answer and marking guide of each written answer.

A thin layer over nbgrader's GenerateFeedback: preprocessors that add metadata or cells, and a template that
extends nbgrader's ``feedback`` template (only its index changes). Configured by ``configure(c)``.

- ``ExerciseLabels`` (class and self-paced): each graded cell gets ``label`` (``Exercise 2.1 the monthly Lambda
  bill``, or the written question's heading), ``message`` (the failing check's one-line message, see
  course.grading.feedback.failure_message) and ``status`` (``waits for your instructor`` for an ungraded
  written answer in a class; ``score it yourself`` when self-paced).
- ``ShowModelAnswers`` (self-paced only, added by course.grading.self_grade for one run, never configured for a
  class): after each written answer, a cell with the model answer and the marking guide read from the SOURCE
  notebook, and the command to record your own score. The release and a class's feedback never get them.
"""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
from nbformat.notebooknode import NotebookNode
from nbconvert.exporters import HTMLExporter
from traitlets import Unicode, default

from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor

from .feedback import failure_message, strip_region

TEMPLATES = Path(__file__).parent / "templates"
_EXERCISE = re.compile(r"""exercise\(\s*(["'])(.+?)\1""")
_HEADING = re.compile(r"^#+\s*(?:\d+\.\s*)?(.+?)\s*(?:\([^()]*points?[^()]*\))?\s*$", re.M)
WAITS_IN_CLASS = "waits for your instructor"
SCORE_YOURSELF = "score it yourself"


def exercise_label(cell, previous_markdown: str) -> str:
    """'Exercise 2.1 the monthly Lambda bill' for a test cell; the question's heading for a written answer."""
    if cell.cell_type == "code":
        match = _EXERCISE.search(cell.source)
        if match:
            return f"Exercise {match.group(2)}"
    headings = _HEADING.findall(previous_markdown)
    return headings[-1] if headings else cell.metadata.nbgrader["grade_id"]


class ExerciseLabels(NbGraderPreprocessor):
    """Label, status and failing-check message of every graded cell, for the feedback page's index."""

    written_status = Unicode(WAITS_IN_CLASS, help="Shown next to an ungraded written answer").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict):
        previous = ""
        for cell in nb.cells:
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("grade"):
                _, hidden_lines = strip_region(cell.source, "BEGIN HIDDEN TESTS", "END HIDDEN TESTS", None)
                meta["label"] = exercise_label(cell, previous)
                if cell.cell_type == "markdown" and not meta.get("score"):
                    meta["status"] = self.written_status
                errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
                if errors:
                    meta["message"] = failure_message(errors[0], hidden_lines)
            if cell.cell_type == "markdown" and not meta.get("grade"):
                previous += "\n" + cell.source
        return nb, resources


def model_answers(source_notebook: Path) -> dict[str, str]:
    """grade_id -> the model answer and marking guide of each written answer in a SOURCE notebook."""
    nb = nbformat.read(source_notebook, as_version=4)
    found = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "markdown" and meta.get("grade") and meta.get("solution"):
            lines = cell.source.split("\n")
            inside = [l for l in lines if "BEGIN SOLUTION" not in l and "END SOLUTION" not in l]
            found[meta["grade_id"]] = "\n".join(inside).strip()
    return found


class ShowModelAnswers(NbGraderPreprocessor):
    """Self-paced only: the model answer, the marking guide and a self-score prompt after each written answer."""

    source_dir = Unicode("", help="source/<assignment>: the notebooks with their solutions").tag(config=True)
    score_command = Unicode("./run.sh grade {assignment} --self-score {grade_id}=N",
                            help="How to record a self-score").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict):
        notebook = resources.get("nbgrader", {}).get("notebook", "")
        source = Path(self.source_dir) / f"{notebook}.ipynb"
        if not self.source_dir or not source.exists():
            return nb, resources
        answers = model_answers(source)
        assignment = resources.get("nbgrader", {}).get("assignment", "")
        cells = []
        for cell in nb.cells:
            cells.append(cell)
            meta = cell.metadata.get("nbgrader", {})
            grade_id = meta.get("grade_id")
            if cell.cell_type == "markdown" and meta.get("grade") and grade_id in answers:
                points = meta.get("points", "")
                command = self.score_command.format(assignment=assignment, grade_id=grade_id)
                cells.append(nbformat.v4.new_markdown_cell(
                    f"**Model answer and marking guide** (shown because you study on your own):\n\n"
                    f"{answers[grade_id]}\n\n**Score yourself** against the marking guide (0 to {points:g} points) "
                    f"and record it: `{command}`. Your progress table then counts it.",
                    metadata={"course": {"model_answer_for": grade_id}}))
        nb.cells = cells
        return nb, resources


class CourseFeedbackExporter(HTMLExporter):
    """nbconvert's HTMLExporter for feedback pages only: nbgrader's "feedback" template, found first in our
    folder, whose course_index.html.j2 extends nbgrader's index.html.j2 (found next, in nbgrader's folder).
    A class of its own so that the formgrader's own pages (which set HTMLExporter.template_name) are untouched."""

    @default("template_name")
    def _template_name_default(self):
        return "feedback"

    @default("template_file")
    def _template_file_default(self):
        return "course_index.html.j2"


def configure(c) -> None:
    """Feedback pages with the course's template and exercise index (called from course.grading.config)."""
    import nbgrader

    nbgrader_templates = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader" / "templates"
    c.GenerateFeedback.exporter_class = CourseFeedbackExporter
    # Its own config section: it outranks the HTMLExporter settings nbgrader's GenerateFeedback adds.
    c.CourseFeedbackExporter.template_name = "feedback"
    c.CourseFeedbackExporter.template_file = "course_index.html.j2"
    c.CourseFeedbackExporter.extra_template_basedirs = [str(TEMPLATES), str(nbgrader_templates)]
