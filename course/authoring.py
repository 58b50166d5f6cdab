"""Notebooks are written as readable percent-format Python (``authoring/<assignment>.py``) and built
into nbgrader source notebooks (``source/<assignment>/<assignment>.ipynb``).

Cell headers carry nbgrader metadata as JSON; this module fills in what nbgrader requires
(schema_version, the grade/solution/locked flags, read-only flags for locked cells) and strips outputs,
so the committed source notebooks are clean and deterministic.

    python -m course.authoring build            # every authoring/*.py -> source/
    python -m course.authoring export week4_dynamodb   # source notebook -> authoring .py (after editing in JupyterLab)
    python -m course.authoring check            # fail if any source notebook differs from its authoring file
    python -m course.authoring release week4_dynamodb  # source -> release/ via nbgrader, in a scratch gradebook
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUTHORING = ROOT / "authoring"
SOURCE = ROOT / "source"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _normalise_cell(cell, index: int) -> None:
    cell.metadata.pop("lines_to_next_cell", None)
    meta = cell.metadata.get("nbgrader")
    if cell.cell_type == "code":
        cell.outputs = []
        cell.execution_count = None
    cell.id = (meta or {}).get("grade_id") or f"cell-{index:03d}"
    if not meta:
        return
    full = {"grade": False, "solution": False, "locked": False, "schema_version": 3}
    full.update(meta)
    if full["grade"] and not full["solution"]:
        full["locked"] = True  # test cells are always locked
    if full["grade"]:
        full["points"] = full.get("points", 1)
    cell.metadata["nbgrader"] = dict(sorted(full.items()))
    if full["locked"]:
        cell.metadata["editable"] = False
        cell.metadata["deletable"] = False
    if full["solution"] and cell.cell_type == "markdown":
        cell.metadata.pop("editable", None)


def build_notebook(py_path: Path):
    """Read one authoring file and return the nbgrader source notebook it describes."""
    import jupytext
    import nbformat

    nb = jupytext.read(py_path, fmt="py:percent")
    nb.metadata = {"kernelspec": dict(KERNELSPEC),
                   "language_info": {"name": "python"}}
    for index, cell in enumerate(nb.cells):
        _normalise_cell(cell, index)
    nbformat.validate(nb)
    return nb


def render(nb) -> str:
    import nbformat

    return nbformat.writes(nb, version=4) + "\n"


def source_path(assignment: str) -> Path:
    return SOURCE / assignment / f"{assignment}.ipynb"


def build(assignments: list[str] | None = None) -> list[Path]:
    written = []
    for py_path in sorted(AUTHORING.glob("*.py")):
        if assignments and py_path.stem not in assignments:
            continue
        target = source_path(py_path.stem)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = render(build_notebook(py_path))
        if not target.exists() or target.read_text() != text:
            target.write_text(text)
            written.append(target)
    return written


def out_of_date() -> list[str]:
    """Assignments whose committed source notebook differs from what its authoring file builds."""
    stale = []
    for py_path in sorted(AUTHORING.glob("*.py")):
        target = source_path(py_path.stem)
        if not target.exists() or target.read_text() != render(build_notebook(py_path)):
            stale.append(py_path.stem)
    return stale


def export(assignment: str) -> Path:
    """Write a source notebook (edited in JupyterLab, say) back to its authoring file."""
    import jupytext

    nb = jupytext.read(source_path(assignment))
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader")
        cell.metadata = {"nbgrader": {k: v for k, v in meta.items() if k not in ("schema_version", "checksum")}} if meta else {}
    target = AUTHORING / f"{assignment}.py"
    jupytext.write(nb, target, fmt="py:percent")
    return target


def kernel_language_info() -> dict:
    """The ``language_info`` the python3 kernel (this interpreter) reports. JupyterLab writes it into a notebook as
    soon as the kernel starts: a notebook whose metadata already holds exactly this is not marked as modified."""
    import platform

    return {"codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py",
            "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python",
            "pygments_lexer": "ipython3", "version": platform.python_version()}


def study_copy(week_dir: Path, target: Path) -> Path:
    """Copy a release week for study (my-work/<week>), its notebooks carrying this interpreter's language_info,
    so opening an untouched notebook in JupyterLab does not mark it modified. release/ stays machine-neutral."""
    import json
    import shutil

    shutil.copytree(week_dir, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    for path in target.glob("*.ipynb"):
        nb = json.loads(path.read_text(encoding="utf-8"))
        nb.setdefault("metadata", {})["language_info"] = kernel_language_info()
        path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course.authoring", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="authoring/*.py -> source/*/*.ipynb")
    b.add_argument("assignments", nargs="*")
    e = sub.add_parser("export", help="source notebook -> authoring .py")
    e.add_argument("assignment")
    sub.add_parser("check", help="fail if a source notebook is out of date")
    r = sub.add_parser("release", help="regenerate release/<assignment> with nbgrader (scratch gradebook)")
    r.add_argument("assignments", nargs="+")
    c = sub.add_parser("study-copy", help="copy release/<week> to a study folder (for ./run.sh lab's my-work/)")
    c.add_argument("week_dir", type=Path)
    c.add_argument("target", type=Path)
    args = parser.parse_args(argv)
    if args.command == "study-copy":
        print(f"copied {args.week_dir} to {study_copy(args.week_dir, args.target)}")
        return 0
    if args.command == "build":
        for path in build(args.assignments):
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    if args.command == "export":
        print(f"wrote {export(args.assignment).relative_to(ROOT)}")
        return 0
    if args.command == "release":
        from course.grading.notebook_checks import generate_release

        problems = []
        for name in args.assignments:
            problems += generate_release(ROOT, name, ROOT / "release" / name)
            print(f"wrote release/{name}/" if not problems else "\n".join(problems))
        return 1 if problems else 0
    stale = out_of_date()
    for name in stale:
        print(f"source/{name} is out of date: run `python -m course.authoring build {name}`", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
