"""Self-paced learners grade their own work with the same grader an instructor uses.

    ./run.sh grade week4_dynamodb     # grade my-work/week4_dynamodb, write feedback, show progress
    ./run.sh grade                    # progress over every week graded so far
    ./run.sh grade week4_dynamodb --self-score written_design=2   # score a written answer yourself

For each exercise that lost points it prints the failing check's one-line message (the same words as in the
notebook; never a hidden test's code). The feedback page of a self-paced learner also shows the model answer
and the marking guide of each written answer, read from source/ (never copied into release/ or a class's
feedback), with the command to record your own score; self-scores are kept in my-work/self-scores.json and
counted in the progress table.

Your notebook is copied to submitted/me/<week>/ (your my-work copy is never changed), autograded with
the course's hardened nbgrader pipeline, and its feedback written to feedback/me/<week>/.
"""
from __future__ import annotations

import argparse
import json
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
    db_url = load_config(root).CourseDirectory.db_url
    apply_self_scores(root, db_url, assignment)
    _self_paced_feedback(api, root, assignment)
    api.generate_feedback(assignment, LEARNER, force=True)
    print(_cell_table(db_url, assignment))
    for line in lost_points(root, db_url, assignment):
        print(line)
    print(format_table([r for r in grade_rows(db_url, assignment) if r.student == LEARNER]))
    for page in sorted((root / "feedback" / LEARNER / assignment).glob("*.html")):
        print(f"feedback: {page.relative_to(root)}")
    if assignment.startswith("week8_mock"):
        from course.exam.readiness import main as readiness

        print()
        readiness([assignment, "--student", LEARNER])
    return 0


def _self_paced_feedback(api, root: Path, assignment: str) -> None:
    """This learner's feedback shows model answers and marking guides (from source/) and asks for a self-score."""
    from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor

    from .config import FEEDBACK_PREPROCESSORS
    from .feedback_page import SCORE_YOURSELF, ShowModelAnswers

    steps = [p for p in FEEDBACK_PREPROCESSORS if p is not CSSHTMLHeaderPreprocessor]
    api.config.GenerateFeedback.preprocessors = steps + [ShowModelAnswers, CSSHTMLHeaderPreprocessor]
    api.config.ShowModelAnswers.source_dir = str(root / "source" / assignment)
    api.config.ExerciseLabels.written_status = SCORE_YOURSELF


def _autograded(root: Path, assignment: str) -> list[Path]:
    return sorted((root / "autograded" / LEARNER / assignment).glob("*.ipynb"))


def lost_points(root: Path, db_url: str, assignment: str) -> list[str]:
    """One line per exercise that lost points: its name, points and the failing check's message."""
    import nbformat
    from nbgrader.api import Gradebook

    from .feedback import notebook_failures
    from .feedback_page import exercise_label

    lines = []
    with Gradebook(db_url) as gb:
        for path in _autograded(root, assignment):
            nb = nbformat.read(path, as_version=4)
            failures = notebook_failures(nb)
            grades = {g.name: g for g in gb.find_submission_notebook(path.stem, assignment, LEARNER).grades}
            previous = ""
            for cell in nb.cells:
                meta = cell.metadata.get("nbgrader", {})
                grade = grades.get(meta.get("grade_id")) if meta.get("grade") else None
                if grade is not None:
                    label = exercise_label(cell, previous)
                    if grade.needs_manual_grade and grade.manual_score is None:
                        lines.append(f"- {label} (0/{grade.max_score:g}): a written answer: score it yourself with "
                                     f"./run.sh grade {assignment} --self-score {grade.name}=N (see the feedback page)")
                    elif (grade.score or 0) < grade.max_score:
                        why = failures.get(grade.name, "no error shown: partial credit or an unchanged answer")
                        lines.append(f"- {label} ({grade.score or 0:g}/{grade.max_score:g}): {why}")
                if cell.cell_type == "markdown" and not meta.get("grade"):
                    previous += "\n" + cell.source
    return (["", "Exercises that lost points:"] + lines) if lines else []


def _scores_file(root: Path) -> Path:
    return work_dir(root) / "self-scores.json"


def read_self_scores(root: Path) -> dict:
    path = _scores_file(root)
    return json.loads(path.read_text()) if path.exists() else {}


def record_self_score(root: Path, db_url: str, assignment: str, text: str) -> None:
    """Check and keep one self-score ``grade_id=points`` of a written answer; raise ValueError when wrong."""
    from nbgrader.api import Gradebook, MissingEntry

    grade_id, _, points_text = text.partition("=")
    try:
        points = float(points_text)
    except ValueError:
        raise ValueError(f"--self-score wants grade_id=points, e.g. written_design=2; got {text!r}") from None
    with Gradebook(db_url) as gb:
        try:
            submission = gb.find_submission(assignment, LEARNER)
        except MissingEntry:
            raise ValueError(f"grade {assignment} first: ./run.sh grade {assignment}") from None
        written = {g.name: g for nb in submission.notebooks for g in nb.grades if g.cell.cell_type == "markdown"}
        if grade_id not in written:
            raise ValueError(f"{grade_id!r} is not a written answer of {assignment}; "
                             f"choose one of {', '.join(sorted(written)) or 'none'}")
        maximum = written[grade_id].max_score
        if not 0 <= points <= maximum:
            raise ValueError(f"{grade_id} is worth 0 to {maximum:g} points; got {points:g}")
    scores = read_self_scores(root)
    scores.setdefault(assignment, {})[grade_id] = points
    _scores_file(root).parent.mkdir(parents=True, exist_ok=True)
    _scores_file(root).write_text(json.dumps(scores, indent=1, sort_keys=True) + "\n")


def apply_self_scores(root: Path, db_url: str, assignment: str) -> None:
    """Put the kept self-scores into the gradebook as manual scores (autograding resets them)."""
    from nbgrader.api import Gradebook, MissingEntry

    mine = read_self_scores(root).get(assignment, {})
    if not mine:
        return
    with Gradebook(db_url) as gb:
        try:
            submission = gb.find_submission(assignment, LEARNER)
        except MissingEntry:
            return
        for nb in submission.notebooks:
            for grade in nb.grades:
                if grade.name in mine:
                    grade.manual_score = mine[grade.name]
                    grade.needs_manual_grade = False
        gb.db.commit()


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
                waiting = "(written answers to score yourself: see ./run.sh grade " + week + ")"
                print(f"{week:<32} {sub.score:>5.1f}/{sub.max_score:<5.1f} {waiting if sub.needs_manual_grade else ''}")
            except MissingEntry:
                print(f"{week:<32} {'not graded yet':>12}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./run.sh grade", description=__doc__.split("\n\n")[0])
    parser.add_argument("assignment", nargs="?")
    parser.add_argument("--self-score", action="append", default=[], metavar="GRADE_ID=POINTS",
                        help="your own score for a written answer, after reading its marking guide")
    args = parser.parse_args(argv)
    if args.self_score:
        return self_score(ROOT, args.assignment, args.self_score)
    if args.assignment:
        code = grade(ROOT, args.assignment)
        if code:
            return code
    return progress(ROOT)


def self_score(root: Path, assignment: str | None, entries: list[str]) -> int:
    from .workers import load_config

    if not assignment:
        print("--self-score needs the week: ./run.sh grade week4_dynamodb --self-score written_design=2",
              file=sys.stderr)
        return 2
    db_url = load_config(root).CourseDirectory.db_url
    try:
        for entry in entries:
            record_self_score(root, db_url, assignment, entry)
    except ValueError as problem:
        print(f"! {problem}", file=sys.stderr)
        return 2
    apply_self_scores(root, db_url, assignment)
    return progress(root)


if __name__ == "__main__":
    sys.exit(main())
