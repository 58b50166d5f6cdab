"""The exam simulator's logic, free of any widget: one attempt at a set of questions.

    session = ExamSession(questions, minutes=130)        # a full mock; ExamSession.drill(questions) for drills
    session.choose("B"); session.toggle("D")              # single: replace the pick; multiple: add/remove one
    session.flag(); session.next(); session.back(); session.go(12)
    session.counts()                                      # {"answered": .., "flagged": .., "blank": ..}
    session.submit_warning()                              # "3 questions are blank: 4, 17, 33 ..." or ""
    result = session.submit()                             # a scoring.Result; the clock stops

The clock is injectable (any callable returning seconds), so tests move time by hand. When the time is up,
the next look at the clock (``tick()``, ``remaining()``, any action) submits what is there, as the exam
does. A study session may be paused; an exam may not.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable

from .bank import Question
from .scoring import NUMBER_WORDS, AnswerError, Mark, Result, check_pick, tally

FULL_MOCK_MINUTES = 130  # fact exam.duration_minutes; read from the fact table by full_mock_minutes()
MINUTES_PER_QUESTION = 2.0  # 130 minutes / 65 questions: the pace of the real exam


def full_mock_minutes() -> float:
    from course import facts

    try:
        return float(facts.value("exam.duration_minutes"))
    except KeyError:
        return FULL_MOCK_MINUTES


class SelectionError(AnswerError):
    """A click that the question does not allow (a third box on "Select TWO", a letter it does not have)."""


class SessionOver(RuntimeError):
    """The attempt was submitted (by the learner or by the clock): answers can no longer change."""


class ExamSession:
    def __init__(self, questions: list[Question], minutes: float | None = None, pausable: bool = False,
                 clock: Callable[[], float] = time.monotonic, title: str = "Practice"):
        if not questions:
            raise ValueError("an attempt needs at least one question")
        self.questions = list(questions)
        self.limit = None if minutes is None else float(minutes) * 60  # seconds; None: untimed
        self.pausable = pausable
        self.clock = clock
        self.title = title
        self.position = 0
        self.picks: dict[int, set[str]] = {i: set() for i in range(len(questions))}
        self.flagged: set[int] = set()
        self.result: Result | None = None
        self.expired = False
        self._used = 0.0  # seconds used before the current run of the clock
        self._started: float | None = clock()
        self.on_submit: list[Callable[["ExamSession"], None]] = []
        self._finishing = threading.Lock()  # the clock thread and a click can both try to submit

    # ------------------------------------------------------------------ kinds of attempt
    @classmethod
    def full_mock(cls, questions: list[Question], **kw) -> "ExamSession":
        return cls(questions, minutes=full_mock_minutes(), title="Full mock", **kw)

    @classmethod
    def drill(cls, questions: list[Question], study: bool = False, title: str | None = None, **kw) -> "ExamSession":
        """A drill at the exam's pace (2 minutes a question); ``study=True`` lets the learner pause."""
        return cls(questions, minutes=MINUTES_PER_QUESTION * len(questions), pausable=study,
                   title=title or ("Study drill" if study else "Drill"), **kw)

    # ------------------------------------------------------------------ time
    def used(self) -> float:
        running = 0.0 if self._started is None else self.clock() - self._started
        return self._used + running

    def remaining(self) -> float | None:
        """Seconds left (None: untimed). Reaching 0 submits the attempt."""
        if self.limit is None:
            return None
        left = max(0.0, self.limit - self.used())
        if left == 0 and self.result is None:
            self._expire()
        return left

    def tick(self) -> bool:
        """Look at the clock (the view calls this every second); True once the attempt is submitted."""
        self.remaining()
        return self.submitted

    @property
    def paused(self) -> bool:
        return self._started is None and self.result is None

    def pause(self) -> None:
        if not self.pausable:
            raise RuntimeError("an exam cannot be paused: start a study drill to pause")
        self._live()
        if self._started is not None:
            self._used += self.clock() - self._started
            self._started = None

    def resume(self) -> None:
        if self._started is None and self.result is None:
            self._started = self.clock()

    def _expire(self) -> None:
        self.expired = True
        self._finish()

    def _live(self) -> None:
        """Raise SessionOver unless answers may still change (the clock is checked first)."""
        self.remaining()
        if self.result is not None:
            raise SessionOver("this attempt is submitted" + (" (the time ran out)" if self.expired else ""))
        if self._started is None:
            raise SessionOver("the attempt is paused: resume it first")

    # ------------------------------------------------------------------ navigation
    @property
    def current(self) -> Question:
        return self.questions[self.position]

    def go(self, number: int) -> None:
        """Go to question ``number`` (from 1, as shown on screen)."""
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= len(self.questions):
            raise AnswerError(f"question {number!r}: there is no such question (this set has "
                              f"{len(self.questions)}: 1-{len(self.questions)})")
        self.position = number - 1
        self.remaining()

    def next(self) -> None:
        self.position = min(self.position + 1, len(self.questions) - 1)
        self.remaining()

    def back(self) -> None:
        self.position = max(self.position - 1, 0)
        self.remaining()

    # ------------------------------------------------------------------ answering
    def _letter(self, letter: str) -> str:
        q = self.current
        if not isinstance(letter, str) or letter.strip().upper() not in q.options:
            raise SelectionError(f"Q{self.position + 1}: {letter!r} is not an option of this question "
                                 f"(choose from {', '.join(q.options)})")
        return letter.strip().upper()

    def choose(self, letter: str) -> None:
        """Single response: ``letter`` replaces the current pick."""
        self._live()
        letter = self._letter(letter)
        if self.current.multiple:
            raise SelectionError(f"Q{self.position + 1} is multiple response: toggle each letter")
        self.picks[self.position] = {letter}

    def toggle(self, letter: str) -> None:
        """Multiple response: add or remove ``letter``; never more than the question's "Select N"."""
        self._live()
        letter = self._letter(letter)
        q, pick = self.current, self.picks[self.position]
        if not q.multiple:
            self.choose(letter)
            return
        if letter in pick:
            pick.discard(letter)
            return
        want = len(q.answer)
        if len(pick) >= want:
            raise SelectionError(f"Q{self.position + 1} says Select {NUMBER_WORDS.get(want, want)}: "
                                 f"clear one of {', '.join(sorted(pick))} first")
        pick.add(letter)

    def answer(self, number: int, answer) -> None:
        """Set question ``number``'s whole answer at once ("B", "AD", ["A", "D"], "" or None to clear);
        a malformed answer raises AnswerError and changes nothing."""
        self._live()
        here = self.position
        self.go(number)
        try:
            picked = check_pick(self.current, answer, number)
        except AnswerError:
            self.position = here
            raise
        self.picks[self.position] = set(picked or ())

    def clear(self) -> None:
        self._live()
        self.picks[self.position] = set()

    def flag(self, on: bool | None = None) -> bool:
        """Flag the current question for review (toggle, or set with ``on``); returns the new state."""
        self._live()
        on = self.position not in self.flagged if on is None else on
        (self.flagged.add if on else self.flagged.discard)(self.position)
        return on

    # ------------------------------------------------------------------ state
    def complete(self, index: int) -> bool:
        """Whether question ``index`` (from 0) has as many picks as it asks for."""
        q = self.questions[index]
        return len(self.picks[index]) == (len(q.answer) if q.multiple else 1)

    def status(self, index: int) -> str:
        """'flagged', 'answered', 'partial' (some boxes of a Select N) or 'blank', for the grid."""
        if index in self.flagged:
            return "flagged"
        if self.complete(index):
            return "answered"
        return "partial" if self.picks[index] else "blank"

    def counts(self) -> dict[str, int]:
        answered = sum(self.complete(i) for i in range(len(self.questions)))
        return {"answered": answered, "flagged": len(self.flagged), "blank": len(self.questions) - answered}

    def blanks(self) -> list[int]:
        """Question numbers (from 1) without a complete answer."""
        return [i + 1 for i in range(len(self.questions)) if not self.complete(i)]

    def submit_warning(self) -> str:
        blank, flagged = self.blanks(), sorted(i + 1 for i in self.flagged)
        parts = []
        if blank:
            parts.append(f"{len(blank)} question{'s are' if len(blank) > 1 else ' is'} blank or incomplete "
                         f"({', '.join(map(str, blank[:15]))}{' ...' if len(blank) > 15 else ''}): "
                         "they count as wrong, and a guess costs nothing.")
        if flagged:
            parts.append(f"{len(flagged)} flagged for review ({', '.join(map(str, flagged[:15]))}).")
        return " ".join(parts)

    @property
    def submitted(self) -> bool:
        return self.result is not None

    def submit(self) -> Result:
        """Mark the attempt (an incomplete Select N counts as wrong, as on the exam); the clock stops."""
        self.remaining()
        if self.result is None:
            self._finish()
        return self.result

    def _finish(self) -> None:
        """Mark the attempt once (the callbacks run once, whichever of the clock or a click came first)."""
        with self._finishing:
            if self.result is not None:
                return
            if self._started is not None:
                self._used += self.clock() - self._started
                self._started = None
            if self.limit is not None:
                self._used = min(self._used, self.limit)
            marks = [Mark(q, tuple(sorted(self.picks[i])) if self.complete(i) else None)
                     for i, q in enumerate(self.questions)]
            self.result = tally(marks)
        for callback in self.on_submit:
            callback(self)

    def picked(self, index: int) -> tuple[str, ...]:
        return tuple(sorted(self.picks[index]))
