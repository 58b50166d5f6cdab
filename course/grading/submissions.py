"""Preflight of submitted files, before nbgrader touches them.

nbgrader skips a notebook that is not valid JSON (no grade, no feedback) and silently scores a
missing notebook 0. We find both first, so the grade export and the learner's feedback can say what
happened. Submitted files are only read, never changed.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Preflight:
    student: str
    problems: list[str] = field(default_factory=list)   # human-readable, for feedback and the export
    unreadable: dict[str, str] = field(default_factory=dict)  # notebook id -> reason
    missing: list[str] = field(default_factory=list)     # expected notebook ids not submitted
    unexpected: list[str] = field(default_factory=list)  # submitted notebook ids the assignment does not have

    @property
    def gradable(self) -> bool:
        return not self.unreadable


def read_problem(path: Path) -> str | None:
    """Why a submitted notebook cannot be graded, or None if nbgrader can read it."""
    import nbformat

    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return f"the file is not UTF-8 text ({error.reason} at byte {error.start})"
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        return f"the file is not valid notebook JSON ({error.msg} at line {error.lineno}, column {error.colno})"
    import warnings

    try:
        nb = nbformat.from_dict(data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. MissingIDFieldWarning: nbgrader copes with it
            nbformat.validate(nb)
    except Exception as error:  # nbformat raises several kinds of validation errors
        text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return f"the file is JSON but not a valid notebook ({text[:200]})"
    return None


def preflight(submission_dir: Path, student: str, expected: list[str]) -> Preflight:
    """Check one student's submitted folder against the assignment's notebook ids."""
    result = Preflight(student)
    submitted = {p.stem: p for p in sorted(submission_dir.glob("*.ipynb"))}
    for notebook_id in expected:
        path = submitted.get(notebook_id)
        if path is None:
            result.missing.append(notebook_id)
            result.problems.append(f"{notebook_id}.ipynb was not in the submission, so every test in it scores 0")
            continue
        problem = read_problem(path)
        if problem:
            result.unreadable[notebook_id] = problem
            result.problems.append(f"{notebook_id}.ipynb could not be graded: {problem}")
    for notebook_id in submitted:
        if notebook_id not in expected:
            result.unexpected.append(notebook_id)
            result.problems.append(f"{notebook_id}.ipynb is not part of this assignment "
                                   f"(expected {', '.join(n + '.ipynb' for n in expected)}); it was not graded")
    return result
