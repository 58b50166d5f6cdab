"""HoldBackLeakingFeedback: generate_feedback itself audits each page before it is written.

Run by GenerateFeedback after ScrubFeedback (see course.grading.config), so plain ``nbgrader generate_feedback``,
the formgrader's "Generate Feedback" button and our own pipeline all get it. The notebook about to be rendered
is read as the learner will see it (cell sources, outputs, attachments, the index's labels and messages, also
with HTML tags and entities undone) and decoded as an attacker would (base64, hex, zlib/gzip/bz2/xz, nested;
course.grading.leaks). It is checked against the secret lines of that notebook: hidden tests, mark schemes
and solution lines, taken from the gradebook's source cells and the course's source/ notebook. A solution
line the learner wrote (it is in their submitted notebook) is theirs to see.

A page that would leak is replaced by a short notice that the feedback is held for the instructor's review,
and a warning names the student, the assignment and the leak kinds (never the lines), so whatever
``release_feedback`` ships is safe. The instructor reviews autograded/<student>/<assignment>/.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat
from nbformat.notebooknode import NotebookNode
from traitlets import Unicode

from nbgrader.preprocessors import NbGraderPreprocessor

from . import leaks

HELD_MARKER = "course-feedback-held"
HELD_TITLE = "Feedback held for review"
HELD_NOTICE = (f"## {HELD_TITLE}\n\n"
               "Your feedback for this notebook is held for your instructor's review before you can read it. "
               "Your grade is not affected; your instructor will release the page or contact you.")
_TAG = re.compile(r"<[^>]+>")


def learner_view(nb: NotebookNode) -> str:
    """Everything of a notebook that its feedback page shows: sources, outputs, attachments, and the index's
    labels, statuses and check messages; then the same with HTML tags and entities undone."""
    parts = [leaks.notebook_text(nb)]
    for cell in nb.cells:
        for attachment in cell.get("attachments", {}).values():
            parts.extend(str(v) for v in attachment.values())
        meta = cell.get("metadata", {}).get("nbgrader", {})
        parts.extend(str(meta[key]) for key in ("label", "message", "status") if key in meta)
    text = "\n".join(parts)
    return text + "\n" + html.unescape(_TAG.sub("", text))


def notebook_secrets(nb_like_cells) -> dict[str, set[str]]:
    """leaks.secret_lines of a list of cells (anything with ``source``)."""
    return leaks.secret_lines(nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_raw_cell(cell.source or "") for cell in nb_like_cells]))


def gradebook_cells(db_url: str, assignment: str, notebook: str) -> list:
    from nbgrader.api import Gradebook

    with Gradebook(db_url) as gb:
        return [nbformat.v4.new_raw_cell(cell.source or "")
                for cell in gb.find_notebook(notebook, assignment).source_cells]


def own_text(submitted: Path) -> str:
    """The learner's own text: their submitted notebook, if it is a notebook nbgrader can read."""
    from .submissions import read_problem

    if not submitted.exists() or read_problem(submitted) is not None:
        return ""
    return leaks.visible_text(submitted)


class HoldBackLeakingFeedback(NbGraderPreprocessor):
    """Replace a feedback notebook that would show a secret line (also encoded) with a held-for-review notice."""

    notice = Unicode(HELD_NOTICE, help="What a learner reads instead of a page that would leak").tag(config=True)

    def _coursedir(self):
        from nbgrader.coursedir import CourseDirectory

        return CourseDirectory(parent=self)

    def secrets(self, resources: dict) -> dict[str, set[str]]:
        info = resources["nbgrader"]
        cells = []
        source = Path(self._coursedir().format_path("source", ".", info["assignment"])) / f"{info['notebook']}.ipynb"
        if source.exists():
            cells += nbformat.read(source, as_version=4).cells
        if info.get("db_url"):
            cells += gradebook_cells(info["db_url"], info["assignment"], info["notebook"])
        return notebook_secrets(cells)

    def allowed(self, resources: dict) -> str:
        info = resources["nbgrader"]
        coursedir = self._coursedir()
        folder = Path(coursedir.format_path(coursedir.submitted_directory, info["student"], info["assignment"]))
        return own_text(folder / f"{info['notebook']}.ipynb")

    def preprocess(self, nb: NotebookNode, resources: dict):
        info = resources["nbgrader"]
        found = leaks.page_leaks(learner_view(nb), self.secrets(resources), allowed=self.allowed(resources))
        if not found:
            return nb, resources
        kinds = sorted({leak.split(":", 1)[0] for leak in found})
        self.log.warning("Feedback HELD for review: student %s, assignment %s, notebook %s: %d leaked line(s) "
                         "(%s). The page says it is held; review autograded/%s/%s/.", info["student"],
                         info["assignment"], info["notebook"], len(found), ", ".join(kinds), info["student"],
                         info["assignment"])
        nb.cells = [nbformat.v4.new_markdown_cell(self.notice, metadata={"course": {"held": HELD_MARKER}})]
        resources["nbgrader"]["held"] = kinds
        return nb, resources
