"""Check written feedback pages again, and list the pages generate_feedback held back for review.

    python -m course.grading.feedback_audit week4_dynamodb

``nbgrader generate_feedback`` already audits every page as it renders it (HoldBackLeakingFeedback in
course/grading/feedback_hold.py, configured in nbgrader_config.py): a page that would leak is written as a
"held for review" notice. This command is an optional second look at the written HTML, after
``generate_feedback`` and before ``release_feedback``: every page in feedback/<student>/<assignment>/ is read
the way a learner could read it, and decoded the way an attacker would (base64, hex, zlib/gzip/bz2/xz,
nested). A page that shows a hidden-test line, a mark-scheme line, or a solution line the learner did not
write is moved to feedback_held/ (so ``release_feedback`` cannot ship it) and reported; the command then
exits 1. Pages that generate_feedback held are listed (they are safe to release; review the autograded
notebook).
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import nbformat

from . import leaks
from .feedback_hold import HELD_TITLE

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


def held_by_generate_feedback(root: Path, assignment: str) -> list[str]:
    """Feedback pages that generate_feedback wrote as a held-for-review notice."""
    return [str(page.relative_to(root)) for page in sorted((root / "feedback").glob(f"*/{assignment}/*.html"))
            if HELD_TITLE in page.read_text(encoding="utf-8", errors="replace")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course.grading.feedback_audit", description=__doc__.split("\n\n")[0])
    parser.add_argument("assignment")
    parser.add_argument("--root", default=str(Path.cwd()), help="the course folder (default: the current folder)")
    args = parser.parse_args(argv)
    held = audit(Path(args.root), args.assignment)
    for page, found in held.items():
        print(f"HELD BACK {page}: {len(found)} leaked line(s), e.g. {found[0][:100]}")
    notices = held_by_generate_feedback(Path(args.root), args.assignment)
    for page in notices:
        print(f"HELD FOR REVIEW by generate_feedback: {page} (review the autograded notebook)")
    print(f"feedback audit of {args.assignment}: {len(held)} page(s) held back in feedback_held/, "
          f"{len(notices)} held for review by generate_feedback")
    return 1 if held else 0


if __name__ == "__main__":
    sys.exit(main())
