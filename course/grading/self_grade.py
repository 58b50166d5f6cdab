"""Self-paced learners grade their own work with the same grader an instructor uses.

    ./run.sh grade week4_dynamodb     # grade my-work/week4_dynamodb, write feedback, show progress
    ./run.sh grade                    # progress over every week graded so far

Your notebook is copied to submitted/me/<week>/ (your my-work copy is never changed), autograded with
the course's hardened nbgrader pipeline, and its feedback written to feedback/me/<week>/.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEARNER = "me"


def work_dir(root: Path) -> Path:
    return root / "my-work"


def grade(root: Path, assignment: str) -> int:
    from .export import format_table, grade_rows
    from .submissions import preflight
    from .workers import load_config, make_api

    mine = work_dir(root) / assignment
    if not mine.is_dir():
        print(f"No my-work/{assignment}/ yet: run `./run.sh lab` (it copies every week there), "
              "work on the notebook, then grade it.", file=sys.stderr)
        return 2
    submitted = root / "submitted" / LEARNER / assignment
    shutil.rmtree(submitted, ignore_errors=True)
    shutil.copytree(mine, submitted, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    (submitted / "timestamp.txt").write_text(datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f %Z"))
    api = make_api(root)
    if not _known(api, assignment):  # a fresh clone: the gradebook learns the assignment from source/
        result = api.generate_assignment(assignment, force=True, create=True)
        if not result["success"]:
            print(result["error"], file=sys.stderr)
            return 1
    expected = [nb.name for nb in api.gradebook.find_assignment(assignment).notebooks]
    check = preflight(submitted, LEARNER, expected)
    for problem in check.problems:
        print(f"! {problem}")
    if not check.gradable:
        return 1
    from .sandbox import UNSAFE_ENV, sandbox_problem

    problem = sandbox_problem()
    if problem and os.environ.get(UNSAFE_ENV) != "1":
        # your own notebook on your own machine: it may run as you (a class never does; see the README)
        print(f"note: grading without a sandbox ({problem}); fine for your own work.", flush=True)
        os.environ[UNSAFE_ENV] = "1"
    print(f"grading my-work/{assignment} ...", flush=True)
    result = api.autograde(assignment, LEARNER, force=True, create=True)
    if not result["success"]:
        print(result["error"][-2000:], file=sys.stderr)
        return 1
    api.generate_feedback(assignment, LEARNER, force=True)
    db_url = load_config(root).CourseDirectory.db_url
    print(_cell_table(db_url, assignment))
    print(format_table([r for r in grade_rows(db_url, assignment) if r.student == LEARNER]))
    for page in sorted((root / "feedback" / LEARNER / assignment).glob("*.html")):
        print(f"feedback: {page.relative_to(root)}")
    if assignment.startswith("week8_mock"):
        from course.exam.readiness import main as readiness

        print()
        readiness([assignment, "--student", LEARNER])
    return 0


def _known(api, assignment: str) -> bool:
    from nbgrader.api import MissingEntry

    try:
        api.gradebook.find_assignment(assignment)
        return True
    except MissingEntry:
        return False


def _cell_table(db_url: str, assignment: str) -> str:
    from nbgrader.api import Gradebook

    lines = [f"{'test':<32} {'points':>9}"]
    with Gradebook(db_url) as gb:
        for nb in gb.find_submission(assignment, LEARNER).notebooks:
            for grade in sorted(nb.grades, key=lambda g: [int(p) if p.isdigit() else p
                                                          for p in re.split(r"(\d+)", g.name)]):
                score = "manual" if grade.needs_manual_grade else f"{grade.score:g}/{grade.max_score:g}"
                lines.append(f"{grade.name:<32} {score:>9}")
    return "\n".join(lines)


def _graded(notebook: Path) -> bool:
    """A notebook with at least one graded cell (the practice-exam trainer has none)."""
    import nbformat
    from nbgrader.utils import is_grade

    return notebook.exists() and any(is_grade(c) for c in nbformat.read(notebook, as_version=4).cells)


def progress(root: Path) -> int:
    from nbgrader.api import Gradebook, MissingEntry

    from .workers import load_config

    weeks = sorted(p.name for p in (root / "source").iterdir() if _graded((p / f"{p.name}.ipynb")))
    print(f"{'week':<32} {'score':>12}")
    with Gradebook(load_config(root).CourseDirectory.db_url) as gb:
        for week in weeks:
            try:
                sub = gb.find_submission(week, LEARNER)
                print(f"{week:<32} {sub.score:>5.1f}/{sub.max_score:<5.1f} {'(written answers wait for a grader)' if sub.needs_manual_grade else ''}")
            except MissingEntry:
                print(f"{week:<32} {'not graded yet':>12}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./run.sh grade", description=__doc__.split("\n\n")[0])
    parser.add_argument("assignment", nargs="?")
    args = parser.parse_args(argv)
    if args.assignment:
        code = grade(ROOT, args.assignment)
        if code:
            return code
    return progress(ROOT)


if __name__ == "__main__":
    sys.exit(main())
