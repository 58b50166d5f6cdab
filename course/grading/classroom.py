"""The main job: a sample class taken through nbgrader's own classroom loop on this machine.

    ./run.sh class [--assignment week4_dynamodb] [--workers 2] [--students 14]

The demo keeps to itself: it runs in a scratch course folder, ``demo-class/`` (gitignored, made afresh
each run from source/, release/ and authoring/wrong_answers/), with its own gradebook, exchange,
submitted/, autograded/, feedback/ and reports/. The repo's gradebook.db, classroom/ exchange and
my-work/ are never touched, nor is NBGRADER_DB_URL or COURSE_EXCHANGE followed.

1. check every source notebook (all tests pass with the solutions) and release notebook (all fail);
2. regenerate the demo's release/ with ``generate_assignment``;
3. ``release_assignment`` to the demo's exchange folder (demo-class/classroom/exchange);
4. each synthetic student (own HOME under classroom/students/) runs ``fetch_assignment``, edits the
   notebook the way its kind says, and runs ``submit``;
5. ``collect``, preflight, ``autograde`` in parallel workers with progress per student,
   ``generate_feedback``, ``release_feedback``, and each student's ``fetch_feedback``;
6. a grade table on screen, demo-class/reports/<assignment>/grades.csv and scores.png, and a leak audit
   of every feedback file a learner received (feedback_audit already held back, before release, any page
   that would leak, decoded as an attacker would).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def say(message: str) -> None:
    print(message, flush=True)


@dataclass
class ClassReport:
    assignment: str
    rows: list = field(default_factory=list)
    kinds: dict = field(default_factory=dict)        # student -> kind name
    grading: dict = field(default_factory=dict)      # student -> GradeResult
    preflight: dict = field(default_factory=dict)    # student -> Preflight
    feedback_received: dict = field(default_factory=dict)  # student -> list of feedback files in their HOME
    leaks: dict = field(default_factory=dict)        # student -> list of leaked secret lines
    held: dict = field(default_factory=dict)         # feedback page -> leaks (held back, never released)
    csv_path: Path | None = None
    chart_path: Path | None = None
    seconds: dict = field(default_factory=dict)


def _student_config(root: Path, student: str, home: Path):
    from .workers import load_config

    config = load_config(root)
    config.CourseDirectory.student_id = student
    config.Exchange.assignment_dir = str(home)
    config.Exchange.cache = str(home / ".local" / "share" / "jupyter" / "nbgrader_cache")
    return config


def _exchange(action: str, root: Path, assignment: str, student: str, home: Path) -> None:
    """Run one student-side exchange action (what the Assignment List does in JupyterLab)."""
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange import ExchangeFactory

    config = _student_config(root, student, home)
    config.CourseDirectory.assignment_id = assignment
    coursedir = CourseDirectory(config=config)
    factory = ExchangeFactory(config=config)
    getattr(factory, action)(coursedir=coursedir, authenticator=Authenticator(config=config), config=config).start()


def settle_ungradable(db_url: str, assignment: str, student: str) -> None:
    """A submission nbgrader could not read scores 0 (not an empty grade); the status says why."""
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(db_url) as gb:
        try:
            submission = gb.find_submission(assignment, student)
        except MissingEntry:  # the grader never got as far as recording it
            gb.update_or_create_student(student)
            submission = gb.add_submission(assignment, student)
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                grade.auto_score = 0
                grade.needs_manual_grade = False
        gb.db.commit()


PROBLEM_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5}}
.box{{border-left:4px solid #c0392b;padding:.5em 1em;background:#fdf2f0}}</style></head>
<body><h1>{title}</h1><div class="box"><p>{message}</p></div>
<p>Your submitted files are kept exactly as you sent them. Fix the problem and submit again before the
deadline, or ask your instructor to look at it.</p></body></html>
"""


def write_problem_feedback(root: Path, assignment: str, student: str, preflight) -> list[Path]:
    """Feedback pages for notebooks nbgrader cannot render (unreadable or unexpected ones)."""
    import html

    submitted = root / "submitted" / student / assignment
    folder = root / "feedback" / student / assignment
    pages = {nb_id: reason for nb_id, reason in preflight.unreadable.items()}
    for nb_id in preflight.unexpected:
        expected = ", ".join(f"{m}.ipynb" for m in preflight.missing) or "the assignment's notebooks"
        pages[nb_id] = (f"{nb_id}.ipynb is not part of assignment {assignment}, so it was not graded. "
                        f"We expected {expected}; every test in a missing notebook scores 0.")
    written = []
    for nb_id, reason in pages.items():
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("timestamp.txt", "submission_secret.txt"):
            if (submitted / name).exists():
                shutil.copy(submitted / name, folder / name)
        message = reason if nb_id in preflight.unexpected else f"{nb_id}.ipynb could not be graded: {reason}. It scores 0 for now."
        page = folder / f"{nb_id}.html"
        page.write_text(PROBLEM_PAGE.format(title=html.escape(f"{assignment}: {nb_id}"), message=html.escape(message)))
        written.append(page)
    return written


def hand_out_and_collect(root: Path, api, assignment: str, kinds, report: ClassReport) -> None:
    """release_assignment; each student fetches, works (as its kind says) and submits; collect."""
    from . import synthetic

    classroom = root / "classroom"
    say("== 3. release_assignment to the local exchange")
    reset_working_area(root)
    result = api.release_assignment(assignment)
    if not result["success"]:
        raise SystemExit(f"release_assignment failed:\n{result['error']}")

    say(f"== 4. {len(kinds)} students fetch, work and submit")
    materials = synthetic.load_materials(root, assignment)
    for number, kind in enumerate(kinds, start=1):
        student = f"s{number:02d}-{kind.name.replace('_', '-')}"
        report.kinds[student] = kind.name
        home = classroom / "students" / student
        home.mkdir(parents=True)
        _exchange("FetchAssignment", root, assignment, student, home)
        synthetic.write_submission(kind, materials, home / assignment, assignment)
        _exchange("Submit", root, assignment, student, home)
        say(f"   {student:<28} submitted ({kind.expect})")

    say("== 5. collect")
    result = api.collect(assignment)
    if not result["success"]:
        raise SystemExit(f"collect failed:\n{result['error']}")


def run_class(root: Path = ROOT, assignment: str = "week4_dynamodb", kinds=None, workers: int = 2,
              check_notebooks: bool = True) -> ClassReport:
    import nbformat

    from . import export, feedback_audit, leaks, notebook_checks, submissions, synthetic
    from .workers import autograde_all, load_config, make_api, venv_path

    from .sandbox import require_sandbox

    require_sandbox("grading the sample class")  # before any work: refuse early, with the fix
    os.environ["PATH"] = venv_path()
    kinds = kinds if kinds is not None else synthetic.KINDS
    report = ClassReport(assignment)
    reports = root / "reports" / assignment
    classroom = root / "classroom"
    started = time.monotonic()

    if check_notebooks:
        say("== 1. checking notebooks (sources pass every test, releases fail every test)")
        problems = notebook_checks.check_all(root, say=say)
        if problems:
            raise SystemExit("notebook checks failed:\n" + "\n".join(problems))
    api = make_api(root)
    db_url = load_config(root).CourseDirectory.db_url

    names = notebook_checks.assignments(root) if check_notebooks else [assignment]
    say(f"== 2. generate_assignment for {len(names)} assignment(s) (regenerates release/)")
    for name in names:
        result = api.generate_assignment(name, force=True, create=True)
        if not result["success"]:
            raise SystemExit(f"generate_assignment {name} failed:\n{result['error']}")

    hand_out_and_collect(root, api, assignment, kinds, report)
    expected = [nb.name for nb in api.gradebook.find_assignment(assignment).notebooks]
    statuses = {}
    for student in report.kinds:
        pre = submissions.preflight(root / "submitted" / student / assignment, student, expected)
        report.preflight[student] = pre
        if not pre.gradable:
            statuses[student] = {"status": "could_not_grade", "reason": "; ".join(pre.problems)}
        elif pre.problems:
            statuses[student] = {"status": "graded", "reason": "; ".join(pre.problems)}

    say(f"== 6. autograde with {workers} workers")
    t0 = time.monotonic()

    def progress(res, done, total):
        state = "ok" if res.success else "FAILED: " + (res.error.splitlines() or ["?"])[-1][:80]
        pre = report.preflight[res.student]
        if not res.success and pre.unreadable:
            state = "could not grade: " + next(iter(pre.unreadable.values()))[:80]
        elif not res.success and pre.missing:
            state = "nothing to grade: " + pre.problems[0][:80]
        say(f"   [{done:>2}/{total}] {res.student:<28} {res.seconds:5.1f} s  {state}")

    report.grading = autograde_all(root, assignment, list(report.kinds), workers=workers, on_result=progress)
    report.seconds["autograde"] = time.monotonic() - t0
    for student, res in report.grading.items():
        pre = report.preflight[student]
        if student in statuses and statuses[student]["status"] == "could_not_grade":
            settle_ungradable(db_url, assignment, student)
        elif not res.success and pre.missing and pre.gradable:
            # nothing of the assignment's was submitted (nbgrader stops with "No notebooks found"): a real 0
            settle_ungradable(db_url, assignment, student)
        elif not res.success:
            statuses[student] = {"status": "could_not_grade", "reason": f"grader error: {res.error[-300:]}"}
            settle_ungradable(db_url, assignment, student)
    export.save_statuses(root / "reports", assignment, statuses)

    say("== 7. generate_feedback, release_feedback, fetch_feedback")
    result = api.generate_feedback(assignment, force=True)
    if not result["success"]:
        say(f"   generate_feedback reported a problem:\n{result['error']}")
    for student, pre in report.preflight.items():
        write_problem_feedback(root, assignment, student, pre)
    report.held = feedback_audit.audit(root, assignment)  # before release: a leaking page is never shipped
    for page, found in report.held.items():
        say(f"   HELD BACK {page}: {found[0][:100]}")
    result = api.release_feedback(assignment)
    if not result["success"]:
        raise SystemExit(f"release_feedback failed:\n{result['error']}")
    source_nb = nbformat.read(root / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    secrets = leaks.secret_lines(source_nb)
    for student in report.kinds:
        home = classroom / "students" / student
        _exchange("FetchFeedback", root, assignment, student, home)
        received = sorted((home / assignment / "feedback").rglob("*.html"))
        report.feedback_received[student] = received
        own = "".join(leaks.visible_text(p) for p in (root / "submitted" / student / assignment).glob("*.ipynb")
                      if submissions.read_problem(p) is None)
        found = []
        for page in received:
            found += leaks.page_leaks(leaks.visible_text(page), secrets, allowed=own)
        report.leaks[student] = found

    say("== 8. grades")
    report.rows = [r for r in export.grade_rows(db_url, assignment, statuses) if r.student in report.kinds]
    report.csv_path = export.write_csv(report.rows, reports / "grades.csv")
    report.chart_path = write_score_chart(report.rows, reports / "scores.png", assignment)
    say(export.format_table(report.rows))
    delivered = sum(1 for files in report.feedback_received.values() if files)
    leaked = {s: l for s, l in report.leaks.items() if l}
    say(f"\nfeedback delivered to {delivered}/{len(report.kinds)} students; "
        f"leak audit: {'no solution or hidden-test text in any feedback' if not leaked else leaked}")
    say(f"wrote {report.csv_path.relative_to(root)} and {report.chart_path.relative_to(root)}")
    report.seconds["total"] = time.monotonic() - started
    say(f"autograde {report.seconds['autograde']:.1f} s, whole run {report.seconds['total']:.1f} s")
    return report


def reset_working_area(root: Path) -> None:
    """Start the sample class afresh: exchange, student homes, submissions, grading output, feedback."""
    for folder in ("classroom", "submitted", "feedback", "feedback_held"):
        shutil.rmtree(root / folder, ignore_errors=True)
    for path in (root / "autograded").glob("*"):
        if path.is_dir():
            shutil.rmtree(path)
    (root / "classroom" / "exchange").mkdir(parents=True)


def write_score_chart(rows, path: Path, assignment: str) -> Path:
    from course.charts.grades import score_chart

    fig = score_chart([r.student for r in rows], [r.percent for r in rows], [r.status for r in rows],
                      f"{assignment}: autograded scores of the sample class")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110, bbox_inches="tight")
    return path


DEMO_FOLDER = "demo-class"
# What a scratch course needs from the repo; nothing else is read, nothing in the repo is written.
DEMO_INPUTS = ("nbgrader_config.py", "source", "release", "authoring/wrong_answers")


def prepare_demo(repo: Path, demo: Path) -> Path:
    """A fresh scratch course at ``demo`` made from the repo's course files (the previous demo is removed)."""
    marker = demo / ".demo-class"
    if demo.resolve() == repo.resolve() or demo.resolve() in repo.resolve().parents:
        raise SystemExit(f"refusing to use {demo} as the demo folder: it holds the course itself")
    if demo.exists() and any(demo.iterdir()) and not marker.exists():
        raise SystemExit(f"refusing to empty {demo}: it is not a demo folder made by ./run.sh class")
    shutil.rmtree(demo, ignore_errors=True)
    demo.mkdir(parents=True)
    marker.write_text("scratch course made by ./run.sh class; deleted and remade on every run\n")
    for name in DEMO_INPUTS:
        src = repo / name
        if src.is_dir():
            shutil.copytree(src, demo / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
        elif src.exists():
            (demo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, demo / name)
    return demo


def main(argv: list[str] | None = None, repo: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(prog="./run.sh class", description=__doc__.split("\n\n")[0])
    parser.add_argument("--assignment", default="week4_dynamodb")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--students", type=int, default=None,
                        help="only the first N kinds of synthetic student (default: all)")
    parser.add_argument("--skip-notebook-checks", action="store_true")
    parser.add_argument("--folder", type=Path, default=None, help=f"scratch course folder (default: {DEMO_FOLDER}/)")
    parser.add_argument("--unsafe-no-sandbox", action="store_true",
                        help="grade even where no sandbox can be built (each submission runs with your rights)")
    args = parser.parse_args(argv)
    if args.unsafe_no_sandbox:
        from .sandbox import UNSAFE_ENV

        os.environ[UNSAFE_ENV] = "1"
    from . import synthetic

    # The demo's own configuration: a class gradebook or exchange set in the environment is never used.
    for name in ("NBGRADER_DB_URL", "COURSE_EXCHANGE"):
        os.environ.pop(name, None)
    demo = prepare_demo(repo, args.folder or repo / DEMO_FOLDER)
    say(f"demo class in {demo} (its own gradebook, exchange and submissions)")
    kinds = synthetic.KINDS[: args.students] if args.students else None
    report = run_class(demo, args.assignment, kinds=kinds, workers=args.workers,
                       check_notebooks=not args.skip_notebook_checks)
    return 1 if any(report.leaks.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
