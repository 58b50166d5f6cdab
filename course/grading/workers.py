"""Autograde many students at once: worker processes, each a long-lived nbgrader API, grading
disjoint students from a shared queue (nbgrader itself grades one student at a time, upstream #174).

Each worker pays nbgrader's start-up once; the queue keeps both cores busy even when one submission
sits in a timeout. Results come back as each student finishes, for progress display.
"""
from __future__ import annotations

import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Callable, Iterable

_api = None


def venv_path() -> str:
    """PATH with this interpreter's bin/ first: nbgrader runs the `alembic` program."""
    bin_dir = str(Path(sys.executable).parent)
    parts = os.environ.get("PATH", "").split(os.pathsep)
    return os.pathsep.join([bin_dir] + [p for p in parts if p != bin_dir])


def load_config(root: Path):
    from traitlets.config.loader import PyFileConfigLoader

    return PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()


def make_api(root: Path):
    """An NbGraderAPI for the course at ``root``, configured by its nbgrader_config.py."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    import warnings

    warnings.filterwarnings("ignore", message=".*not in session.*")  # nbgrader's own SQLAlchemy chatter
    os.environ["PATH"] = venv_path()
    config = load_config(Path(root))
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


@dataclass
class GradeResult:
    student: str
    success: bool
    seconds: float
    error: str = ""
    log: str = ""


def _worker_init(root: str) -> None:
    global _api
    from course.offline import isolated_environment

    os.environ.update({k: v for k, v in isolated_environment().items() if k.startswith("AWS_")})
    _api = make_api(Path(root))


def _grade(assignment: str, student: str) -> GradeResult:
    start = time.monotonic()
    for attempt in range(3):
        result = _api.autograde(assignment, student, force=True, create=True)
        if result["success"] or "database is locked" not in (result.get("error") or ""):
            break
        time.sleep(0.5 * (attempt + 1))
    return GradeResult(student, bool(result["success"]), time.monotonic() - start,
                       (result.get("error") or "").strip(), result.get("log") or "")


def autograde_all(root: Path, assignment: str, students: Iterable[str], workers: int = 2,
                  on_result: Callable[[GradeResult, int, int], None] | None = None) -> dict[str, GradeResult]:
    """Autograde ``students`` with ``workers`` processes; call ``on_result(result, done, total)`` as each ends."""
    students = list(students)
    results: dict[str, GradeResult] = {}
    os.environ["PATH"] = venv_path()
    with ProcessPoolExecutor(max_workers=max(1, min(workers, len(students) or 1)),
                             mp_context=get_context("spawn"),
                             initializer=_worker_init, initargs=(str(root),)) as pool:
        futures = {pool.submit(_grade, assignment, s): s for s in students}
        for future in as_completed(futures):
            student = futures[future]
            try:
                result = future.result()
            except Exception as error:  # a worker crashed: report, never lose the others
                result = GradeResult(student, False, 0.0, f"grading worker failed: {error!r}")
            results[student] = result
            if on_result:
                on_result(result, len(results), len(students))
    return results


def main(argv: list[str] | None = None) -> int:
    """``python -m course.grading.workers <assignment>``: autograde every submitted student in parallel."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m course.grading.workers", description=main.__doc__)
    parser.add_argument("assignment")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--student", action="append", help="only these students (repeatable)")
    parser.add_argument("--root", type=Path, default=Path.cwd())
    args = parser.parse_args(argv)
    submitted = args.root / "submitted"
    students = args.student or sorted(p.name for p in submitted.iterdir()
                                      if (p / args.assignment).is_dir()) if submitted.is_dir() else []
    if not students:
        print(f"nothing submitted for {args.assignment} under {submitted}", file=sys.stderr)
        return 1
    from .gradebook import open_checked

    open_checked(load_config(args.root).CourseDirectory.db_url)  # a clear stop before any grading starts

    def show(result: GradeResult, done: int, total: int) -> None:
        state = "ok" if result.success else "FAILED: " + (result.error.splitlines() or ["?"])[-1][:100]
        print(f"[{done:>3}/{total}] {result.student:<30} {result.seconds:5.1f} s  {state}", flush=True)

    results = autograde_all(args.root, args.assignment, students, workers=args.workers, on_result=show)
    return 0 if all(r.success for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
