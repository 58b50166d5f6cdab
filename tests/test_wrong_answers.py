"""Hidden tests catch the plausible wrong answers: for every exercise, each wrong answer in
authoring/wrong_answers/<week>.yaml makes the exercise's test cell fail under grading, and the ones marked
``passes_visible`` still pass the visible checks (so it is the hidden tests that catch them).

All answers of one week run in one kernel: the source notebook first, then each wrong answer followed by
its test cell, then the right answer again."""
from __future__ import annotations


import nbformat
import pytest
import yaml
from nbclient import NotebookClient

from helpers import FIXTURES, REPO
from course.grading.feedback import strip_region


def weeks():
    found = [(p.stem, p, REPO / "source" / p.stem / f"{p.stem}.ipynb")
             for p in sorted((REPO / "authoring" / "wrong_answers").glob("*.yaml"))]
    return found + [("tiny", FIXTURES / "tiny" / "wrong_answers" / "tiny.yaml", None)]


def has_error(cell) -> bool:
    return any(o.output_type == "error" for o in cell.outputs)


def run(client, source: str):
    cell = nbformat.v4.new_code_cell(source)
    client.execute_cell(cell, 0, store_history=False)
    return cell


@pytest.mark.parametrize("name, answers_file, notebook", weeks(), ids=[w[0] for w in weeks()])
def test_every_wrong_answer_is_caught(name, answers_file, notebook, monkeypatch, tmp_path):
    if notebook is None:
        from course.authoring import build_notebook

        nb = build_notebook(FIXTURES / "tiny" / "tiny.py")
    else:
        nb = nbformat.read(notebook, as_version=4)
    answers = yaml.safe_load(answers_file.read_text())
    cells = {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in nb.cells}
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    client = NotebookClient(nb, timeout=60, allow_errors=True, kernel_name="python3",
                            resources={"metadata": {"path": str(notebook.parent if notebook else tmp_path)}})
    problems, checked = [], 0
    with client.setup_kernel():
        for cell in nb.cells:
            if cell.cell_type == "code":
                client.execute_cell(cell, 0)
                assert not has_error(cell), f"{name}: the source notebook fails in {cell.metadata.get('nbgrader')}"
        for solution_id, entry in answers.items():
            assert solution_id in cells, f"{name}: no solution cell {solution_id}"
            test_source = cells[entry["tests"]].source
            visible_source, _ = strip_region(test_source, "BEGIN HIDDEN TESTS", "END HIDDEN TESTS", None)
            assert entry.get("wrong"), f"{name}: {solution_id} has no wrong answers"
            for wrong in entry["wrong"]:
                checked += 1
                if wrong.get("passes_visible"):
                    run(client, wrong["code"])  # fresh definitions: some wrong answers keep state between calls
                    if has_error(run(client, visible_source)):
                        problems.append(f"{solution_id}: '{wrong['name']}' is marked passes_visible but fails them")
                run(client, wrong["code"])
                if not has_error(run(client, test_source)):
                    problems.append(f"{solution_id}: '{wrong['name']}' passes every test")
                run(client, cells[solution_id].source)  # the right answer again, for later exercises
    assert checked and problems == [], problems


# Exercises whose first wrong answer only a check against a reference implementation catches: a visible check
# would show that implementation (the answer) to every learner, so these stay with the hidden tests.
ONLY_HIDDEN_CATCHES = {
    ("week1_iam_ec2_s3", "ex7_bucket_policy"): "compared with a reference policy evaluator",
    ("week5_kms_messaging", "ex1_toy_cipher"): "compared with a reference key stream",
    ("week5_kms_messaging", "ex9_shard_for_key"): "compared with a reference MD5 shard lookup",
    ("week7_advanced_iam_monitoring", "ex9_cloudtrail"): "compared with a reference summary",
}


@pytest.mark.parametrize("name, answers_file, notebook", weeks(), ids=[w[0] for w in weeks()])
def test_the_first_wrong_answer_fails_a_visible_check(name, answers_file, notebook):
    """The first wrong answer listed for each exercise is its most common mistake: a learner must see it fail
    in the notebook (the VISIBLE checks), not only when graded. Marked in the YAML as passes_visible: false."""
    answers = yaml.safe_load(answers_file.read_text())
    if name == "tiny":
        pytest.skip("the tiny fixture's answers test the hidden-test machinery")
    passing = [f"{solution_id}: '{entry['wrong'][0]['name']}'" for solution_id, entry in answers.items()
               if entry["wrong"][0].get("passes_visible") and (name, solution_id) not in ONLY_HIDDEN_CATCHES]
    assert passing == [], "first wrong answers that pass the visible checks (the other test proves the flags): " \
                          + "; ".join(passing)


@pytest.mark.parametrize("name, answers_file, notebook", weeks(), ids=[w[0] for w in weeks()])
def test_every_wrong_answer_is_caught_by_the_judge(name, answers_file, notebook, tmp_path):
    """The same wrong answers, graded the way autograde grades them: each test cell runs in the judge
    (course/grading/judge) against the kernel that ran the wrong answer."""
    from course.grading.judge.preprocessor import JudgeSession, TrustedSources, is_setup_cell, is_test_cell

    if notebook is None:
        from course.authoring import build_notebook

        nb = build_notebook(FIXTURES / "tiny" / "tiny.py")
    else:
        nb = nbformat.read(notebook, as_version=4)
    answers = yaml.safe_load(answers_file.read_text())
    cells = {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in nb.cells}
    client = NotebookClient(nb, timeout=60, allow_errors=True, kernel_name="python3",
                            resources={"metadata": {"path": str(notebook.parent if notebook else tmp_path)}})
    problems, checked = [], 0
    with client.setup_kernel():
        session = JudgeSession(client.kc, client.km, TrustedSources.from_notebook(nb), timeout=60)
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if is_test_cell(cell):
                outputs = session.judge_test(gid)
                assert not [o for o in outputs if o.output_type == "error"], f"{name}: the source fails {gid}: {outputs}"
                continue
            client.execute_cell(cell, 0)
            if is_setup_cell(cell):
                session.run_setup([gid])
        for solution_id, entry in answers.items():
            for wrong in entry["wrong"]:
                checked += 1
                run(client, wrong["code"])
                if not [o for o in session.judge_test(entry["tests"]) if o.output_type == "error"]:
                    problems.append(f"{solution_id}: '{wrong['name']}' passes every test under the judge")
                run(client, cells[solution_id].source)
    assert checked and problems == [], problems
