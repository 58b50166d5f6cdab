"""Score answers the way the exam does: a question counts only when every key and nothing else is
picked (no partial credit, no penalty for guessing, unanswered counts as wrong). The result is reported
on the exam's 100-1000 scale with its 720 pass mark.

The real exam's scaling is not published (it is compensatory and equated between forms); the course uses
a straight line, scaled = 100 + 900 x fraction correct, so 720 means about 69 % correct. Treat it as an
estimate of readiness, not a prediction of a score.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .bank import Question


def pass_mark() -> int:
    from course import facts

    return int(facts.value("exam.pass_mark"))


class AnswerError(ValueError):
    """An answer that cannot be marked; the message says which question and what is wrong with it."""


_SEPARATORS = re.compile(r"[\s,;/&+]+")
NUMBER_WORDS = {1: "ONE", 2: "TWO", 3: "THREE", 4: "FOUR"}


def normalise(answer) -> tuple[str, ...] | None:
    """'b', 'B', 'A,C', 'AC', 'A C', ['a', 'C'] -> sorted letters; None, '', [] -> None (unanswered).

    Anything else is an AnswerError, never a silent guess: a number, a dict, a word ("B or C"), a letter
    given twice."""
    if answer is None:
        return None
    if isinstance(answer, str):
        tokens = [t for t in _SEPARATORS.split(answer.strip().upper()) if t]
        letters = [ch for token in tokens for ch in token]
        if any(not ("A" <= ch <= "Z") for ch in letters):
            raise AnswerError(f"{answer!r} is not a letter answer: write \"B\", or \"AD\" / [\"A\", \"D\"] "
                              "for a multiple-response question")
        if any(len(t) > 1 for t in tokens) and len(tokens) > 1:
            raise AnswerError(f"{answer!r}: write the letters alone, like \"AD\" or [\"A\", \"D\"]")
    elif isinstance(answer, (list, tuple, set, frozenset)):
        letters = []
        for item in answer:
            if not isinstance(item, str) or len(item.strip()) != 1 or not item.strip().isalpha():
                raise AnswerError(f"{answer!r}: a list holds single letters, like [\"A\", \"D\"]; "
                                  f"{item!r} is not one")
            letters.append(item.strip().upper())
    else:
        raise AnswerError(f"an answer is a letter like \"B\" or letters like \"AD\" / [\"A\", \"D\"], "
                          f"not {type(answer).__name__} {answer!r}")
    if len(set(letters)) != len(letters):
        raise AnswerError(f"{answer!r} names a letter twice")
    return tuple(sorted(letters)) or None


def check_pick(q: Question, answer, number: int | str | None = None) -> tuple[str, ...] | None:
    """The answer to ``q`` as sorted letters (None: unanswered), or an AnswerError that says what is wrong:
    a letter the question does not have, two letters for a single-answer question, the wrong count for
    "Select TWO"."""
    at = f"Q{number}" if number is not None else q.id
    try:
        picked = normalise(answer)
    except AnswerError as error:
        raise AnswerError(f"{at}: {error}") from None
    if picked is None:
        return None
    letters = ", ".join(q.options)
    unknown = [p for p in picked if p not in q.options]
    if unknown:
        raise AnswerError(f"{at}: {', '.join(unknown)} is not an option of this question (choose from {letters})")
    if not q.multiple and len(picked) > 1:
        raise AnswerError(f"{at} takes ONE answer; you gave {len(picked)} ({', '.join(picked)})")
    want = len(q.answer)
    if q.multiple and len(picked) != want:
        raise AnswerError(f"{at} says Select {NUMBER_WORDS.get(want, want)}; you gave {len(picked)} "
                          f"({', '.join(picked)})")
    return picked


def check_answers(questions: list[Question], answers) -> dict[int, tuple[str, ...] | None]:
    """Every answer in ``answers`` (question number from 1, or question id -> letters) checked against its
    question; question number -> sorted letters or None. All problems are reported at once."""
    if not isinstance(answers, dict):
        raise AnswerError(f"answers must be a dict like {{1: \"B\", 2: \"AD\"}}, not {type(answers).__name__}")
    by_id = {q.id: n for n, q in enumerate(questions, start=1)}
    count = len(questions)
    picks: dict[int, tuple[str, ...] | None] = {n: None for n in range(1, count + 1)}
    problems = []
    for key, given in answers.items():
        if isinstance(key, bool) or not isinstance(key, (int, str)):
            problems.append(f"{key!r}: a question is named by its number (1-{count}), not {type(key).__name__}")
            continue
        number = by_id.get(key) if isinstance(key, str) else key
        if number is None or not 1 <= number <= count:
            problems.append(f"question {key}: there is no such question (this set has {count}: 1-{count})")
            continue
        try:
            picks[number] = check_pick(questions[number - 1], given, number)
        except AnswerError as error:
            problems.append(str(error))
    if problems:
        raise AnswerError("\n".join(problems))
    return picks


@dataclass(frozen=True)
class Mark:
    question: Question
    picked: tuple[str, ...] | None

    @property
    def correct(self) -> bool:
        return self.picked is not None and tuple(sorted(self.picked)) == tuple(sorted(self.question.answer))

    @property
    def right_picks(self) -> int:
        return len(set(self.picked or ()) & set(self.question.answer))


def scaled_score(fraction: float) -> int:
    return round(100 + 900 * fraction)


@dataclass
class Result:
    marks: list[Mark]
    by_domain: dict[int, tuple[int, int]] = field(default_factory=dict)  # domain -> (correct, asked)
    by_task: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def correct(self) -> int:
        return sum(m.correct for m in self.marks)

    @property
    def fraction(self) -> float:
        return self.correct / len(self.marks) if self.marks else 0.0

    @property
    def scaled(self) -> int:
        return scaled_score(self.fraction)

    @property
    def passed(self) -> bool:
        return self.scaled >= pass_mark()


def score(questions: list[Question], answers: dict) -> Result:
    """Mark ``answers`` (question number from 1, or question id -> letters) against ``questions``.
    A malformed answer raises AnswerError (nothing is marked until every answer is well-formed)."""
    picks = check_answers(questions, answers)
    return tally([Mark(q, picks[n]) for n, q in enumerate(questions, start=1)])


def tally(marks: list[Mark]) -> Result:
    """A Result with its per-domain and per-task counts."""
    result = Result(marks)
    domain, task = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    for m in marks:
        for bucket in (domain[m.question.domain], task[m.question.task]):
            bucket[0] += m.correct
            bucket[1] += 1
    result.by_domain = {d: tuple(v) for d, v in sorted(domain.items())}
    result.by_task = {t: tuple(v) for t, v in sorted(task.items())}
    return result


def explain(mark: Mark) -> str:
    """What the learner sees after marking: their pick, the key, and why each option is right or wrong."""
    q = mark.question
    head = "correct" if mark.correct else ("not answered" if mark.picked is None else "not correct")
    lines = [f"{q.id} ({'select ' + str(len(q.answer)) if q.multiple else 'single'}): {head}; "
             f"you picked {', '.join(mark.picked) if mark.picked else 'nothing'}, "
             f"the answer is {', '.join(q.answer)}"]
    if q.multiple and mark.picked and not mark.correct:
        lines[0] += f" ({mark.right_picks} of {len(q.answer)} right picks: the exam gives no partial credit)"
    for letter, text in q.options.items():
        tag = "key " if letter in q.answer else "     "
        lines.append(f"  {tag}{letter}. {q.explanations[letter]}")
    return "\n".join(lines)
