"""The exam simulator without a browser: its model (navigation, selection limits, flags, the clock, scoring,
expiry), bad answers, the attempt history (crash-safe writes), spaced review, and the widget view driven
by hand."""
from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from helpers import REPO
from course.exam import history, spaced
from course.exam.bank import BankError, load_pools, load_practice
from course.exam.scoring import AnswerError, check_answers, normalise, score
from course.exam.simulator import ExamSession, SelectionError, SessionOver

FIXTURE = REPO / "tests" / "fixtures" / "exam"


class Clock:
    """A hand-moved clock: tests say when time passes."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def pool():
    return load_practice(FIXTURE)


@pytest.fixture
def history_dir(tmp_path, monkeypatch):
    folder = tmp_path / "history"
    monkeypatch.setenv("COURSE_EXAM_HISTORY", str(folder))
    return folder


def by_id(pool, qid):
    return next(q for q in pool if q.id == qid)


def session_of(pool, ids, clock=None, **kw):
    return ExamSession([by_id(pool, i) for i in ids], clock=clock or Clock(), **kw)


# ---- pools -----------------------------------------------------------------------------------------------

def test_the_trainer_reads_the_practice_pool_only(pool):
    pools = load_pools(FIXTURE)
    assert {q.pool for q in pools["mock"]} == {"mock"} and {q.pool for q in pool} == {"practice"}
    assert all(q.id.startswith("p-") for q in pool) and not any(q.id.startswith("p-") for q in pools["mock"])
    from course.exam.trainer import Trainer

    trainer = Trainer(FIXTURE, ticking=False)
    assert {q.id for q in trainer.pool} == {q.id for q in pool}


def test_class_mode_says_what_is_available(tmp_path):
    from course.exam.trainer import Trainer

    trainer = Trainer(tmp_path / "nothing", ticking=False)
    assert not trainer.available and "graded practice exams" in trainer.status()
    with pytest.raises(BankError):
        load_practice(tmp_path / "nothing")
    (tmp_path / "empty" / "bank").mkdir(parents=True)
    assert load_practice(tmp_path / "empty") == []  # a clone before the practice pool exists


def test_a_practice_id_in_the_mock_pool_is_a_schema_error(tmp_path):
    from course.exam.bank import read_bank

    (tmp_path / "bank").mkdir()
    text = (FIXTURE / "practice" / "fixture.yaml").read_text()
    (tmp_path / "bank" / "x.yaml").write_text(text)
    questions, problems = read_bank(tmp_path / "bank", "mock")
    assert not questions and any("in the mock pool" in p for p in problems)


# ---- navigation, selection, flags -------------------------------------------------------------------------

def test_navigation_single_and_multiple_answers(pool):
    s = session_of(pool, ["p-d1t3-001", "p-d1t3-002", "p-d3t1-001"])
    s.choose("A")
    s.choose("b")  # single response: a new click replaces the old pick
    assert s.picked(0) == ("B",)
    with pytest.raises(SelectionError, match="multiple response"):
        s.next() or s.choose("A")
    s.toggle("A")
    s.toggle("B")
    with pytest.raises(SelectionError, match="Select TWO: clear one of A, B first"):
        s.toggle("C")
    s.toggle("A")  # unselect, then another fits
    s.toggle("E")
    assert s.picked(1) == ("B", "E")
    s.next()
    for letter in "ACE":
        s.toggle(letter)
    with pytest.raises(SelectionError, match="Select THREE"):
        s.toggle("F")
    s.next()  # stays on the last question
    assert s.position == 2
    s.back()
    s.back()
    s.back()
    assert s.position == 0
    with pytest.raises(SelectionError, match="not an option"):
        s.choose("E")
    with pytest.raises(AnswerError, match="no such question"):
        s.go(4)


def test_flags_blanks_and_counts(pool):
    s = session_of(pool, ["p-d1t3-001", "p-d1t3-002", "p-d1t3-003", "p-d2t1-001"])
    s.choose("B")
    s.flag()
    s.go(2)
    s.toggle("A")  # one of "Select TWO": incomplete, so not answered
    s.go(3)
    s.choose("A")
    assert s.counts() == {"answered": 2, "flagged": 1, "blank": 2}
    assert [s.status(i) for i in range(4)] == ["flagged", "partial", "answered", "blank"]
    warning = s.submit_warning()
    assert "2 questions are blank or incomplete (2, 4)" in warning and "1 flagged for review (1)" in warning
    s.go(1)
    assert s.flag() is False and s.counts()["flagged"] == 0


def test_scoring_is_the_exams_and_submit_locks_answers(pool):
    s = session_of(pool, ["p-d1t3-001", "p-d1t3-002", "p-d1t3-003", "p-d3t1-001"])
    s.choose("B")                       # right
    s.next(); s.toggle("A"); s.toggle("C")   # one right, one wrong: no partial credit
    s.next(); s.choose("B")             # right
    s.next(); s.toggle("A"); s.toggle("C")   # two of three: incomplete, counts as wrong
    result = s.submit()
    assert (result.correct, len(result.marks)) == (2, 4)
    assert result.scaled == 100 + round(900 * 0.5)
    assert result.marks[3].picked is None and result.by_domain[1] == (2, 3)
    with pytest.raises(SessionOver):
        s.choose("A")
    assert s.submit() is result  # a second submit changes nothing


def test_answer_sets_a_whole_answer_or_refuses_it(pool):
    s = session_of(pool, ["p-d1t3-001", "p-d1t3-002"])
    s.answer(2, "ab")
    assert s.picked(1) == ("A", "B")
    for bad, message in [("E", "E is not an option"), ("AD", "takes ONE answer"), (7, "not int")]:
        with pytest.raises(AnswerError, match=message):
            s.answer(1, bad)
    with pytest.raises(AnswerError, match="Select TWO; you gave 3"):
        s.answer(2, ["A", "B", "C"])
    assert s.picked(1) == ("A", "B") and s.picked(0) == ()  # nothing changed by a refused answer
    s.go(1)
    with pytest.raises(AnswerError):
        s.answer(2, "Z")
    assert s.position == 0  # not even the question on screen


# ---- the clock -----------------------------------------------------------------------------------------------

def test_time_running_out_submits_what_is_there(pool):
    clock = Clock()
    s = ExamSession.drill([by_id(pool, "p-d1t3-001"), by_id(pool, "p-d1t3-003")], clock=clock)
    assert s.limit == 2 * 2 * 60  # two questions at the exam's pace
    s.choose("B")
    clock.advance(239)
    assert s.tick() is False and round(s.remaining()) == 1
    submitted = []
    s.on_submit.append(submitted.append)
    clock.advance(2)
    assert s.tick() is True and s.expired and submitted == [s]
    s.submit()
    s._finish()  # the clock thread and a click racing to submit: the attempt is marked and saved once
    assert submitted == [s]
    assert s.result.correct == 1 and s.used() == s.limit
    with pytest.raises(SessionOver, match="time ran out"):
        s.choose("A")


def test_a_full_mock_has_the_exams_130_minutes_and_cannot_pause(pool):
    s = ExamSession.full_mock(pool, clock=Clock())
    assert s.limit == 130 * 60 and not s.pausable
    with pytest.raises(RuntimeError, match="cannot be paused"):
        s.pause()


def test_a_study_drill_pauses_the_clock(pool):
    clock = Clock()
    s = ExamSession.drill(pool[:2], study=True, clock=clock)
    clock.advance(60)
    s.pause()
    clock.advance(3600)  # lunch
    assert s.remaining() == s.limit - 60 and s.paused
    with pytest.raises(SessionOver, match="paused"):
        s.choose("A")
    s.resume()
    clock.advance(30)
    assert s.used() == 90


# ---- bad answers everywhere ------------------------------------------------------------------------------

@pytest.mark.parametrize("answers, message", [
    ({1: "E"}, "Q1: E is not an option of this question"),
    ({1: "AD"}, "Q1 takes ONE answer; you gave 2"),
    ({67: "A"}, "question 67: there is no such question"),
    ({"p-d9t9-001": "A"}, "no such question"),
    ({1: 2}, "not int"),
    ({1: {"A": True}}, "not dict"),
    ({1: "B or C"}, "letters alone"),
    ({2: "A"}, "Select TWO; you gave 1"),
    ({2: ["A", "A"]}, "twice"),
    ({True: "A"}, "named by its number"),
])
def test_bad_answers_get_a_clear_message(pool, answers, message):
    questions = [by_id(pool, "p-d1t3-001"), by_id(pool, "p-d1t3-002")]
    with pytest.raises(AnswerError, match=message):
        score(questions, answers)


def test_answers_that_are_not_a_dict_and_all_problems_at_once(pool):
    questions = [by_id(pool, "p-d1t3-001"), by_id(pool, "p-d1t3-002")]
    with pytest.raises(AnswerError, match="must be a dict"):
        check_answers(questions, ["B"])
    with pytest.raises(AnswerError) as error:
        score(questions, {1: "E", 2: "Z", 3: "A"})
    assert str(error.value).count("\n") == 2  # three problems, one per line
    assert score(questions, {1: "b", "p-d1t3-002": "B, A"}).correct == 2
    assert normalise("") is None and normalise([]) is None


def test_the_graded_mocks_check_cell_finds_bad_answers_and_reveals_nothing(capsys):
    from course.exam.answer_sheet import check_sheet
    from course.testing import CheckFailed

    shapes = "ABCD:1 ABCDE:2 ABCDEF:3"
    check_sheet({1: "", 2: "AC", 3: ""}, shapes)
    out = capsys.readouterr().out
    assert "1 of 3 answers are well-formed; blank (counted as wrong): 1, 3" in out and "right" in out
    for answers, message in [({1: "E"}, "Q1: E is not an option"), ({1: "AD"}, "takes ONE answer"),
                             ({67: "A"}, "67: there is no such question"), ({2: "ABC"}, "Select TWO"),
                             ({1: 3}, "not int"), ("B", "must stay a dict")]:
        with pytest.raises(CheckFailed, match=message):
            check_sheet(answers, shapes)


# ---- history ---------------------------------------------------------------------------------------------

def finished(pool, picks, clock=None, title="Drill"):
    s = session_of(pool, list(picks), clock=clock, title=title)
    for number, answer in enumerate(picks.values(), start=1):
        if answer:
            s.answer(number, answer)
    s.flag(True)
    s.submit()
    return s


def test_attempts_are_saved_and_read_back_in_order(pool, history_dir):
    first = finished(pool, {"p-d1t3-001": "A", "p-d1t3-003": "B"})
    path = history.save_session(first)
    assert path.parent == history_dir and json.loads(path.read_text())["questions"][0]["flagged"] is False
    second = finished(pool, {"p-d1t3-001": "B", "p-d1t3-002": "AB"})
    history.save(history.attempt_from(second.result, "Drill", now=datetime.now(timezone.utc) + timedelta(minutes=1)))
    attempts, problems = history.load()
    assert problems == [] and [a.correct for a in attempts] == [1, 2]
    assert attempts[0].missed() == ["p-d1t3-001"] and attempts[1].scaled == 1000
    trend = history.trend(attempts)
    assert trend["scaled"] == [550, 1000] and trend["domains"][1] == [0.5, 1.0] and trend["domains"][2] == [None, None]


def test_a_crash_mid_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "attempt-x.json"
    history.write_atomic(target, '{"old": true}')

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        history.write_atomic(target, '{"new": true, "half": ')
    assert json.loads(target.read_text()) == {"old": True}
    assert [p.name for p in tmp_path.iterdir()] == ["attempt-x.json"]  # no temporary file left behind


def test_unreadable_history_files_are_named_not_fatal(pool, history_dir):
    history.save_session(finished(pool, {"p-d1t3-001": "B"}))
    (history_dir / "attempt-broken.json").write_text('{"format": 1, "id": ')
    (history_dir / "attempt-old.json").write_text('{"format": 99}')
    good = json.loads(next(history_dir.glob("attempt-2*.json")).read_text())
    for name, change in [("number-date", {"when": 5}), ("word-date", {"when": "yesterday"}),
                         ("bare-question", {"questions": [{"id": "p-d1t3-001"}]})]:
        (history_dir / f"attempt-{name}.json").write_text(json.dumps({**good, **change}))
    attempts, problems = history.load()
    assert len(attempts) == 1 and len(problems) == 5 and all("skipped" in p for p in problems), problems


# ---- spaced review ------------------------------------------------------------------------------------------

def attempt_at(pool, day, results):
    """An attempt on ``day`` (days from a fixed start) with question id -> right?"""
    questions = [{"id": qid, "domain": by_id(pool, qid).domain, "task": by_id(pool, qid).task, "picked": [],
                  "correct": right, "flagged": False} for qid, right in results.items()]
    when = datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(days=day)
    return history.Attempt(f"a{day}", when.isoformat(), "Drill", "practice", 60, 600, False, questions)


def test_leitner_boxes_move_up_on_right_and_back_to_one_on_wrong(pool):
    attempts = [attempt_at(pool, 0, {"p-d1t3-001": True, "p-d1t3-002": False}),
                attempt_at(pool, 2, {"p-d1t3-001": True, "p-d1t3-002": True}),
                attempt_at(pool, 6, {"p-d1t3-001": False})]
    cards = spaced.boxes(attempts)
    assert cards["p-d1t3-001"].box == 1 and cards["p-d1t3-002"].box == 2


def test_review_queue_due_misses_first_then_unseen_by_task(pool):
    attempts = [attempt_at(pool, 0, {"p-d1t3-001": False, "p-d1t3-002": True, "p-d1t3-003": True})]
    day1 = datetime(2026, 1, 2, 1, tzinfo=timezone.utc)
    queue = [q.id for q in spaced.review_queue(pool, attempts, n=4, now=day1)]
    assert queue[0] == "p-d1t3-001"  # missed yesterday: due today
    assert not {"p-d1t3-002", "p-d1t3-003"} & set(queue)  # right answers wait two days
    assert len({by_id(pool, q).task for q in queue[1:]}) == 3  # unseen, spread over task statements
    day3 = datetime(2026, 1, 3, 1, tzinfo=timezone.utc)
    assert set(q.id for q in spaced.review_queue(pool, attempts, n=3, now=day3)) == \
        {"p-d1t3-001", "p-d1t3-002", "p-d1t3-003"}
    assert spaced.box_counts(pool, attempts) == {"unseen": 3, "box 1": 1, "box 2": 2, "box 3": 0, "box 4": 0,
                                                 "box 5": 0}


def test_retry_my_misses(pool):
    attempts = [attempt_at(pool, 0, {"p-d1t3-001": False, "p-d1t3-002": False}),
                attempt_at(pool, 1, {"p-d1t3-002": True, "p-d1t3-003": False})]
    assert [q.id for q in spaced.retry_misses(pool, attempts)] == ["p-d1t3-003"]
    assert {q.id for q in spaced.retry_misses(pool, attempts, last_only=False)} == {"p-d1t3-001", "p-d1t3-003"}
    assert spaced.retry_misses(pool, []) == []


# ---- the widget view, driven by hand ------------------------------------------------------------------------

def test_the_view_forwards_clicks_and_shows_the_result(pool, history_dir):
    from course.exam.trainer import Trainer
    from course.exam.widgets import SimulatorView

    clock = Clock()
    s = session_of(pool, ["p-d1t3-001", "p-d1t3-002"], clock=clock, minutes=4)
    view = SimulatorView(s, ticking=False)
    view.radio.index = 1  # B
    assert s.picked(0) == ("B",)
    view.next_button.click()
    assert s.position == 1 and len(view.boxes) == 5
    view.boxes[0].value = True
    view.boxes[1].value = True
    view.boxes[2].value = True  # a third box on "Select TWO": refused and unticked
    assert s.picked(1) == ("A", "B") and view.boxes[2].value is False and "Select TWO" in view.note.value
    view.flag_button.value = True
    assert 1 in s.flagged and view.grid_buttons[1].style.button_color == "#e0a030"
    view.grid_buttons[0].click()
    assert s.position == 0 and view.radio.index == 1
    clock.advance(5 * 60)
    view.tick()  # time is up: submitted, the result replaces the questions
    assert s.expired and view.exam_panel.layout.display == "none"
    texts = " ".join(c.value for c in view.result_panel.children if isinstance(getattr(c, "value", None), str))
    assert "1000" in texts and "time ran out" in texts
    review = view.review.outputs[0]["data"]["text/html"]
    assert "Q2" in review and "flagged" in review and 'href="../week4_dynamodb/week4_dynamodb.ipynb#' in review
    assert view.result_panel.children[1].outputs[0]["data"]["image/png"]  # the chart

    trainer = Trainer(FIXTURE, history_folder=history_dir, ticking=False)
    assert trainer.drill(3, seed=1) is None  # shown once, not again as the cell's value
    drill_view = trainer.views[-1]
    drill_view.session.answer(1, drill_view.session.questions[0].answer)
    drill_view._ask_submit()
    assert "blank" in drill_view.confirm.children[0].value  # warned, not yet submitted
    drill_view.confirm.children[1].children[0].click()  # Submit anyway
    assert len(trainer.attempts()[0]) == 1 and trainer.trend_chart() is not None
    assert "Attempt saved" in drill_view.result_panel.children[-1].value


def test_the_view_pauses_a_study_drill_and_hides_the_question(pool):
    from course.exam.widgets import SimulatorView

    clock = Clock()
    s = ExamSession.drill(pool[:2], study=True, clock=clock)
    view = SimulatorView(s, ticking=False)
    assert view.pause_button in view.exam_panel.children[0].children  # only a study drill has the button
    view.pause_button.click()
    assert s.paused and view.question_panel.layout.display == "none" and "paused" in view.clock.value
    clock.advance(600)
    view.tick()
    assert not s.submitted  # paused time does not count
    view.pause_button.click()
    assert not s.paused and view.question_panel.layout.display is None
    exam = SimulatorView(ExamSession.full_mock(pool, clock=clock), ticking=False)
    assert exam.pause_button not in exam.exam_panel.children[0].children
    assert "2:10:00" in exam.clock.value


def test_trainer_retry_and_review_start_from_the_saved_history(pool, history_dir, capsys):
    from course.exam.trainer import Trainer

    trainer = Trainer(FIXTURE, history_folder=history_dir, ticking=False)
    assert trainer.retry_misses() is None and "No misses" in capsys.readouterr().out
    trainer.drill(2, seed=3)
    first = trainer.views[-1].session
    first.answer(1, first.questions[0].answer)  # right
    first.submit()  # the second is blank: a miss
    trainer.retry_misses()
    retry = trainer.views[-1].session
    assert retry.title == "Retry my misses" and [q.id for q in retry.questions] == [first.questions[1].id]
    trainer.review(3)
    review = trainer.views[-1].session
    assert review.title == "Spaced review" and review.pausable and len(review.questions) == 3
    assert first.questions[0].id not in [q.id for q in review.questions]  # right yesterday: not due yet
    assert "Saved attempts: 1" in trainer.status() and "box 1: 1" in trainer.status()


def test_an_untouched_session_that_runs_out_is_not_saved(pool, history_dir):
    from course.exam.trainer import Trainer

    trainer = Trainer(FIXTURE, history_folder=history_dir, ticking=False)
    clock = Clock()
    trainer.start([], session=ExamSession.drill(pool[:2], clock=clock))
    clock.advance(3600)
    trainer.views[-1].tick()  # Run All, then away: the drill expires with nothing answered
    assert trainer.views[-1].session.expired and trainer.attempts()[0] == []
    assert "not saved" in trainer.views[-1].result_panel.children[-1].value
