"""Grade export that tells apart a real zero, work that needs a human, and work we could not grade.

nbgrader's own CSV export shows a score only: an empty grade, an unreadable notebook and a real 0 look
alike. Rows here carry a status:

- ``graded``               every grade is settled; ``score`` is final
- ``needs_manual_grading`` autograded part settled, some answers wait for a human (``manual_pending``)
- ``could_not_grade``      the submission could not be read or run; ``score`` is 0 until someone looks
- ``no_submission``        the student is enrolled but submitted nothing

    python -m course.grading.export week4_dynamodb     # -> reports/week4_dynamodb/grades.csv
"""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

STATUSES = ("graded", "needs_manual_grading", "could_not_grade", "no_submission")
FIELDS = ("student", "assignment", "status", "score", "max_score", "manual_pending", "reason")


@dataclass
class GradeRow:
    student: str
    assignment: str
    status: str
    score: float
    max_score: float
    manual_pending: int
    reason: str

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0


def status_path(reports: Path, assignment: str) -> Path:
    return reports / assignment / "grading-status.json"


def load_statuses(reports: Path, assignment: str) -> dict[str, dict]:
    path = status_path(reports, assignment)
    return json.loads(path.read_text()) if path.exists() else {}


def save_statuses(reports: Path, assignment: str, statuses: dict[str, dict]) -> Path:
    path = status_path(reports, assignment)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(statuses, indent=2, sort_keys=True) + "\n")
    return path


def grade_rows(db_url: str, assignment: str, statuses: dict[str, dict] | None = None) -> list[GradeRow]:
    """One row per student in the gradebook, for one assignment."""
    from nbgrader.api import Gradebook, MissingEntry

    statuses = statuses or {}
    rows = []
    with Gradebook(db_url) as gb:
        max_score = float(gb.find_assignment(assignment).max_score)
        for student in sorted(gb.students, key=lambda s: s.id):
            recorded = statuses.get(student.id, {})
            try:
                submission = gb.find_submission(assignment, student.id)
            except MissingEntry:
                rows.append(GradeRow(student.id, assignment, "no_submission", 0.0, max_score, 0,
                                     recorded.get("reason", "nothing submitted")))
                continue
            pending = [g for nb in submission.notebooks for g in nb.grades if g.needs_manual_grade]
            score = float(submission.score or 0.0)
            if recorded.get("status") == "could_not_grade":
                status = "could_not_grade"
            elif pending:
                status = "needs_manual_grading"
            else:
                status = "graded"
            reason = recorded.get("reason", "")
            if status == "needs_manual_grading" and not reason:
                reason = f"{len(pending)} answer(s) wait for manual grading"
            rows.append(GradeRow(student.id, assignment, status, score, max_score, len(pending), reason))
    return rows


def write_csv(rows: list[GradeRow], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow(asdict(row))
    return path


def format_table(rows: list[GradeRow]) -> str:
    header = f"{'student':<28} {'score':>11} {'%':>5}  {'status':<21} reason"
    lines = [header, "-" * len(header)]
    for r in rows:
        lines.append(f"{r.student:<28} {r.score:>5.1f}/{r.max_score:<5.1f} {r.percent:>5.0f}  {r.status:<21} "
                     f"{r.reason[:70]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    from .workers import load_config

    parser = argparse.ArgumentParser(prog="python -m course.grading.export")
    parser.add_argument("assignment")
    parser.add_argument("--root", default=".", type=Path)
    args = parser.parse_args(argv)
    from .gradebook import open_checked

    config = load_config(args.root)
    open_checked(config.CourseDirectory.db_url)
    reports = args.root / "reports"
    rows = grade_rows(config.CourseDirectory.db_url, args.assignment, load_statuses(reports, args.assignment))
    print(format_table(rows))
    print(f"wrote {write_csv(rows, reports / args.assignment / 'grades.csv')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
