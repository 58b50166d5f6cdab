"""Every source notebook passes all its tests; every release notebook, unanswered, fails all of them;
release/ is what generate_assignment makes of source/; no answer text is in release/.

Checked through nbgrader's Python API (``Validator.validate`` returns the failing or passing cells):
``nbgrader validate`` exits 0 even when it prints VALIDATION FAILED (upstream #1908).
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat

from nbgrader import utils


def assignments(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "source").iterdir() if p.is_dir() and (p / f"{p.name}.ipynb").exists())


def graded_test_ids(nb_path: Path) -> list[str]:
    nb = nbformat.read(nb_path, as_version=4)
    return [c.metadata.nbgrader["grade_id"] for c in nb.cells
            if c.cell_type == "code" and utils.is_grade(c)]


def _validator(root: Path, invert: bool = False):
    from nbgrader.validator import Validator

    from .workers import load_config

    return Validator(config=load_config(root), invert=invert)


def source_failures(root: Path, assignment: str) -> list[str]:
    """Problems running the source notebook with its solutions (empty list: all tests pass)."""
    path = root / "source" / assignment / f"{assignment}.ipynb"
    results = _validator(root).validate(str(path))
    problems = [f"{assignment} source: test failed: {r.get('raw_error', '')[-300:]}" for r in results.get("failed", [])]
    problems += [f"{assignment} source: {kind} cells" for kind in ("changed", "type_changed") if results.get(kind)]
    return problems


def release_passes(root: Path, assignment: str) -> list[str]:
    """Graded tests of the unanswered release notebook that do NOT fail (empty list: all fail)."""
    path = root / "release" / assignment / f"{assignment}.ipynb"
    if not path.exists():
        return [f"{assignment}: release notebook missing: run generate_assignment"]
    results = _validator(root, invert=True).validate(str(path))
    problems = [f"{assignment} release: a graded test passes unanswered:\n{r['source'][:200]}"
                for r in results.get("passed", [])]
    problems += [f"{assignment} release: {kind} cells" for kind in ("changed", "type_changed") if results.get(kind)]
    return problems


def generate_release(root: Path, assignment: str, destination: Path) -> list[str]:
    """Run nbgrader's generate_assignment in a scratch course (its own gradebook, nothing shared with
    the instructor's) and copy the release folder to ``destination``. Returns problems, if any."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config

    from .workers import load_config, venv_path

    os.environ["PATH"] = venv_path()  # nbgrader runs the `alembic` program
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        shutil.copytree(root / "source" / assignment, scratch / "source" / assignment)
        config = Config()
        config.CourseDirectory.root = str(scratch)
        config.CourseDirectory.db_url = f"sqlite:///{scratch / 'gradebook.db'}"
        course = load_config(root)
        config.merge(Config({name: course.get(name, {}) for name in ("ClearSolutions", "GenerateAssignment")}))
        api = NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
        result = api.generate_assignment(assignment, force=True, create=True)
        if not result["success"]:
            return [f"{assignment}: generate_assignment failed: {result['error'][-500:]}"]
        shutil.rmtree(destination, ignore_errors=True)
        shutil.copytree(scratch / "release" / assignment, destination)
    return []


def release_out_of_sync(root: Path, assignment: str) -> list[str]:
    """Regenerate the release notebook in a scratch course and compare it with the committed one."""
    committed = root / "release" / assignment / f"{assignment}.ipynb"
    with tempfile.TemporaryDirectory() as fresh:
        fresh = Path(fresh) / assignment
        problems = generate_release(root, assignment, fresh)
        if problems:
            return problems
        if not committed.exists() or (fresh / f"{assignment}.ipynb").read_text() != committed.read_text():
            return [f"{assignment}: release/ is out of date: run `python -m course.authoring release {assignment}`"]
    return []


def release_leak_problems(root: Path, assignment: str) -> list[str]:
    from .leaks import release_leaks

    source = root / "source" / assignment / f"{assignment}.ipynb"
    release = root / "release" / assignment / f"{assignment}.ipynb"
    if not release.exists():
        return []
    return [f"{assignment} release shows {leak}" for leak in release_leaks(source, release)]


def check_all(root: Path, say=print) -> list[str]:
    problems = []
    for assignment in assignments(root):
        found = (source_failures(root, assignment) + release_passes(root, assignment)
                 + release_leak_problems(root, assignment))
        n_tests = len(graded_test_ids(root / "source" / assignment / f"{assignment}.ipynb"))
        say(f"   {assignment}: {n_tests} graded tests; "
            + ("source passes all, release fails all, no answers in release" if not found else f"{len(found)} problem(s)"))
        problems += found
    return problems


def main() -> int:
    root = Path(__file__).resolve().parents[2]
    problems = check_all(root)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
