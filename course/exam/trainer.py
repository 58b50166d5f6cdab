"""The week-8 trainer in one object: the practice pool, the simulator, the attempt history, spaced review.

    trainer = Trainer()
    trainer.drill(5, domain=2)        # a 5-question drill at the exam's pace (study=True: pausable)
    trainer.mock(seed=7)              # a full 65-question, 130-minute mock drawn from the practice pool
    trainer.review(10)                # the spaced-repetition queue: due misses first, then unseen questions
    trainer.retry_misses()            # the questions missed in the last attempt
    trainer.history()                 # every attempt, and the trend chart

The trainer only ever draws from the PRACTICE pool (questions/practice/): the graded mocks' questions
(questions/bank/) never appear in it. In a class, where the bank stays with the instructor, the practice
pool is absent and every method says so instead of failing.
"""
from __future__ import annotations

import os
import random
from pathlib import Path

from . import history as attempts_store
from . import spaced
from .bank import BankError, Question, load_practice
from .draw import draw_mock, drill
from .simulator import ExamSession

CLASS_MODE = ("No practice pool here: in a class the question bank stays with the instructor, so that the "
              "graded practice exams' keys never reach a learner. Available: the four graded practice exams "
              "(week8_mock1-4), their readiness reports, and your saved history if you have one. With your own "
              "clone of the course (questions/practice/), drills, fresh mocks and spaced review work here too.")



SEED_ENV = "COURSE_EXAM_SEED"  # a fixed draw (the same questions for a whole class, or a repeatable test)


def _seed() -> int:
    given = os.environ.get(SEED_ENV, "").strip()
    return int(given) if given.isdigit() else random.randrange(10**6)

class Trainer:
    def __init__(self, questions_root: Path | None = None, history_folder: Path | None = None,
                 ticking: bool = True):
        self.history_folder = history_folder
        self.ticking = ticking
        self.views = []
        try:
            self.pool: list[Question] = load_practice(questions_root)
            self.problem = "" if self.pool else "The practice pool is empty (questions/practice/ has no questions yet)."
        except BankError as error:
            self.pool, self.problem = [], f"{CLASS_MODE}\n({error})"

    @property
    def available(self) -> bool:
        return bool(self.pool)

    def status(self) -> str:
        if not self.available:
            return self.problem
        done, notes = self.attempts()
        counts = spaced.box_counts(self.pool, done)
        boxes = ", ".join(f"{k}: {v}" for k, v in counts.items())
        return (f"Practice pool: {len(self.pool)} questions. Saved attempts: {len(done)} "
                f"(in {attempts_store.history_dir() if self.history_folder is None else self.history_folder}). "
                f"Spaced review: {boxes}." + ("".join(f"\n{n}" for n in notes)))

    def attempts(self):
        return attempts_store.load(self.history_folder)

    # ------------------------------------------------------------------ starting attempts
    def start(self, questions: list[Question], session: ExamSession | None = None, **kw):
        """Show the simulator for ``questions`` (or a prepared ``session``); the attempt is saved on submit.
        The view is kept in ``self.views``."""
        from . import widgets

        if not questions and session is None:
            print(self.problem or "Nothing to practise: no question matches.")
            return None
        session = session or ExamSession.drill(questions, **kw)
        saved = []

        def save(s):  # a session left untouched until its time ran out (Run All, then away) is no attempt
            if any(s.picks.values()):
                saved.append(attempts_store.save_session(s, self.history_folder))

        session.on_submit.append(save)

        def note(view):
            import ipywidgets as w
            text = (f"Attempt saved ({saved[0].name}). Run the history cell to see your trend; "
                    "<code>trainer.retry_misses()</code> drills what you missed.") if saved else \
                "Nothing was answered, so this attempt was not saved."
            view.result_panel.children = view.result_panel.children + (w.HTML(f"<p style='color:#555'>{text}</p>"),)

        self.views.append(widgets.show(session, ticking=self.ticking, on_result=note))
        # returns None, so that a cell ending in trainer.drill() shows the simulator once (see self.views)

    def drill(self, n: int = 5, domain: int | None = None, task: str | None = None, seed: int | None = None,
              study: bool = False):
        if not self.available:
            print(self.problem)
            return None
        seed = _seed() if seed is None else seed
        return self.start(drill(self.pool, seed, n, domain, task), study=study)

    def mock(self, seed: int | None = None, size: int | None = None):
        """A full mock: 65 questions by domain weight, 130 minutes, no pause."""
        if not self.available:
            print(self.problem)
            return None
        seed = _seed() if seed is None else seed
        questions = draw_mock(self.pool, seed, size)
        return self.start(questions, session=ExamSession.full_mock(questions))

    def review(self, n: int = 10, study: bool = True):
        if not self.available:
            print(self.problem)
            return None
        return self.start(spaced.review_queue(self.pool, self.attempts()[0], n), study=study, title="Spaced review")

    def retry_misses(self, last_only: bool = True, study: bool = True):
        if not self.available:
            print(self.problem)
            return None
        missed = spaced.retry_misses(self.pool, self.attempts()[0], last_only)
        if not missed:
            print("No misses to retry: no attempt yet, or the last one was all right.")
            return None
        return self.start(missed, study=study, title="Retry my misses")

    # ------------------------------------------------------------------ history
    def history_table(self) -> str:
        done, notes = self.attempts()
        if not done:
            return "No attempt saved yet: start a drill above." + "".join(f"<br>{n}" for n in notes)
        from .present import seconds_text

        rows = "".join(f"<tr><td>{i}</td><td>{a.when[:16].replace('T', ' ')}</td><td>{a.title}</td>"
                       f"<td>{a.correct}/{a.total}</td><td><b>{a.scaled}</b></td><td>{seconds_text(a.seconds_used)}</td></tr>"
                       for i, a in enumerate(done, start=1))
        return ("<table class='exam-history'><tr><th>#</th><th>when (UTC)</th><th>what</th><th>correct</th>"
                f"<th>scaled</th><th>time</th></tr>{rows}</table>" + "".join(f"<br>{n}" for n in notes))

    def trend_chart(self):
        from course.charts import exam as exam_charts

        from .bank import DOMAINS
        from .scoring import pass_mark

        done, _ = self.attempts()
        if not done:
            return None
        data = attempts_store.trend(done)
        domains = {f"D{d} {DOMAINS[d].split()[0]}": v for d, v in data["domains"].items()}
        return exam_charts.score_trend(data["labels"], data["scaled"], domains, pass_mark())

    def history(self):
        from IPython.display import HTML, display

        display(HTML(self.history_table()))
        chart = self.trend_chart()
        if chart is not None:
            display(chart)
