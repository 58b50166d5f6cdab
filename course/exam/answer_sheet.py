"""Checks used by the graded mock-exam notebooks. No answer key lives here: the keys are in the hidden
tests of the instructor's source notebooks, which nbgrader restores only while grading."""
from __future__ import annotations

from nbgrader.preprocessors import NbGraderPreprocessor

from course.testing import CheckFailed, NotAttempted, grading

from .scoring import NUMBER_WORDS, AnswerError, normalise

ANSWER_SHEET_ID = "answer_sheet"


def check_answer(answers: dict, number: int, options: str, keys: int) -> None:
    """Visible check: question ``number`` has a well-formed answer (letters among ``options``,
    ``keys`` of them). Unanswered is a note while studying and a failure (0 points) when graded."""
    try:
        picked = normalise(answers.get(number))
    except AnswerError as error:
        raise CheckFailed(f"Q{number}: {error}") from None
    if picked is None:
        if grading():
            raise NotAttempted(f"Q{number} was not answered (an unanswered question counts as wrong)")
        print(f"Q{number}: not attempted yet.")
        return
    problem = format_problem(picked, options, keys)
    if problem:
        raise CheckFailed(f"Q{number}: {problem}")


def format_problem(picked: tuple[str, ...], options: str, keys: int) -> str:
    """What is wrong with a well-typed pick for a question with these ``options`` and ``keys`` ('' if fine)."""
    unknown = [p for p in picked if p not in options]
    if unknown:
        return f"{', '.join(unknown)} is not an option (choose from {', '.join(options)})"
    if keys == 1 and len(picked) > 1:
        return f"takes ONE answer; you gave {len(picked)} ({', '.join(picked)})"
    if len(picked) != keys:
        return f"says Select {NUMBER_WORDS.get(keys, keys)}; you gave {len(picked)} ({', '.join(picked)})"
    return ""


def check_sheet(answers, shapes: str) -> None:
    """The check cell under the answer sheet: every answer well-formed, no unknown question number.
    ``shapes`` is one "<options>:<keys>" per question ("ABCD:1 ABCDE:2 ..."): only the question's own
    letters and its "Select N", which the question already shows; it says nothing about the keys."""
    if not isinstance(answers, dict):
        raise CheckFailed(f"answers must stay a dict like {{1: \"B\", 2: \"AD\"}}; it is a {type(answers).__name__}")
    shape = [(s.split(":")[0], int(s.split(":")[1])) for s in shapes.split()]
    problems, blank = [], []
    for key in answers:
        if isinstance(key, bool) or not isinstance(key, int) or not 1 <= key <= len(shape):
            problems.append(f"{key!r}: there is no such question (this exam has {len(shape)}: 1-{len(shape)})")
    for number, (options, keys) in enumerate(shape, start=1):
        try:
            picked = normalise(answers.get(number))
        except AnswerError as error:
            problems.append(f"Q{number}: {error}")
            continue
        if picked is None:
            blank.append(number)
        elif format_problem(picked, options, keys):
            problems.append(f"Q{number}: {format_problem(picked, options, keys)}")
    if problems:
        raise CheckFailed("fix these answers:\n" + "\n".join(problems))
    print(f"{len(shape) - len(blank)} of {len(shape)} answers are well-formed"
          + (f"; blank (counted as wrong): {', '.join(map(str, blank))}" if blank else "; none is blank")
          + ". This checks the format only, not whether an answer is right.")


def explain_in_feedback() -> bool:
    """Whether graded feedback names the keys and explains every option (the default). An instructor who
    reuses a mock with a later group grades with COURSE_MOCK_EXPLAIN=0: feedback then says only which
    questions were right."""
    import os

    return os.environ.get("COURSE_MOCK_EXPLAIN", "1") != "0"


def grade_answer(answers: dict, number: int, question_id: str, key: list[str], explanations: dict[str, str]) -> None:
    """Hidden test: print why each option is right or wrong, then fail unless the pick is exactly the key."""
    try:
        picked = normalise(answers.get(number))
    except AnswerError:  # malformed: scored as wrong, and still explained (the visible check names the problem)
        picked = None
    right = picked == tuple(sorted(key))
    verdict = f"Q{number} [{question_id}]: {'correct' if right else 'not correct'}"
    if not explain_in_feedback():
        print(verdict)
    else:
        print(f"{verdict}; you picked {', '.join(picked) if picked else 'nothing'}, the answer is {', '.join(key)}")
        for letter, text in explanations.items():
            print(f"  {'key ' if letter in key else '    '}{letter}. {text}")
    if not right:
        raise CheckFailed(f"Q{number} is not correct (the explanations are printed above)")


class AnswerSheetStub(NbGraderPreprocessor):
    """Release step after nbgrader's ClearSolutions: the answer sheet of a graded mock keeps its pre-filled
    dict and loses the "raise NotImplementedError()" stub (an empty answer already means "not answered")."""

    def preprocess_cell(self, cell, resources, index):
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade_id") == ANSWER_SHEET_ID and meta.get("solution"):
            lines = cell.source.split("\n")
            stub = {"# YOUR CODE HERE", "raise NotImplementedError()"}
            cell.source = "\n".join(line for line in lines if line.strip() not in stub).rstrip("\n")
        return cell, resources
