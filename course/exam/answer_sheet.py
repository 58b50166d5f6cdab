"""Checks used by the graded mock-exam notebooks. No answer key lives here: the keys are in the hidden
tests of the instructor's source notebooks, which nbgrader restores only while grading."""
from __future__ import annotations

from course.testing import CheckFailed, NotAttempted, grading

from .scoring import normalise


def check_answer(answers: dict, number: int, options: str, keys: int) -> None:
    """Visible check: question ``number`` has a well-formed answer (letters among ``options``,
    ``keys`` of them). Unanswered is a note while studying and a failure (0 points) when graded."""
    try:
        picked = normalise(answers.get(number))
    except TypeError as error:
        raise CheckFailed(f"Q{number}: {error}") from None
    if picked is None:
        if grading():
            raise NotAttempted(f"Q{number} was not answered (an unanswered question counts as wrong)")
        print(f"Q{number}: not attempted yet.")
        return
    unknown = [p for p in picked if p not in options]
    if unknown:
        raise CheckFailed(f"Q{number}: {', '.join(unknown)} is not an option (choose from {', '.join(options)})")
    if len(picked) != keys:
        raise CheckFailed(f"Q{number}: pick exactly {keys} option(s); you picked {len(picked)}")


def explain_in_feedback() -> bool:
    """Whether graded feedback names the keys and explains every option (the default). An instructor who
    reuses a mock with a later group grades with COURSE_MOCK_EXPLAIN=0: feedback then says only which
    questions were right."""
    import os

    return os.environ.get("COURSE_MOCK_EXPLAIN", "1") != "0"


def grade_answer(answers: dict, number: int, question_id: str, key: list[str], explanations: dict[str, str]) -> None:
    """Hidden test: print why each option is right or wrong, then fail unless the pick is exactly the key."""
    picked = normalise(answers.get(number))
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
