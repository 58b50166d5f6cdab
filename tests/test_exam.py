"""The exam trainer: bank schema and audit, drawing, scoring, readiness, and the graded mocks."""
from __future__ import annotations

import json
import random

import pytest

from helpers import REPO
from course.exam import audit
from course.exam.bank import TASKS, Question, check_question, read_bank
from course.exam.draw import draw_mock, drill, partition_mocks, quotas
from course.exam.readiness import report, section_link
from course.exam.scoring import normalise, scaled_score, score


def question(qid="d1t3-001", domain=1, task="1.3", stem=None, answer=("B",), kind="single", facts=None, week="week4_dynamodb",
             pool="mock"):
    letters = "ABCD" if kind == "single" else "ABCDE"
    return Question(id=qid, domain=domain, task=task, type=kind,
                    stem=stem or f"A team stores orders and must choose a design for case {qid} today. Which one?",
                    options={k: f"option {k}" for k in letters}, answer=tuple(answer),
                    explanations={k: f"why {k}" for k in letters}, services=("DynamoDB",), week=week,
                    topic="capacity", facts=facts or {}, pool=pool)


def raw(**changes):
    base = {"id": "d1t3-001", "domain": 1, "task": "1.3", "type": "single",
            "stem": "A developer needs to pick a key for a table with many users. Which key fits best?",
            "options": {"A": "a", "B": "b", "C": "c", "D": "d"}, "answer": ["B"],
            "explanations": {"A": "x", "B": "y", "C": "z", "D": "w"}, "services": ["DynamoDB"],
            "week": "week4_dynamodb", "topic": "keys"}
    base.update(changes)
    return base


# ---- schema --------------------------------------------------------------------------------------------

def test_a_well_formed_question_passes():
    assert check_question(raw(), "f") == []


@pytest.mark.parametrize("changes, message", [
    ({"answer": ["E"]}, "answer"), ({"answer": ["A", "B"]}, "single-response"),
    ({"type": "multiple"}, "multiple-response"), ({"explanations": {"A": "x"}}, "explanation"),
    ({"task": "2.1"}, "task"), ({"id": "q1"}, "id"), ({"stem": "Too short?"}, "stem"),
    ({"options": {"A": "a", "C": "c", "B": "b", "D": "d"}}, "lettered"),
])
def test_schema_errors_are_named(changes, message):
    problems = check_question(raw(**changes), "f")
    assert problems and any(message in p for p in problems), problems


# ---- audit gates can fail ------------------------------------------------------------------------------

def test_duplicates_and_near_duplicates_are_found():
    a = question("d1t3-001", stem="A retailer stores shopping carts in DynamoDB and reads them on every page view. Which cache fits?")
    b = question("d1t3-002", stem="A retailer stores shopping carts in DynamoDB and reads them on each page view. Which cache fits?")
    c = question("d1t3-003", stem="An IoT company sends sensor data every second to a stream and needs ordering per device.")
    assert audit.near_duplicate_stems([a, b, c]) and not audit.near_duplicate_stems([a, c])
    assert audit.duplicate_ids([a, a])


def test_key_position_imbalance_is_found():
    skewed = [question(f"d1t3-{i:03d}", answer=("A",) if i < 5 else ("B",)) for i in range(8)]
    assert audit.key_position_balance(skewed)
    balanced = [question(f"d1t3-{i:03d}", answer=("ABCD"[i % 4],)) for i in range(8)]
    assert audit.key_position_balance(balanced) == []


def test_answers_that_contradict_the_fact_tables_are_found():
    assert audit.fact_contradictions([question(facts={"dynamodb.transaction_max_items": 25})])
    assert audit.fact_contradictions([question(facts={"dynamodb.transaction_max_items": 100})]) == []
    assert audit.fact_contradictions([question(facts={"no.such_fact": 1})])


def test_thin_task_statements_and_unknown_weeks_are_found():
    assert any("1.1" in p for p in audit.task_coverage([question()]))
    assert audit.week_references([question(week="week9_nothing")], REPO)
    assert audit.week_references([question()], REPO) == []


# ---- the real bank -------------------------------------------------------------------------------------

def test_the_bank_passes_its_audit():
    questions, problems = read_bank()
    problems += audit.audit(questions, REPO)
    assert problems == []
    assert len(questions) >= 260
    assert all(sum(q.task == t for q in questions) >= 3 for t in TASKS)


# ---- drawing and scoring -------------------------------------------------------------------------------

def synthetic_bank(n_per_task=6, pool="practice"):
    out = []
    for task in TASKS:
        domain = int(task[0])
        for i in range(n_per_task):
            letter = "ABCD"[(i + len(out)) % 4]
            out.append(question(f"d{domain}t{task[2]}-{i + 1:03d}", domain, task, answer=(letter,), pool=pool,
                                stem=f"Scenario {task} number {i} about a system with unique wording {i * 7 + domain}."))
    return out


def test_quotas_follow_the_weights_and_add_up():
    q = quotas(65, {1: 0.32, 2: 0.26, 3: 0.24, 4: 0.18})
    assert sum(q.values()) == 65 and q == {1: 21, 2: 17, 3: 15, 4: 12}


def test_mock_is_seeded_weighted_and_covers_every_task():
    bank = synthetic_bank(8)
    mock = draw_mock(bank, seed=1)
    assert len(mock) == 65 and len({q.id for q in mock}) == 65
    assert [q.id for q in draw_mock(bank, seed=1)] == [q.id for q in mock]
    assert [q.id for q in draw_mock(bank, seed=2)] != [q.id for q in mock]
    assert sum(q.domain == 1 for q in mock) == 21
    assert {q.task for q in mock} == set(TASKS)


def test_drill_and_partition():
    bank = synthetic_bank()
    assert {q.domain for q in drill(bank, seed=3, n=5, domain=2)} == {2}
    graded = synthetic_bank(pool="mock")
    for draw in (lambda: drill(graded, seed=3), lambda: draw_mock(graded, seed=3)):
        with pytest.raises(ValueError, match="practice pool only"):
            draw()
    mocks = partition_mocks(graded, 1, seed=4)
    ids = [q.id for m in mocks for q in m]
    assert len(ids) == len(set(ids)) == 65 and {q.task for q in mocks[0]} == set(TASKS)
    with pytest.raises(ValueError, match="need"):
        partition_mocks(graded, 2, seed=4)


def test_scoring_is_all_or_nothing_like_the_exam():
    single = question("d1t3-001", answer=("B",))
    multi = question("d1t3-002", answer=("A", "D"), kind="multiple")
    result = score([single, multi], {1: "b", 2: ["A", "B"]})  # one right pick of two: no partial credit
    assert (result.correct, result.scaled) == (1, scaled_score(0.5))
    assert score([single, multi], {1: "B", 2: "D,A"}).correct == 2
    assert score([single, multi], {}).scaled == 100
    assert normalise(" ") is None and normalise(["d", "a"]) == ("A", "D")
    with pytest.raises(ValueError, match="not an option"):
        score([single, multi], {1: "E"})
    with pytest.raises(ValueError, match="Select TWO; you gave 1"):
        score([single, multi], {2: ["A"]})


def test_readiness_names_the_weakest_task_with_a_link():
    bank = synthetic_bank(3)
    rng = random.Random(0)
    answers = {n: (list(q.answer) if q.domain != 3 or rng.random() < 0.1 else None) for n, q in enumerate(bank, 1)}
    ready = report(bank, answers)
    assert ready.weakest[0][0].startswith("3.")
    text = ready.markdown()
    assert "Scaled score" in text and "week4_dynamodb" in text and str(ready.result.scaled) in text
    assert ready.chart().axes[0].get_ylim() == (100, 1000)
    assert section_link("week4_dynamodb", "capacity").startswith("[week4_dynamodb: ")
    assert ready._repr_markdown_() == text  # a notebook renders the report, so its links are clickable
    from course.exam.readiness import section_target
    label, href = section_target("week4_dynamodb", "Partitions throttling retries")
    assert href == "../week4_dynamodb/week4_dynamodb.ipynb#7.-Partitions,-throttling-and-retries", href


# ---- the graded mocks ------------------------------------------------------------------------------------

def test_mock_authoring_files_match_the_bank(tmp_path):
    from course.exam import mocks

    manifest = json.loads((REPO / "questions" / "mocks.json").read_text())
    assert len(manifest) == mocks.COUNT and all(len(ids) == 65 for ids in manifest.values())
    bank = {q.id: q for q in read_bank()[0]}
    for name, ids in manifest.items():
        number = int(name[-1])
        expected = mocks.mock_source(name, number, mocks.COUNT, [bank[i] for i in ids])
        assert (REPO / "authoring" / f"{name}.py").read_text() == expected, f"{name}: run python -m course.exam.mocks"
    all_ids = [i for ids in manifest.values() for i in ids]
    assert len(all_ids) == len(set(all_ids)) == mocks.COUNT * 65 <= len(bank)
    assert all(not i.startswith("p-") for i in all_ids)  # graded mocks come from the mock pool only


def test_released_mock_answer_sheet_is_prefilled_without_a_stub():
    for name in ("week8_mock1", "week8_mock4"):
        cells = json.loads((REPO / "release" / name / f"{name}.ipynb").read_text())["cells"]
        by_id = {c["metadata"].get("nbgrader", {}).get("grade_id"): "".join(c["source"]) for c in cells}
        sheet = by_id["answer_sheet"]
        assert sheet.startswith('answers = {\n    1: "",') and '\n    65: "",' in sheet and sheet.endswith("}")
        assert "NotImplementedError" not in json.dumps(cells) and "answers.update" not in sheet
        assert by_id["check_sheet"].startswith("check_sheet(answers, 'ABCD")
        namespace = {}
        exec(sheet, namespace)  # the untouched sheet is valid Python: 65 blank answers
        assert list(namespace["answers"].values()) == [""] * 65


@pytest.mark.slow
def test_a_graded_mock_scores_and_explains(tmp_path):
    from helpers import make_course
    from course.grading import synthetic
    from course.grading.classroom import run_class
    from course.grading.leaks import visible_text
    from course.grading.workers import load_config
    from course.exam.readiness import from_gradebook, mock_questions

    root = make_course(tmp_path / "mock", {"week8_mock1": REPO / "source" / "week8_mock1" / "week8_mock1.ipynb"})
    kinds = [k for k in synthetic.KINDS if k.name in ("right", "untouched")]
    run = run_class(root, "week8_mock1", kinds=kinds, workers=2, check_notebooks=False)
    rows = {r.student.split("-", 1)[1]: r for r in run.rows}
    assert rows["right"].score == rows["right"].max_score >= 60 and rows["untouched"].score == 0
    feedback = visible_text(run.feedback_received["s02-untouched"][0])
    assert "the answer is" in feedback and "key " in feedback  # every option explained after grading
    release = (REPO / "release" / "week8_mock1" / "week8_mock1.ipynb").read_text()
    assert "the answer is" not in release and "answers.update" not in release
    questions = mock_questions("week8_mock1", read_bank()[0])
    db = load_config(root).CourseDirectory.db_url
    assert from_gradebook(db, "week8_mock1", "s01-right", questions).result.scaled == 1000
    assert from_gradebook(db, "week8_mock1", "s02-untouched", questions).result.scaled == 100


def test_grade_answer_explains_or_only_scores(monkeypatch, capsys):
    from course.exam.answer_sheet import grade_answer
    from course.testing import CheckFailed

    explanations = {"A": "wrong because x", "B": "right because y"}
    grade_answer({1: "b"}, 1, "d1t1-001", ["B"], explanations)
    out = capsys.readouterr().out
    assert "correct; you picked B, the answer is B" in out and "right because y" in out
    monkeypatch.setenv("COURSE_MOCK_EXPLAIN", "0")
    with pytest.raises(CheckFailed):
        grade_answer({1: "A"}, 1, "d1t1-001", ["B"], explanations)
    out = capsys.readouterr().out
    assert "not correct" in out and "the answer is" not in out and "because" not in out
    monkeypatch.setenv("COURSE_MOCK_EXPLAIN", "1")
    with pytest.raises(CheckFailed):
        grade_answer({1: 7}, 1, "d1t1-001", ["B"], explanations)  # malformed: wrong, and still explained
    assert "you picked nothing" in capsys.readouterr().out


def test_the_installed_package_carries_no_question_or_answer(tmp_path):
    """What `pip install` puts on a classroom machine: code and fact tables, no bank, no key."""
    import subprocess
    import sys
    import zipfile

    import shutil

    project = tmp_path / "project"  # build from a copy: setuptools writes build/ into the source tree
    shutil.copytree(REPO, project, ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info",
                                                                "classroom", "submitted", "autograded", "feedback"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(project)], check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.endswith("facts/core.csv") for n in names)
    assert not [n for n in names if "questions" in n or n.endswith((".yaml", ".ipynb")) or "mocks.json" in n]
    text = "".join(zipfile.ZipFile(wheel).read(n).decode("utf-8", "replace") for n in names if n.endswith(".py"))
    bank = read_bank()[0]
    assert not [q.id for q in bank if q.stem[:60] in text or f"'{q.id}'" in text]


def test_answer_sheet_stub_step_touches_only_the_answer_sheet():
    import nbformat

    from course.exam.answer_sheet import AnswerSheetStub

    stub = "# YOUR CODE HERE\nraise NotImplementedError()"
    sheet = nbformat.v4.new_code_cell('answers = {\n    1: "",\n}\n' + stub)
    sheet.metadata["nbgrader"] = {"grade_id": "answer_sheet", "solution": True, "grade": False}
    exercise = nbformat.v4.new_code_cell("def f():\n    " + stub.replace("\n", "\n    "))
    exercise.metadata["nbgrader"] = {"grade_id": "ex1", "solution": True, "grade": False}
    nb = nbformat.v4.new_notebook(cells=[sheet, exercise])
    nb, _ = AnswerSheetStub().preprocess(nb, {})
    assert nb.cells[0].source == 'answers = {\n    1: "",\n}'
    assert "raise NotImplementedError()" in nb.cells[1].source  # every other exercise keeps nbgrader's stub
