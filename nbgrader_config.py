"""nbgrader configuration for the course. Every `nbgrader ...` command run from the repo root uses it."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent

c = get_config()  # noqa: F821 - provided by traitlets when nbgrader loads this file

c.CourseDirectory.root = str(ROOT)
c.CourseDirectory.course_id = "dva-c02"
# Embedded default: SQLite gradebook in the repo root (gitignored). Set NBGRADER_DB_URL for PostgreSQL.
c.CourseDirectory.db_url = os.environ.get("NBGRADER_DB_URL", f"sqlite:///{ROOT / 'gradebook.db'}")
# Local exchange folder inside the project's working area; a real class points this at a shared folder.
c.Exchange.root = os.environ.get("COURSE_EXCHANGE", str(ROOT / "classroom" / "exchange"))
c.Exchange.assignment_dir = "."

c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"
c.ClearSolutions.enforce_metadata = True

# Hardened grading: see course/grading/ and the README's "Grading that holds up".
# COURSE_STOCK_NBGRADER=1 turns it off (the benchmark and the tests compare against stock nbgrader).
def _course_grading():
    if os.environ.get("COURSE_STOCK_NBGRADER") == "1":
        return None
    try:
        from course.grading.config import apply
    except ImportError:  # the course package is not installed yet: plain nbgrader still works
        return None
    return apply


if _course_grading():
    _course_grading()(c)
