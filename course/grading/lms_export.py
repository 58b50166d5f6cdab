"""Grades out to an LMS: one file per format, every assignment in the gradebook (or the ones named).

    python -m course.grading.lms_export [week4_dynamodb ...] [--root .]   # -> reports/lms/*.csv

- ``grades-long.csv``: one row per student and assignment: ``student, lms_user_id, assignment, points,
  max_points, status, reason`` (status as in course.grading.export: graded, needs_manual_grading,
  could_not_grade, no_submission).
- ``canvas.csv``: Canvas Gradebook "Import" layout: ``Student, ID, SIS User ID, SIS Login ID, Section``
  then one column per assignment, and a ``Points Possible`` row first, as Canvas's own export writes it.
  Canvas matches students on SIS User ID (the roster's ``lms_user_id``) or SIS Login ID (the student id)
  and creates a new assignment for a column it does not know.
- ``moodle.csv``: Moodle "Import grades: CSV file" layout: ``First name, Last name, ID number, Email address``
  then one column per assignment; on import map "ID number" (or "Email address") to the user field of the
  same name and each assignment column to its grade item.

Only final numbers go to an LMS: a ``graded`` submission gives its points and ``no_submission`` gives 0;
``needs_manual_grading`` and ``could_not_grade`` leave the cell empty (an LMS import leaves an empty cell's
grade as it was), so a half-graded number never reaches a student's record. The long file has them all.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from .export import GradeRow, grade_rows, load_statuses

LONG_FIELDS = ("student", "lms_user_id", "assignment", "points", "max_points", "status", "reason")
CANVAS_IDENTITY = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
MOODLE_IDENTITY = ("First name", "Last name", "ID number", "Email address")
FINAL = {"graded", "no_submission"}


def _number(value: float) -> str:
    return f"{value:g}"


def lms_score(row: GradeRow) -> str:
    """The cell an LMS receives: points when final, empty when a human still has to look."""
    return _number(row.score) if row.status in FINAL else ""


def collect(db_url: str, reports: Path, assignments: list[str] | None = None):
    """(students, assignments with max score, rows by (student, assignment)) from the gradebook."""
    from nbgrader.api import Gradebook

    with Gradebook(db_url) as gb:
        names = assignments or [a.name for a in sorted(gb.assignments, key=lambda a: (a.duedate is None, a.duedate, a.name))]
        students = [{"id": s.id, "first_name": s.first_name or "", "last_name": s.last_name or "",
                     "email": s.email or "", "lms_user_id": s.lms_user_id or ""}
                    for s in sorted(gb.students, key=lambda s: s.id)]
    rows, maxima = {}, {}
    for name in names:
        for row in grade_rows(db_url, name, load_statuses(reports, name)):
            rows[(row.student, name)] = row
            maxima[name] = row.max_score
    return students, [(n, maxima.get(n, 0.0)) for n in names], rows


def write_long(path: Path, students, assignments, rows) -> Path:
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(LONG_FIELDS)
        for s in students:
            for name, _ in assignments:
                r = rows[(s["id"], name)]
                writer.writerow([s["id"], s["lms_user_id"], name, _number(r.score), _number(r.max_score), r.status, r.reason])
    return path


def write_canvas(path: Path, students, assignments, rows) -> Path:
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*CANVAS_IDENTITY, *(name for name, _ in assignments)])
        writer.writerow(["Points Possible", "", "", "", "", *(_number(m) for _, m in assignments)])
        for s in students:
            display = ", ".join(p for p in (s["last_name"], s["first_name"]) if p) or s["id"]
            writer.writerow([display, "", s["lms_user_id"], s["id"], "",
                             *(lms_score(rows[(s["id"], name)]) for name, _ in assignments)])
    return path


def write_moodle(path: Path, students, assignments, rows) -> Path:
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*MOODLE_IDENTITY, *(name for name, _ in assignments)])
        for s in students:
            writer.writerow([s["first_name"], s["last_name"], s["lms_user_id"] or s["id"], s["email"],
                             *(lms_score(rows[(s["id"], name)]) for name, _ in assignments)])
    return path


def export_all(db_url: str, reports: Path, assignments: list[str] | None = None) -> dict[str, Path]:
    students, names, rows = collect(db_url, reports, assignments)
    out = reports / "lms"
    out.mkdir(parents=True, exist_ok=True)
    return {"long": write_long(out / "grades-long.csv", students, names, rows),
            "canvas": write_canvas(out / "canvas.csv", students, names, rows),
            "moodle": write_moodle(out / "moodle.csv", students, names, rows)}


def main(argv: list[str] | None = None) -> int:
    import argparse

    from .gradebook import open_checked
    from .workers import load_config

    parser = argparse.ArgumentParser(prog="python -m course.grading.lms_export", description=__doc__.split("\n\n")[0])
    parser.add_argument("assignment", nargs="*", help="default: every assignment in the gradebook")
    parser.add_argument("--root", default=Path.cwd(), type=Path, help="course folder with nbgrader_config.py")
    args = parser.parse_args(argv)
    db_url = load_config(args.root).CourseDirectory.db_url
    open_checked(db_url)
    for kind, path in export_all(db_url, args.root / "reports", args.assignment or None).items():
        print(f"{kind:<7} {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
