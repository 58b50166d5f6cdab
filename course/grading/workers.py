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


def make_api(root: Path, prestart: bool = False):
    """An NbGraderAPI for the course at ``root``, configured by its nbgrader_config.py. ``prestart``: keep
    the next sandboxed kernel started ahead (for processes that grade many submissions)."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    import warnings

    warnings.filterwarnings("ignore", message=".*not in session.*")  # nbgrader's own SQLAlchemy chatter
    os.environ["PATH"] = venv_path()
    config = load_config(Path(root))
    if prestart:
        config.SandboxedKernelManager.prestart = True
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


@dataclass
class GradeResult:
    student: str
    success: bool
    seconds: float
    error: str = ""
    log: str = ""
    attempts: int = 1
    status: str = "graded"   # graded | failed (nbgrader reported an error) | worker_died (twice)


_started = None  # a queue: each worker says which student it starts, so a dead worker can be blamed


_waiting = None  # a shared count of the batch's submissions no worker has started yet


def _worker_init(root: str, started=None, waiting=None) -> None:
    global _api, _started, _waiting
    from course.offline import isolated_environment

    from .sandbox import expect_more_submissions

    os.environ.update({k: v for k, v in isolated_environment().items() if k.startswith("AWS_")})
    _started, _waiting = started, waiting
    if waiting is not None:  # the last submissions start no spare kernel that nobody would adopt
        expect_more_submissions(lambda: waiting.value > 0)
    # COURSE_PRESTART_KERNELS=0 turns the pre-started kernels off (for measuring what they bring)
    _api = make_api(Path(root), prestart=os.environ.get("COURSE_PRESTART_KERNELS", "1") != "0")


def _grade(assignment: str, student: str) -> GradeResult:
    start = time.monotonic()
    if _started is not None:
        _started.put(student)
    if _waiting is not None:
        with _waiting.get_lock():
            _waiting.value -= 1
    for attempt in range(3):
        result = _api.autograde(assignment, student, force=True, create=True)
        if result["success"] or "database is locked" not in (result.get("error") or ""):
            break
        time.sleep(0.5 * (attempt + 1))
    return GradeResult(student, bool(result["success"]), time.monotonic() - start,
                       (result.get("error") or "").strip(), result.get("log") or "",
                       status="graded" if result["success"] else "failed")


WORKER_DIED = ("the grading worker died while grading this submission (twice: it was retried once); "
               "the other submissions were graded")


def _run_batch(root: Path, assignment: str, students: list[str], workers: int, ctx, finish) -> tuple[list, set]:
    """Grade ``students`` in one pool. Returns the students lost to a dead worker and those that had started."""
    from concurrent.futures.process import BrokenProcessPool

    started, waiting = ctx.Queue(), ctx.Value("i", len(students))
    broken: list[str] = []
    with ProcessPoolExecutor(max_workers=max(1, min(workers, len(students))), mp_context=ctx,
                             initializer=_worker_init, initargs=(str(root), started, waiting)) as pool:
        futures = {pool.submit(_grade, assignment, s): s for s in students}
        for future in as_completed(futures):
            student = futures[future]
            try:
                finish(future.result())
            except BrokenProcessPool:
                broken.append(student)
            except Exception as error:  # anything else: report it, never lose the others
                finish(GradeResult(student, False, 0.0, f"grading worker failed: {error!r}", status="failed"))
    began = set()
    while True:
        try:
            began.add(started.get(timeout=0.2))
        except Exception:
            break
    started.close()
    return broken, began


def autograde_all(root: Path, assignment: str, students: Iterable[str], workers: int = 2,
                  on_result: Callable[[GradeResult, int, int], None] | None = None) -> dict[str, GradeResult]:
    """Autograde ``students`` with ``workers`` processes; call ``on_result(result, done, total)`` as each ends.

    A worker that dies (its process killed, or crashed) costs only the submission it was grading: the
    submissions it had not started go back to a new pool, and each one it had started is retried once,
    alone; a second death reports it with status ``worker_died``.
    """
    from .sandbox import require_sandbox

    require_sandbox(f"grading {assignment}")
    students = list(dict.fromkeys(students))
    results: dict[str, GradeResult] = {}
    deaths: dict[str, int] = {}
    os.environ["PATH"] = venv_path()
    ctx = get_context("spawn")

    def finish(result: GradeResult) -> None:
        result.attempts = min(deaths.get(result.student, 0) + 1, 2)
        results[result.student] = result
        if on_result:
            on_result(result, len(results), len(students))

    batches = [(students, workers)]
    while batches:
        group, n = batches.pop(0)
        broken, began = _run_batch(root, assignment, group, n, ctx, finish)
        suspects = [s for s in broken if s in began] or broken
        innocent = [s for s in broken if s not in suspects]
        if innocent:
            batches.append((innocent, workers))
        for student in suspects:
            deaths[student] = deaths.get(student, 0) + 1
            if deaths[student] >= 2:
                finish(GradeResult(student, False, 0.0, WORKER_DIED, status="worker_died"))
            else:
                batches.append(([student], 1))  # alone: if it dies again, it costs nobody else
    return results


def main(argv: list[str] | None = None) -> int:
    """``python -m course.grading.workers <assignment>``: autograde every submitted student in parallel."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m course.grading.workers", description=main.__doc__)
    parser.add_argument("assignment")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--student", action="append", help="only these students (repeatable)")
    parser.add_argument("--root", type=Path, default=Path.cwd())
    parser.add_argument("--unsafe-no-sandbox", action="store_true",
                        help="grade even where no sandbox can be built (each submission runs with your rights)")
    args = parser.parse_args(argv)
    from .sandbox import UNSAFE_ENV

    if args.unsafe_no_sandbox:
        os.environ[UNSAFE_ENV] = "1"
    submitted = args.root / "submitted"
    students = args.student or sorted(p.name for p in submitted.iterdir()
                                      if (p / args.assignment).is_dir()) if submitted.is_dir() else []
    if not students:
        print(f"nothing submitted for {args.assignment} under {submitted}", file=sys.stderr)
        return 1
    from .gradebook import open_checked

    open_checked(load_config(args.root).CourseDirectory.db_url)  # a clear stop before any grading starts

    def show(result: GradeResult, done: int, total: int) -> None:
        state = "ok" if result.success else f"FAILED ({result.status}): " + (result.error.splitlines() or ["?"])[-1][:100]
        if result.attempts > 1:
            state += f" (attempt {result.attempts})"
        print(f"[{done:>3}/{total}] {result.student:<30} {result.seconds:5.1f} s  {state}", flush=True)

    results = autograde_all(args.root, args.assignment, students, workers=args.workers, on_result=show)
    from . import export

    # a submission that could not be graded is told apart from a real 0 (the grade table and the LMS export)
    statuses = export.load_statuses(args.root / "reports", args.assignment)
    for student, result in results.items():
        if result.success:
            statuses.pop(student, None)
        else:
            statuses[student] = {"status": "could_not_grade", "reason": f"{result.status}: {result.error[-300:]}"}
    export.save_statuses(args.root / "reports", args.assignment, statuses)
    return 0 if all(r.success for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
