"""Grading speed and notebook run times.

    ./run.sh bench [--assignment week4_dynamodb] [--students 16] [--repeat 3]

1. A sample class of ordinary submissions (right, partly right, wrong, untouched, repeated) is graded
   from the same collected files by stock nbgrader (`nbgrader autograde A --force`, serial, the
   course's hardening switched off) and by the course's pipeline (2 worker processes, sandbox, judge),
   one after the other, ``--repeat`` times. The scores must be the same; each run's ratio of wall times
   and their median are printed (on a shared machine one run's ratio moves with the load). Then the same
   submissions are graded by one worker with the judge and with test cells run in the kernel
   (COURSE_JUDGE=0): the seconds the judge adds per submission.
2. Every week's source notebook is run top to bottom with its solutions (grading mode), and its
   release notebook as a learner's Run All; wall times are printed.
Results also go to bench/results/<date>.json.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def scratch_course(base: Path, assignment: str) -> Path:
    from course.grading.workers import make_api

    root = base / "course"
    (root / "source").mkdir(parents=True)
    shutil.copy(ROOT / "nbgrader_config.py", root)
    shutil.copytree(ROOT / "source" / assignment, root / "source" / assignment)
    shutil.copytree(ROOT / "authoring" / "wrong_answers", root / "authoring" / "wrong_answers")
    api = make_api(root)
    result = api.generate_assignment(assignment, force=True, create=True)
    assert result["success"], result["error"]
    return root


def scores(root: Path, assignment: str) -> dict[str, float]:
    from nbgrader.api import Gradebook

    from course.grading.workers import load_config

    with Gradebook(load_config(root).CourseDirectory.db_url) as gb:
        return {s.student.id: round(float(s.score), 3) for s in gb.find_assignment(assignment).submissions}


def grade_stock(root: Path, assignment: str) -> float:
    env = {**os.environ, "COURSE_STOCK_NBGRADER": "1"}
    (root / "gradebook.db").unlink()
    subprocess.run([sys.executable, "-m", "nbgrader", "generate_assignment", assignment, "--force"],
                   cwd=root, env=env, check=True, capture_output=True)
    start = time.monotonic()
    subprocess.run([sys.executable, "-m", "nbgrader", "autograde", assignment, "--force"],
                   cwd=root, env=env, capture_output=True)
    return time.monotonic() - start


def grade_ours(root: Path, assignment: str, workers: int) -> float:
    from course.grading.workers import autograde_all

    students = sorted(p.name for p in (root / "submitted").iterdir())
    start = time.monotonic()
    autograde_all(root, assignment, students, workers=workers)
    return time.monotonic() - start


def judge_cost(root: Path, base: Path, assignment: str, attempt: int) -> dict:
    """Seconds the judge adds per submission: the same submissions graded by one worker with test cells
    judged, and with test cells run in the kernel (COURSE_JUDGE=0), one after the other."""
    times = {}
    for label, flag in (("in_kernel_s", "0"), ("judged_s", "1")):
        copy = base / f"judge{attempt}-{flag}"
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns("classroom"))
        os.environ["COURSE_JUDGE"] = flag
        try:
            times[label] = round(grade_ours(copy, assignment, 1), 2)
        finally:
            os.environ.pop("COURSE_JUDGE", None)
        times[label.replace("_s", "_scores")] = scores(copy, assignment)
    n = len(times["judged_scores"])
    same = times.pop("judged_scores") == times.pop("in_kernel_scores")
    return {**times, "per_submission_s": round((times["judged_s"] - times["in_kernel_s"]) / max(n, 1), 2),
            "same_scores": same}


def class_benchmark(assignment: str, n_students: int, workers: int, repeat: int) -> dict:
    from course.grading import synthetic
    from course.grading.classroom import ClassReport, hand_out_and_collect
    from course.grading.workers import make_api, venv_path

    os.environ["PATH"] = venv_path()
    ordinary = [k for k in synthetic.KINDS if k.name in ("right", "partly_right", "wrong", "untouched")]
    kinds = [ordinary[i % len(ordinary)] for i in range(n_students)]
    runs = []
    with tempfile.TemporaryDirectory() as base:
        base = Path(base)
        root = scratch_course(base, assignment)
        hand_out_and_collect(root, make_api(root), assignment, kinds, ClassReport(assignment))
        for attempt in range(repeat):
            stock_root, ours_root = base / f"stock{attempt}", base / f"ours{attempt}"
            shutil.copytree(root, stock_root, ignore=shutil.ignore_patterns("classroom"))
            shutil.copytree(root, ours_root, ignore=shutil.ignore_patterns("classroom"))
            print(f"   run {attempt + 1}/{repeat}: stock nbgrader (serial) ...", flush=True)
            stock = grade_stock(stock_root, assignment)
            print(f"   run {attempt + 1}/{repeat}: course pipeline ({workers} workers, sandboxed) ...", flush=True)
            ours = grade_ours(ours_root, assignment, workers)
            same = scores(stock_root, assignment) == scores(ours_root, assignment)
            runs.append({"stock_s": round(stock, 2), "ours_s": round(ours, 2), "ratio": round(stock / ours, 2),
                         "load_average": round(os.getloadavg()[0], 1), "same_scores": same})
            # on a machine shared with other work the ratio moves with the load: it is printed with it
            print(f"   stock {stock:6.1f} s   ours {ours:6.1f} s   speed-up x{stock / ours:.2f}   "
                  f"same scores: {same}   load average {os.getloadavg()[0]:.1f}", flush=True)
        print("   the judge's cost (1 worker, judged vs in-kernel tests) ...", flush=True)
        cost = judge_cost(root, base, assignment, 0)
        print(f"   in-kernel tests {cost['in_kernel_s']:6.1f} s   judged {cost['judged_s']:6.1f} s   "
              f"judge adds {cost['per_submission_s']:+.2f} s per submission   same scores: {cost['same_scores']}",
              flush=True)
    ratios = sorted(r["ratio"] for r in runs)
    median = ratios[len(ratios) // 2] if len(ratios) % 2 else round(sum(ratios[len(ratios) // 2 - 1:][:2]) / 2, 2)
    print(f"   median speed-up x{median:.2f} over {len(runs)} runs (each: {', '.join(f'x{r:.2f}' for r in ratios)})",
          flush=True)
    return {"assignment": assignment, "students": n_students, "workers": workers, "runs": runs,
            "median_ratio": median, "judge": cost}


def notebook_times() -> list[dict]:
    import nbformat
    from nbclient import NotebookClient

    rows = []
    for source in sorted((ROOT / "source").glob("*/*.ipynb")):
        name = source.parent.name
        row = {"assignment": name}
        for label, path, grading in (("source_s", source, True),
                                     ("release_s", ROOT / "release" / name / source.name, False)):
            if not path.exists():
                continue
            if grading:
                os.environ["NBGRADER_EXECUTION"] = "autograde"
            else:
                os.environ.pop("NBGRADER_EXECUTION", None)
            nb = nbformat.read(path, as_version=4)
            start = time.monotonic()
            NotebookClient(nb, timeout=120, allow_errors=True, kernel_name="python3",
                           extra_arguments=["--IPKernelApp.log_level=ERROR"],
                           resources={"metadata": {"path": str(path.parent)}}).execute()
            row[label] = round(time.monotonic() - start, 2)
        os.environ.pop("NBGRADER_EXECUTION", None)
        rows.append(row)
        print(f"   {name:<32} source with solutions {row.get('source_s', '-'):>6} s   "
              f"release Run All {row.get('release_s', '-'):>6} s", flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./run.sh bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--assignment", default="week4_dynamodb")
    parser.add_argument("--students", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-class", action="store_true")
    args = parser.parse_args(argv)
    result = {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"), "cpus": os.cpu_count()}
    if not args.skip_class:
        print(f"== grading {args.students} submissions of {args.assignment}: stock vs course pipeline", flush=True)
        result["class"] = class_benchmark(args.assignment, args.students, args.workers, args.repeat)
    print("== notebook run times", flush=True)
    result["notebooks"] = notebook_times()
    out = ROOT / "bench" / "results" / f"{result['when'][:19].replace(':', '')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {out.relative_to(ROOT)}")
    same = all(r["same_scores"] for r in result.get("class", {}).get("runs", []))
    same = same and result.get("class", {}).get("judge", {}).get("same_scores", True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
