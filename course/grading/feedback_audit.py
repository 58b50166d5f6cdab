"""Hold back feedback that would leak: run after ``generate_feedback`` and before ``release_feedback``.

    python -m course.grading.feedback_audit week4_dynamodb

Every page in feedback/<student>/<assignment>/ is read the way a learner could read it, and decoded the way
an attacker would (base64, hex, zlib/gzip/bz2/xz, nested). A page that shows a hidden-test line, a
mark-scheme line, or a solution line the learner did not write is moved to feedback_held/ (so
``release_feedback`` cannot ship it) and reported; the command then exits 1.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import nbformat

from . import leaks

ROOT = Path(__file__).resolve().parents[2]


def own_work(root: Path, student: str, assignment: str) -> str:
    from .submissions import read_problem

    folder = root / "submitted" / student / assignment
    return "".join(leaks.visible_text(p) for p in folder.glob("*.ipynb") if read_problem(p) is None)


def audit(root: Path, assignment: str, students: list[str] | None = None) -> dict[str, list[str]]:
    """{page path: leaks} for every page held back (moved to feedback_held/)."""
    secrets: dict[str, set[str]] = {kind: set() for kind in leaks.REGIONS}
    for source in sorted((root / "source" / assignment).glob("*.ipynb")):
        for kind, lines in leaks.secret_lines(nbformat.read(source, as_version=4)).items():
            secrets[kind] |= lines
    held = {}
    feedback = root / "feedback"
    for folder in sorted(feedback.glob(f"*/{assignment}")):
        student = folder.parent.name
        if students is not None and student not in students:
            continue
        allowed = own_work(root, student, assignment)
        for page in sorted(folder.glob("*.html")):
            found = leaks.page_leaks(leaks.visible_text(page), secrets, allowed=allowed)
            if found:
                target = root / "feedback_held" / student / assignment / page.name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(page), target)
                held[str(page.relative_to(root))] = found
    return held


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course.grading.feedback_audit", description=__doc__.split("\n\n")[0])
    parser.add_argument("assignment")
    parser.add_argument("--root", default=str(ROOT))
    args = parser.parse_args(argv)
    held = audit(Path(args.root), args.assignment)
    for page, found in held.items():
        print(f"HELD BACK {page}: {len(found)} leaked line(s), e.g. {found[0][:100]}")
    print(f"feedback audit of {args.assignment}: {len(held)} page(s) held back in feedback_held/")
    return 1 if held else 0


if __name__ == "__main__":
    sys.exit(main())
