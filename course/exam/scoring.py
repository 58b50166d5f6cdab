"""Score answers the way the exam does: a question counts only when every key and nothing else is
picked (no partial credit, no penalty for guessing, unanswered counts as wrong). The result is reported
on the exam's 100-1000 scale with its 720 pass mark.

The real exam's scaling is not published (it is compensatory and equated between forms); the course uses
a straight line, scaled = 100 + 900 x fraction correct, so 720 means about 69 % correct. Treat it as an
estimate of readiness, not a prediction of a score.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .bank import Question


def pass_mark() -> int:
    from course import facts

    return int(facts.value("exam.pass_mark"))


def normalise(answer) -> tuple[str, ...] | None:
    """'b', 'B', 'A,C', 'AC', ['a', 'C'] -> sorted letters; None or '' -> None (unanswered)."""
    if answer is None:
        return None
    if isinstance(answer, str):
        letters = [ch for ch in answer.upper() if ch.isalpha()]
    elif isinstance(answer, (list, tuple, set)):
        letters = [str(a).strip().upper() for a in answer]
    else:
        raise TypeError(f"an answer is a letter like 'B' or a list like ['A', 'D'], not {answer!r}")
    return tuple(sorted(set(letters))) or None


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
    """Mark ``answers`` (question number from 1, or question id -> letters) against ``questions``."""
    marks = []
    for number, q in enumerate(questions, start=1):
        given = answers.get(number, answers.get(q.id))
        marks.append(Mark(q, normalise(given)))
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
