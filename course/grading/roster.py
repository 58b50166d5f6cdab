"""A class roster: one student a row, in the CSV columns ``nbgrader db student import`` reads.

    id,first_name,last_name,email,lms_user_id
    amara-osei,Amara,Osei,amara.osei@example.edu,1001

``id`` is the student id nbgrader files submissions under and, on JupyterHub, the student's login and
Unix user name, so it must be a safe Unix name: lower-case letters, digits and ``-``, starting with a
letter, at most 32 characters (nbgrader also splits exchange file names on ``+``). ``lms_user_id`` is the
student's id in the LMS gradebook (Canvas "SIS User ID", Moodle "ID number"); it is optional.

    python -m course.grading.roster roster.csv            # check it, then enroll everyone in the gradebook
    python -m course.grading.roster roster.csv --check    # only check
    nbgrader db student import roster.csv                 # nbgrader's own importer reads the same file
"""
from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

COLUMNS = ("id", "first_name", "last_name", "email", "lms_user_id")
STUDENT_ID = re.compile(r"^[a-z][a-z0-9-]{0,31}$")


class RosterError(ValueError):
    """The roster cannot be used as it is; the message says which row and why."""


@dataclass(frozen=True)
class Student:
    id: str
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    lms_user_id: str = ""


def read_roster(path: Path) -> list[Student]:
    """Every student in ``path``, or RosterError naming every bad row (nothing is half-read)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise RosterError(f"cannot read roster {path}: {error.strerror}") from None
    reader = csv.DictReader(text.splitlines())
    header = [h.strip() for h in (reader.fieldnames or [])]
    if "id" not in header:
        raise RosterError(f"{path}: the first line must name the columns, with at least 'id' "
                          f"(expected {','.join(COLUMNS)}; found {','.join(header) or 'nothing'})")
    unknown = [h for h in header if h not in COLUMNS]
    problems, students, seen = [], [], {}
    if unknown:
        problems.append(f"unknown column(s) {', '.join(unknown)} (known: {', '.join(COLUMNS)})")
    for line, row in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None}
        if not any(row.values()):
            continue
        sid = row.get("id", "")
        if not STUDENT_ID.match(sid):
            problems.append(f"line {line}: id {sid!r} is not a safe student id (lower-case letters, digits and '-', "
                            "starting with a letter, at most 32 characters)")
            continue
        if sid in seen:
            problems.append(f"line {line}: id {sid!r} already on line {seen[sid]}")
            continue
        seen[sid] = line
        students.append(Student(**{k: row.get(k, "") for k in COLUMNS}))
    if problems:
        raise RosterError(f"{path}:\n  " + "\n  ".join(problems))
    if not students:
        raise RosterError(f"{path}: no students")
    return students


def enroll(db_url: str, students: list[Student]) -> tuple[int, int]:
    """Add or update every student in the gradebook; returns (added, updated). One transaction."""
    from nbgrader.api import Gradebook, MissingEntry

    added = updated = 0
    with Gradebook(db_url) as gb:
        for s in students:
            try:
                gb.find_student(s.id)
                updated += 1
            except MissingEntry:
                added += 1
            fields = {"first_name": s.first_name or None, "last_name": s.last_name or None,
                      "email": s.email or None, "lms_user_id": s.lms_user_id or None}
            gb.update_or_create_student(s.id, **fields)
    return added, updated


def main(argv: list[str] | None = None) -> int:
    import argparse

    from .workers import load_config

    parser = argparse.ArgumentParser(prog="python -m course.grading.roster", description=__doc__.split("\n\n")[0])
    parser.add_argument("roster", type=Path)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="course folder with nbgrader_config.py")
    parser.add_argument("--check", action="store_true", help="only check the roster")
    args = parser.parse_args(argv)
    try:
        students = read_roster(args.roster)
    except RosterError as error:
        print(f"roster not used: {error}", file=sys.stderr)
        return 2
    if args.check:
        print(f"{args.roster}: {len(students)} students, all ids usable")
        return 0
    from .gradebook import open_checked

    db_url = load_config(args.root).CourseDirectory.db_url
    open_checked(db_url)
    added, updated = enroll(db_url, students)
    print(f"{len(students)} students from {args.roster}: {added} added, {updated} already enrolled (details updated)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
