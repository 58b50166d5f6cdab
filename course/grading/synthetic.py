"""A sample class: synthetic submissions made from the release notebook, the source solutions and the
instructor's file of plausible wrong answers (``authoring/wrong_answers/<assignment>.yaml``).

Each kind is a function that edits a fetched notebook (or the submission folder) the way a real
learner, or a hostile one, would. The expected outcome of each kind is written next to it and checked
by the test suite.
"""
from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import nbformat

from nbgrader import utils


def _solution_body(source: str) -> str:
    """A solution cell as a learner who wrote the model answer would leave it: markers gone."""
    return "\n".join(line for line in source.split("\n") if "BEGIN SOLUTION" not in line and "END SOLUTION" not in line)


def solution_cells(nb) -> list:
    return [c for c in nb.cells if utils.is_solution(c)]


def code_solution_cells(nb) -> list:
    return [c for c in nb.cells if utils.is_solution(c) and c.cell_type == "code"]


def grade_id(cell) -> str:
    return cell.metadata["nbgrader"]["grade_id"]


def answers_from_source(source_nb) -> dict[str, str]:
    return {grade_id(c): _solution_body(c.source) for c in solution_cells(source_nb)}


def fill(nb, answers: dict[str, str], only: set[str] | None = None) -> None:
    for cell in solution_cells(nb):
        gid = grade_id(cell)
        if gid in answers and (only is None or gid in only):
            cell.source = answers[gid]


def first_function_name(source: str) -> str | None:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            return node.name
    return None


@dataclass
class Materials:
    release_nb: object
    answers: dict[str, str]
    wrong: dict[str, str]          # solution grade_id -> first wrong answer

    def right(self):
        nb = nbformat.from_dict(json.loads(json.dumps(self.release_nb)))
        fill(nb, self.answers)
        return nb

    def untouched(self):
        return nbformat.from_dict(json.loads(json.dumps(self.release_nb)))

    def exercise_ids(self) -> list[str]:
        return [grade_id(c) for c in code_solution_cells(self.release_nb)]


def load_materials(root: Path, assignment: str) -> Materials:
    import yaml

    source_nb = nbformat.read(root / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    release_nb = nbformat.read(root / "release" / assignment / f"{assignment}.ipynb", as_version=4)
    wrong_file = root / "authoring" / "wrong_answers" / f"{assignment}.yaml"
    wrong = {}
    if wrong_file.exists():
        for gid, entry in (yaml.safe_load(wrong_file.read_text()) or {}).items():
            if entry.get("wrong"):
                wrong[gid] = entry["wrong"][0]["code"]
    return Materials(release_nb, answers_from_source(source_nb), wrong)


# ---- the kinds -----------------------------------------------------------------------------------
# Each returns the notebook to submit, or None when it writes the submission folder itself.

def _with_code_after(nb, index: int, code: str):
    cells = code_solution_cells(nb)
    cell = cells[min(index, len(cells) - 1)]
    cell.source = cell.source.rstrip("\n") + "\n\n" + code
    return nb


def right(m: Materials, folder: Path):
    return m.right()


def partly_right(m: Materials, folder: Path):
    nb = m.untouched()
    ids = m.exercise_ids()
    fill(nb, m.answers, only=set(ids[: len(ids) // 2]))
    return nb


def wrong(m: Materials, folder: Path):
    nb = m.right()
    fill(nb, m.wrong)
    return nb


def untouched(m: Materials, folder: Path):
    return m.untouched()


def infinite_loop(m: Materials, folder: Path):
    return _with_code_after(m.right(), 1, "while True:  # forgot to break\n    pass")


def kernel_dies(m: Materials, folder: Path):
    return _with_code_after(m.right(), len(m.exercise_ids()) // 2, "import os\nos._exit(1)")


def huge_output(m: Materials, folder: Path):
    return _with_code_after(m.right(), 0, 'print("x" * 50_000_000)  # 50 MB on one line')


def stderr_in_passing_test(m: Materials, folder: Path):
    nb = m.right()
    cell = code_solution_cells(nb)[0]
    name = first_function_name(cell.source)
    cell.source += (
        "\n\nimport functools as _ft, sys as _sys\n"
        f"_plain = {name}\n"
        f"@_ft.wraps(_plain)\ndef {name}(*args, **kwargs):\n"
        "    print('debug: called with', args, file=_sys.stderr)\n"
        "    return _plain(*args, **kwargs)\n"
    )
    return nb


def deleted_test_cell(m: Materials, folder: Path):
    nb = m.right()
    tests = [c for c in nb.cells if utils.is_grade(c) and not utils.is_solution(c)]
    nb.cells.remove(tests[0])
    return nb


def edited_test_cells(m: Materials, folder: Path):
    nb = m.untouched()
    for cell in nb.cells:
        if utils.is_grade(cell) and not utils.is_solution(cell):
            cell.source = "pass  # tests? what tests?"
    return nb


def real_aws_call(m: Materials, folder: Path):
    nb = m.right()
    cell = code_solution_cells(nb)[0]
    name = first_function_name(cell.source)
    cell.source += (
        "\n\nimport boto3 as _boto3\n"
        f"def {name}(*args, **kwargs):  # asks real DynamoDB instead of computing\n"
        "    return _boto3.client('dynamodb', region_name='us-east-1').describe_limits()\n"
    )
    return nb


def tampered_kernel(m: Materials, folder: Path):
    """Answers the first exercise, then makes every later cell run as an empty cell."""
    nb = m.untouched()
    first = code_solution_cells(nb)[0]
    first.source = m.answers[grade_id(first)] + (
        "\n\n# make every later cell (the tests included) do nothing\n"
        "get_ipython().input_transformers_cleanup.append(lambda lines: [])\n"
    )
    return nb


def invalid_json(m: Materials, folder: Path):
    text = json.dumps(m.right(), indent=1)
    return text[: len(text) // 2]  # a notebook cut off half way (a crash while saving)


def renamed_notebook(m: Materials, folder: Path):
    return ("renamed", m.right())


@dataclass(frozen=True)
class Kind:
    name: str
    make: Callable
    expect: str  # what the grading must do, in words (checked by the tests)


KINDS = [
    Kind("right", right, "full marks on every autograded test"),
    Kind("partly_right", partly_right, "points for the first half of the exercises only"),
    Kind("wrong", wrong, "plausible wrong answers: hidden tests catch them"),
    Kind("untouched", untouched, "0 on every test"),
    Kind("infinite_loop", infinite_loop, "that cell times out; every test still passes"),
    Kind("kernel_dies", kernel_dies, "tests before the crash pass, later cells marked not run"),
    Kind("huge_output", huge_output, "output cut to the byte cap; full marks"),
    Kind("stderr_in_passing_test", stderr_in_passing_test, "a passing test that writes stderr keeps its points"),
    Kind("deleted_test_cell", deleted_test_cell, "the deleted test is put back and graded; full marks"),
    Kind("edited_test_cells", edited_test_cells, "locked tests restored; 0 like untouched"),
    Kind("invalid_json", invalid_json, "could not be graded: score 0, status could_not_grade, file kept"),
    Kind("renamed_notebook", renamed_notebook, "expected notebook missing: 0, feedback names it"),
    Kind("real_aws_call", real_aws_call, "the unstubbed call fails in milliseconds; that exercise 0"),
    Kind("tampered_kernel", tampered_kernel, "the answered first exercise scores; tests after the tampering earn nothing"),
]

from .hostile_sandbox import HOSTILE_KINDS  # noqa: E402 - they build on the kinds above
KINDS += [Kind(*kind) for kind in HOSTILE_KINDS]


def write_submission(kind: Kind, m: Materials, folder: Path, assignment: str) -> None:
    """Replace the fetched notebook in ``folder`` with this kind's version."""
    target = folder / f"{assignment}.ipynb"
    made = kind.make(m, folder)
    if isinstance(made, tuple) and made[0] == "renamed":
        target.unlink()
        nbformat.write(made[1], folder / f"{assignment} (copy).ipynb")
    elif isinstance(made, str):
        target.write_text(made)
    else:
        nbformat.write(made, target)

from .hostile_judge import JUDGE_KINDS  # noqa: E402 - the judge's hostile kinds build on the helpers above

KINDS += JUDGE_KINDS
