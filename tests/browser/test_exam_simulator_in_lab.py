"""The week-8 exam simulator in a real browser (headless Chromium driving JupyterLab).

A learner opens the trainer, runs it, takes a 5-question drill (radio buttons, check boxes for a
multiple-response question, a flag, Back), submits past the warning about a blank question, reads the
result chart and the review with its links to the course, then reopens the notebook and finds the attempt
in the history.

The server serves the release copies of the trainer and week 4 (the review links point there) and runs
its kernels with ``COURSE_QUESTIONS`` = the tiny fixture bank (tests/fixtures/exam: a practice pool of 6)
and ``COURSE_EXAM_HISTORY`` = a temporary folder. Screenshots go to ``COURSE_BROWSER_ARTIFACTS``.
"""
from __future__ import annotations

import json
import re
import shutil

import pytest

from test_lab_weeks import (ARTIFACTS, CHROMIUM, RELEASE, ROOT, WAIT_MS, _isolated_env, _visible_notebook,  # noqa: F401
                            browser, open_and_run_all, page, running_lab, server_log_problems)

TRAINER = "week8_practice_exams/week8_practice_exams.ipynb"
FIXTURE_BANK = ROOT / "tests" / "fixtures" / "exam"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("browser_exam"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: `./run.sh test` installs it"),
]


@pytest.fixture(scope="module")
def exam_lab(tmp_path_factory):
    base = tmp_path_factory.mktemp("examlab")
    root = base / "root"
    for week in ("week8_practice_exams", "week4_dynamodb"):
        shutil.copytree(RELEASE / week, root / week, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copy2(ROOT / "nbgrader_config.py", root / "nbgrader_config.py")
    env = _isolated_env(base)
    env["COURSE_QUESTIONS"] = str(FIXTURE_BANK)
    env["COURSE_EXAM_HISTORY"] = str(base / "history")
    env["COURSE_EXAM_SEED"] = "4"  # the fixture bank's draw for seed 4 has multiple-response questions at Q1 and Q4
    with running_lab(root, env, base / "server.log") as server:
        server.history = base / "history"
        yield server


def _shot(page, locator, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    locator.scroll_into_view_if_needed()
    path = ARTIFACTS / f"exam-{name}.png"
    page.screenshot(path=str(path))
    print(f"screenshot: {path}")


_WORDS = {"TWO": 2, "THREE": 3}


def test_a_drill_from_click_to_review_and_history(exam_lab, page):
    from playwright.sync_api import expect

    notebook = open_and_run_all(page, exam_lab, TRAINER)
    errors = notebook.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    assert errors.count() == 0, "\n".join(errors.all_text_contents())
    sim = notebook.locator(".exam-sim").first  # the drill (section 3); review comes later in the notebook
    expect(sim.locator(".exam-stem")).to_contain_text("Q1.")
    sim.scroll_into_view_if_needed()
    expect(sim.locator(".exam-title")).to_contain_text("question 1 of 5")

    multiple_seen = 0
    for number in range(1, 6):
        expect(sim.locator(".exam-stem")).to_contain_text(f"Q{number}.")
        stem = ""
        for _ in range(50):  # the widget may be redrawing the stem: its text can read empty for a moment
            stem = sim.locator(".exam-stem").inner_text()
            if f"Q{number}." in stem:
                break
            page.wait_for_timeout(100)
        select = re.search(r"Select (TWO|THREE)\b", stem)
        if number == 5:
            break  # leave the last one blank: Submit must warn
        if select:
            multiple_seen += 1
            want = _WORDS[select.group(1)]
            boxes = sim.locator(".widget-checkbox input[type=checkbox]")
            expect(boxes).to_have_count(6 if want == 3 else 5)
            for i in range(want + 1):  # one click too many: refused with a note, box left unticked
                boxes.nth(i).click()
            expect(sim).to_contain_text(f"Select {select.group(1)}: clear one of")
            expect(boxes.nth(want)).not_to_be_checked()
            checked = sim.locator(".widget-checkbox input[type=checkbox]:checked")
            expect(checked).to_have_count(want)
            if multiple_seen == 1:
                _shot(page, sim, "multiple-response")
        else:
            radios = sim.locator(".widget-radio-box input[type=radio]")
            expect(radios).to_have_count(4)
            radios.nth(1).click()
            expect(radios.nth(1)).to_be_checked()
        if number == 2:
            sim.locator(".exam-flag").click()
            expect(sim).to_contain_text("flagged 1")
        sim.locator(".exam-next").click()
    assert multiple_seen >= 1, "the drill showed no multiple-response question"

    sim.locator(".exam-back").click()  # back to Q4: its answer is still there
    expect(sim.locator(".exam-stem")).to_contain_text("Q4.")
    expect(sim.locator("input:checked").first).to_be_attached()
    expect(sim).to_contain_text("answered 4")
    expect(sim).to_contain_text("blank 1")
    _shot(page, sim, "question")

    sim.locator(".exam-submit").click()
    expect(sim).to_contain_text("1 question is blank or incomplete (5)")
    _shot(page, sim, "submit-warning")
    sim.locator(".exam-submit-anyway").click()

    summary = sim.locator(".exam-summary")
    expect(summary).to_contain_text("scaled")
    expect(summary).to_contain_text("pass mark of 720")
    chart = sim.locator(".jp-OutputArea-output img").first
    expect(chart).to_be_visible()
    assert chart.evaluate("img => img.naturalWidth") > 300
    _shot(page, chart, "result")
    items = sim.locator(".exam-review-item")
    assert items.count() >= 1  # Q5 at least (blank), and Q2 flagged
    expect(items.first).to_contain_text("Q")
    review_text = sim.locator(".exam-review-item").all_inner_texts()
    assert any("blank" in t for t in review_text) and any("flagged" in t for t in review_text)
    link = items.first.locator("a[href*='week4_dynamodb.ipynb']")
    assert re.search(r"week4_dynamodb\.ipynb\S*#\d+\.-\w", link.get_attribute("href"))  # a section anchor
    _shot(page, items.first, "review")
    sim.locator(".exam-review-all").click()
    expect(items).to_have_count(5)
    expect(sim).to_contain_text("Attempt saved")

    saved = list(exam_lab.history.glob("attempt-*.json"))
    assert len(saved) == 1
    attempt = json.loads(saved[0].read_text())
    assert len(attempt["questions"]) == 5 and attempt["questions"][1]["flagged"] is True
    assert attempt["questions"][4]["picked"] == []

    # A review link opens the week that teaches the question, in JupyterLab.
    link = items.first.locator("a[href*='week4_dynamodb.ipynb']")
    anchor = link.get_attribute("href").split("#", 1)[1]
    link.click()
    expect(page.locator(".lm-TabBar-tab.lm-mod-current", has_text="week4_dynamodb.ipynb")).to_be_visible()
    # The fragment names a real heading there: JupyterLab 4 marks headings with data-jupyter-id (the text,
    # spaces as hyphens). JupyterLab 4.6 drops the fragment when the link has to open the notebook first
    # (seen here); with the notebook open, the same link scrolls to the section (the review says so).
    heading = _visible_notebook(page).locator(f"[data-jupyter-id='{anchor}']")
    expect(heading).to_be_attached(timeout=WAIT_MS)
    page.locator(".lm-TabBar-tab", has_text="week8_practice_exams.ipynb").click()
    expect(link).to_be_visible()
    link.click()
    expect(page.locator(".lm-TabBar-tab.lm-mod-current", has_text="week4_dynamodb.ipynb")).to_be_visible()
    near_top = """(h) => { const r = h.getBoundingClientRect(); return r.height > 0 && Math.abs(r.top) < 400; }"""
    page.wait_for_function(near_top, arg=heading.element_handle(), timeout=WAIT_MS)  # scrolled to the section
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "exam-review-link-section.png"))

    # Reopen: the history cell lists the attempt and draws the trend.
    notebook = open_and_run_all(page, exam_lab, TRAINER)
    table = notebook.locator("table.exam-history")
    expect(table.locator("tr")).to_have_count(2)  # header + the one attempt
    expect(table).to_contain_text("Drill")
    _shot(page, table, "history")

    page.traffic.check()
    problems = server_log_problems(exam_lab.log)
    assert not problems, "\n".join(problems)

