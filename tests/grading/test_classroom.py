"""A whole sample class through nbgrader's loop, once per assignment: every hostile kind gets a defined
score, a clear message in its feedback, and leaves the others, the gradebook and its own files intact."""
from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
import yaml

from helpers import FIXTURES, REPO, make_course
from course.grading import hostile_sandbox, synthetic
from course.grading.classroom import run_class
from course.grading.feedback import ScrubFeedback
from course.grading.hostile_judge import FORGING_KINDS, LEAKING_KINDS
from course.grading.leaks import leaks_in, page_leaks, secret_lines, visible_text
from course.grading.workers import load_config

pytestmark = pytest.mark.slow


def repo_assignments():
    return sorted(p.name for p in (REPO / "source").iterdir()
                  if p.is_dir() and (REPO / "authoring" / "wrong_answers" / f"{p.name}.yaml").exists())


ASSIGNMENTS = ["tiny"] + repo_assignments()  # every kind of student (synthetic.KINDS) on each


class Listener:
    """TCP and UDP on every address of this machine at one port: records whatever reaches it."""

    def __init__(self):
        import socket

        self.tcp = socket.socket()
        self.tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.tcp.bind(("0.0.0.0", 0))
        self.port = self.tcp.getsockname()[1]
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("0.0.0.0", self.port))
        self.heard: list = []

    def _serve(self):
        import select

        self.tcp.listen(16)
        while not self._stop:
            ready, _, _ = select.select([self.tcp, self.udp], [], [], 0.2)
            for sock in ready:
                if sock is self.tcp:
                    conn, addr = self.tcp.accept()
                    self.heard.append(("tcp", addr))
                    conn.close()
                else:
                    self.heard.append(("udp", self.udp.recvfrom(4096)))

    def __enter__(self):
        import threading

        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop = True
        self._thread.join()
        self.tcp.close()
        self.udp.close()


def protected_state() -> dict:
    """Hashes of what no submission may change: the course package and the venv's .pth files."""
    import hashlib
    import sysconfig

    import course

    package = Path(course.__file__).parent
    state = {str(p.relative_to(package)): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(package.rglob("*.py"))}
    state["pth"] = sorted(p.name for p in Path(sysconfig.get_paths()["purelib"]).glob("*.pth"))
    return state


class Graded:
    """The outcome of one class run, with helpers to read the gradebook and the feedback."""

    def __init__(self, root: Path, assignment: str, report):
        from nbgrader.api import Gradebook

        self.root, self.assignment, self.report = root, assignment, report
        self.by_kind = {kind: student for student, kind in report.kinds.items()}
        self.rows = {r.student: r for r in report.rows}
        wrong = yaml.safe_load((root / "authoring" / "wrong_answers" / f"{assignment}.yaml").read_text())
        self.test_of = {sol: entry["tests"] for sol, entry in wrong.items()}
        source = nbformat.read(root / "source" / assignment / f"{assignment}.ipynb", as_version=4)
        self.exercise_order = [synthetic.grade_id(c) for c in synthetic.code_solution_cells(source)]
        self.code_tests = [c.metadata.nbgrader["grade_id"] for c in source.cells
                           if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")]
        self.secrets = secret_lines(source)
        self.grades = {}
        with Gradebook(load_config(root).CourseDirectory.db_url) as gb:
            for student in report.kinds:
                try:
                    sub = gb.find_submission_notebook(assignment, assignment, student)
                except Exception:
                    continue
                self.grades[student] = {g.name: (g.auto_score, g.max_score, g.needs_manual_grade) for g in sub.grades}

    def student(self, kind):
        return self.by_kind[kind]

    def test_scores(self, kind):
        grades = self.grades[self.student(kind)]
        return {gid: grades[gid][0] for gid in self.code_tests}

    def full(self, gid, kind):
        score, max_score, _ = self.grades[self.student(kind)][gid]
        return score == max_score

    def feedback(self, kind) -> str:
        files = self.report.feedback_received[self.student(kind)]
        assert files, f"{kind}: no feedback reached the student"
        return "\n".join(visible_text(p) for p in files)


# One class run per assignment; with `pytest -n 2 --dist loadgroup` all its tests share a worker. pytest tears a
# parametrized module fixture down whenever the next test has another parameter, and xdist does not keep one
# parameter's tests together, so the runs are kept here: each assignment's class is graded once per worker.
_CLASS_RUNS: dict[str, Graded] = {}


@pytest.fixture(scope="module", params=[pytest.param(a, marks=pytest.mark.xdist_group(f"class-{a}"))
                                        for a in ASSIGNMENTS])
def graded(request, tmp_path_factory) -> Graded:
    if request.param not in _CLASS_RUNS:
        _CLASS_RUNS[request.param] = grade_class(request.param, tmp_path_factory)
    return _CLASS_RUNS[request.param]


def grade_class(name: str, tmp_path_factory) -> Graded:
    root = tmp_path_factory.mktemp(f"class-{name}")
    if name == "tiny":
        make_course(root, {"tiny": FIXTURES / "tiny" / "tiny.py"}, {"tiny": FIXTURES / "tiny" / "wrong_answers" / "tiny.yaml"})
    else:
        make_course(root, {name: REPO / "source" / name / f"{name}.ipynb"},
                    {name: REPO / "authoring" / "wrong_answers" / f"{name}.yaml"})
    before = protected_state()
    with Listener() as listener:
        hostile_sandbox.LISTENER_PORT = listener.port
        report = run_class(root, name, kinds=synthetic.KINDS, workers=2, check_notebooks=False)
    graded = Graded(root, name, report)
    graded.protected_before, graded.protected_after = before, protected_state()
    graded.listener_heard = listener.heard
    return graded


def test_right_answers_earn_every_autograded_point(graded):
    scores = graded.test_scores("right")
    assert all(graded.full(gid, "right") for gid in scores), scores
    assert graded.rows[graded.student("right")].status == "needs_manual_grading"  # the written answer


def test_untouched_and_edited_tests_earn_nothing(graded):
    for kind in ("untouched", "edited_test_cells"):
        assert set(graded.test_scores(kind).values()) == {0}, kind
        assert graded.rows[graded.student(kind)].status == "graded"
    autograded = graded.root / "autograded" / graded.student("edited_test_cells") / graded.assignment
    assert "tests? what tests?" not in visible_text(autograded / f"{graded.assignment}.ipynb")


def test_partly_right_scores_only_the_answered_half(graded):
    answered = set(graded.exercise_order[: len(graded.exercise_order) // 2])
    for solution, test in graded.test_of.items():
        assert graded.full(test, "partly_right") == (solution in answered), test


def test_hidden_tests_catch_every_plausible_wrong_answer(graded):
    for solution, test in graded.test_of.items():
        assert not graded.full(test, "wrong"), f"wrong answer for {solution} kept the points of {test}"
    # The first wrong answer of an exercise is its most common mistake, which a visible check now catches (issue 12);
    # the feedback says which kind of check failed.
    feedback = graded.feedback("wrong")
    assert "hidden test failed" in feedback or "visible check failed" in feedback


def test_infinite_loop_is_stopped_and_the_rest_still_graded(graded):
    assert all(graded.full(gid, "infinite_loop") for gid in graded.code_tests)
    assert "CellTimeoutError" in graded.feedback("infinite_loop")
    assert "endless loop" in graded.feedback("infinite_loop")


def test_dying_kernel_costs_only_the_cells_after_it(graded):
    scores = graded.test_scores("kernel_dies")
    died_in = graded.exercise_order[len(graded.exercise_order) // 2]
    before = {graded.test_of[s] for s in graded.exercise_order[: len(graded.exercise_order) // 2]}
    assert all(graded.full(t, "kernel_dies") for t in before)
    assert not graded.full(graded.test_of[died_in], "kernel_dies")
    assert graded.rows[graded.student("kernel_dies")].status != "could_not_grade"
    assert None not in scores.values()
    assert "kernel stopped" in graded.feedback("kernel_dies")


def test_huge_output_is_capped_and_graded(graded):
    student = graded.student("huge_output")
    notebook = graded.root / "autograded" / student / graded.assignment / f"{graded.assignment}.ipynb"
    assert notebook.stat().st_size < 2_000_000
    assert all(graded.full(gid, "huge_output") for gid in graded.code_tests)
    assert "output cut" in graded.feedback("huge_output")


def test_stderr_in_a_passing_test_keeps_its_points(graded):
    assert all(graded.full(gid, "stderr_in_passing_test") for gid in graded.code_tests)
    # what the submission printed while the judge called it is not shown (it could carry anything)
    assert "[stderr] debug" not in graded.feedback("stderr_in_passing_test")


def test_deleted_test_cell_is_restored_and_graded(graded):
    scores = graded.test_scores("deleted_test_cell")
    assert None not in scores.values() and all(graded.full(g, "deleted_test_cell") for g in scores)


def test_invalid_json_cannot_be_graded_scores_zero_and_is_kept(graded):
    student = graded.student("invalid_json")
    row = graded.rows[student]
    assert (row.status, row.score) == ("could_not_grade", 0.0) and "not valid notebook JSON" in row.reason
    submitted = graded.root / "submitted" / student / graded.assignment / f"{graded.assignment}.ipynb"
    sent = graded.root / "classroom" / "students" / student / graded.assignment / f"{graded.assignment}.ipynb"
    assert submitted.read_bytes() == sent.read_bytes()
    assert "could not be graded" in graded.feedback("invalid_json")


def test_missing_notebook_scores_zero_and_feedback_names_it(graded):
    row = graded.rows[graded.student("renamed_notebook")]
    assert row.score == 0 and row.status == "graded" and "was not in the submission" in row.reason
    assert "not part of assignment" in graded.feedback("renamed_notebook")


def test_real_aws_call_fails_fast(graded):
    student = graded.student("real_aws_call")
    first_test = graded.test_of[graded.exercise_order[0]]
    assert not graded.full(first_test, "real_aws_call")
    assert "RealAWSCallBlocked" in graded.feedback("real_aws_call")
    # a hang check (not a speed target): an unguarded call would wait minutes on a closed network
    assert graded.report.grading[student].seconds < 60


def test_tampered_kernel_earns_nothing_after_the_tampering(graded):
    """The tampering blanks every later cell in the kernel: the answered first exercise keeps its
    points (its test runs in the judge, untouched), every later test finds nothing to check."""
    scores = graded.test_scores("tampered_kernel")
    first = graded.test_of[graded.exercise_order[0]]
    assert graded.full(first, "tampered_kernel")
    assert {score for gid, score in scores.items() if gid != first} == {0}, scores


def total(graded, kind) -> float:
    return sum(score or 0 for score in graded.test_scores(kind).values())


@pytest.mark.parametrize("kind", FORGING_KINDS)
def test_forging_a_pass_earns_no_more_than_untouched(graded, kind):
    """Each technique that forged full marks against in-kernel checks, tried against the judge."""
    assert total(graded, kind) <= total(graded, "untouched"), graded.test_scores(kind)


@pytest.mark.parametrize("kind", LEAKING_KINDS)
def test_leaking_the_running_test_shows_no_hidden_line_even_decoded(graded, kind):
    pages = graded.report.feedback_received[graded.student(kind)]
    assert pages, kind
    for page in pages:  # the learner's own solution lines may show; hidden tests never
        found = [leak for leak in page_leaks(visible_text(page), graded.secrets)
                 if leak.startswith(("hidden test", "mark scheme", "marker: BEGIN HIDDEN"))]
        assert found == [], (page, found[:3])
    held = [p for p in graded.report.held if f"/{graded.student(kind)}/" in p]
    assert held == [], held


def test_inputs_kept_from_hidden_tests_never_reach_feedback(graded):
    """The submission keeps every input the grader passes and shows them in later outputs, answers and errors:
    after the first hidden test, the page shows none of them (the first exercise's visible inputs may show)."""
    text = graded.feedback("leak_kept_inputs")
    first_hidden = text.find(ScrubFeedback.hidden_note.default_value)
    if first_hidden < 0:
        pytest.skip("no hidden tests call functions in this assignment")
    assert "ARG<<" not in text[first_hidden:], text[first_hidden:][text[first_hidden:].find("ARG<<") - 300:][:600]
    assert "ARG<<" not in "\n".join(visible_text(p) for p in (graded.root / "feedback").rglob("*.html")
                                     if f"/{graded.student('leak_kept_inputs')}/" not in str(p))


def test_a_value_the_codec_cannot_carry_is_reported(graded):
    first_test = graded.test_of[graded.exercise_order[0]]
    assert not graded.full(first_test, "uncheckable_value")
    assert "a value the grader cannot check: range" in graded.feedback("uncheckable_value")


def test_gradebook_is_consistent(graded):
    for student, grades in graded.grades.items():
        for gid, (score, max_score, manual) in grades.items():
            assert score is not None or manual, f"{student} {gid} has no score and waits for no one"
    assert set(graded.rows) == set(graded.report.kinds)
    assert {r.status for r in graded.report.rows} <= {"graded", "needs_manual_grading", "could_not_grade"}


def test_no_feedback_shows_hidden_tests_or_answers_the_student_did_not_write(graded):
    assert graded.report.leaks and not any(graded.report.leaks.values()), graded.report.leaks
    assert graded.report.held == {}, graded.report.held  # nothing even had to be held back
    everything = "\n".join(graded.feedback(kind) for kind in graded.by_kind)
    assert leaks_in(everything, graded.secrets, kinds=("hidden test",)) == []


def test_reports_written(graded):
    assert graded.report.csv_path.read_text().startswith("student,assignment,status")
    assert graded.report.chart_path.read_bytes()[:4] == b"\x89PNG"


HOSTILE = [name for name, _, _ in hostile_sandbox.HOSTILE_KINDS]


def test_sandbox_attacks_score_no_more_than_untouched(graded):
    untouched = graded.rows[graded.student("untouched")].score
    for kind in HOSTILE:
        row = graded.rows[graded.student(kind)]
        assert row.score <= untouched, (kind, row.score, row.reason)
        assert row.status != "could_not_grade", (kind, row.reason)


def test_sandbox_limits_are_explained_in_the_feedback(graded):
    from course.grading.sandbox import process_limit_mechanism

    assert "the submission used more than 1 GiB of memory" in graded.feedback("sandbox_memory_hog")
    disk = graded.feedback("sandbox_disk_filler")
    assert "of files (the grader's limit)" in disk, disk[-2000:]
    if process_limit_mechanism() == "pids cgroup":
        assert "processes or threads (the grader's limit)" in graded.feedback("sandbox_process_flood")


def test_sandbox_nothing_escapes(graded):
    import os
    import time

    from nbgrader.api import Gradebook

    assert graded.listener_heard == []                       # no TCP or UDP reached this machine
    assert graded.protected_after == graded.protected_before  # course/ and the venv's .pth files untouched
    marker = hostile_sandbox.process_marker(graded.root).encode()
    time.sleep(0.5)
    survivors = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if marker in Path(f"/proc/{pid}/cmdline").read_bytes():
                survivors.append(pid)
        except OSError:
            pass
    assert survivors == [], "processes started by submissions outlived grading"
    with Gradebook(load_config(graded.root).CourseDirectory.db_url) as gb:
        for student in graded.report.kinds:
            try:
                sub = gb.find_submission(graded.assignment, student)
            except Exception:
                continue
            for nb in sub.notebooks:
                assert all(not g.extra_credit and g.manual_score is None for g in nb.grades), student
    for student in graded.report.kinds:                      # every submission is the one its student sent
        sent = graded.root / "classroom" / "students" / student / graded.assignment
        for notebook in sent.glob("*.ipynb"):
            kept = graded.root / "submitted" / student / graded.assignment / notebook.name
            assert kept.read_bytes() == notebook.read_bytes(), student
    assert all(r.attempts == 1 for r in graded.report.grading.values())  # no worker died
    assert "grading worker" not in " ".join(r.error for r in graded.report.grading.values())


def test_stock_nbgrader_fails_these_same_checks(graded, tmp_path):
    """The checks above can fail: stock nbgrader, on the same submissions, gets each of them wrong."""
    import os
    import subprocess
    import sys

    from nbgrader.api import Gradebook

    if graded.assignment != "tiny":
        pytest.skip("shown once, on the tiny assignment")
    stock = tmp_path / "stock"
    shutil.copytree(graded.root, stock, ignore=shutil.ignore_patterns("classroom"))
    env = {**os.environ, "COURSE_STOCK_NBGRADER": "1"}
    (stock / "gradebook.db").unlink()  # a gradebook that has seen only stock nbgrader
    subprocess.run([sys.executable, "-m", "nbgrader", "generate_assignment", "tiny", "--force"],
                   cwd=stock, env=env, capture_output=True, timeout=300, check=True)
    kinds = ("stderr_in_passing_test", "tampered_kernel", "deleted_test_cell", "huge_output", "wrong")
    for kind in kinds:
        student = graded.student(kind)
        subprocess.run([sys.executable, "-m", "nbgrader", "autograde", "tiny", "--force", f"--student={student}"],
                       cwd=stock, env=env, capture_output=True, timeout=300)
    subprocess.run([sys.executable, "-m", "nbgrader", "generate_feedback", "tiny", "--force",
                    f"--student={graded.student('wrong')}"], cwd=stock, env=env, capture_output=True, timeout=300)
    with Gradebook(load_config(stock).CourseDirectory.db_url) as gb:
        def scores(kind):
            sub = gb.find_submission_notebook("tiny", "tiny", graded.student(kind))
            return {g.name: g.auto_score for g in sub.grades if g.name in graded.code_tests}
        assert 0 in scores("stderr_in_passing_test").values()          # a passing test scored 0
        assert set(scores("tampered_kernel").values()) == {2.0, 3.0}   # every blanked test got full marks
        assert None in scores("deleted_test_cell").values()            # grade left empty
    huge = stock / "autograded" / graded.student("huge_output") / "tiny" / "tiny.ipynb"
    assert huge.stat().st_size > 50_000_000                              # the 50 MB line kept whole
    feedback = visible_text(stock / "feedback" / graded.student("wrong") / "tiny" / "tiny.html")
    assert "hidden-secret-line-one" in feedback                          # hidden tests shown to the learner
