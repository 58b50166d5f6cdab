"""Teaching a class on one machine: the demo keeps to itself, the roster enrolls students, the README's
one-machine path works end to end with per-student HOMEs, and grades go out in LMS layouts."""
from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

import pytest

from helpers import FIXTURES, REPO, make_course
from course.grading import classroom, lms_export, roster
from course.grading.gradebook import GradebookUnreachable, masked, open_checked
from course.grading.workers import load_config


def tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def tiny_repo(tmp_path_factory) -> Path:
    """A course repo (the tiny fixture) that a learner and a real class already use."""
    repo = make_course(tmp_path_factory.mktemp("repo"), {"tiny": FIXTURES / "tiny" / "tiny.py"},
                       {"tiny": FIXTURES / "tiny" / "wrong_answers" / "tiny.yaml"})
    (repo / "release").mkdir(exist_ok=True)
    (repo / "my-work" / "tiny").mkdir(parents=True)
    (repo / "my-work" / "tiny" / "tiny.ipynb").write_text("{}")
    (repo / "classroom" / "exchange" / "dva-c02" / "inbound").mkdir(parents=True)
    (repo / "classroom" / "exchange" / "dva-c02" / "inbound" / "real+tiny+1").write_text("a real submission")
    return repo


@pytest.mark.slow
def test_the_demo_class_leaves_the_real_gradebook_exchange_and_work_untouched(tiny_repo, monkeypatch):
    monkeypatch.setenv("NBGRADER_DB_URL", f"sqlite:///{tiny_repo / 'gradebook.db'}")  # a real class's setting
    monkeypatch.setenv("COURSE_EXCHANGE", str(tiny_repo / "classroom" / "exchange"))
    before = hashlib.sha256((tiny_repo / "gradebook.db").read_bytes()).hexdigest()
    guarded = {name: tree_digest(tiny_repo / name) for name in ("classroom", "my-work", "source", "release")}
    assert classroom.main(["--assignment", "tiny", "--students", "3", "--skip-notebook-checks"], repo=tiny_repo) == 0
    assert hashlib.sha256((tiny_repo / "gradebook.db").read_bytes()).hexdigest() == before
    assert {name: tree_digest(tiny_repo / name) for name in guarded} == guarded
    demo = tiny_repo / "demo-class"
    assert (demo / "gradebook.db").exists() and (demo / "reports" / "tiny" / "grades.csv").exists()
    assert len(list((demo / "submitted").iterdir())) == 3
    for name in ("submitted", "autograded", "feedback", "reports"):
        assert not (tiny_repo / name).exists(), f"the demo wrote {name}/ into the repo"


def test_the_demo_refuses_a_folder_it_did_not_make(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.txt").write_text("keep me")
    with pytest.raises(SystemExit, match="not a demo folder"):
        classroom.prepare_demo(REPO, tmp_path / "mine")
    assert (tmp_path / "mine" / "thesis.txt").read_text() == "keep me"


def test_the_sample_roster_is_valid_and_nbgrader_can_import_it():
    students = roster.read_roster(REPO / "roster.csv")
    assert len(students) >= 3 and all(s.lms_user_id for s in students)
    with open(REPO / "roster.csv") as handle:
        assert csv.DictReader(handle).fieldnames == list(roster.COLUMNS)


@pytest.mark.parametrize("text, problem", [
    ("name\nada\n", "at least 'id'"),
    ("id\nAda Lovelace\n", "not a safe student id"),
    ("id\nada\nada\n", "already on line 2"),
    ("id,nickname\nada,a\n", "unknown column"),
    ("id\n", "no students"),
])
def test_a_bad_roster_is_refused_whole(tmp_path, text, problem):
    path = tmp_path / "roster.csv"
    path.write_text(text)
    with pytest.raises(roster.RosterError, match=problem):
        roster.read_roster(path)


def test_a_bad_roster_enrolls_nobody(tmp_path, capsys):
    course = make_course(tmp_path / "course", {"tiny": FIXTURES / "tiny" / "tiny.py"})
    (course / "roster.csv").write_text("id\ngood-one\nBad One\n")
    code = roster.main([str(course / "roster.csv"), "--root", str(course)])
    assert code == 2 and "line 3" in capsys.readouterr().err
    from nbgrader.api import Gradebook

    with Gradebook(load_config(course).CourseDirectory.db_url) as gb:
        assert [s.id for s in gb.students] == []


def test_postgres_url_unreachable_names_the_url_with_the_password_masked():
    url = "postgresql+psycopg://course:s3cret-pw@127.0.0.1:1/gradebook"
    with pytest.raises(GradebookUnreachable) as caught:
        open_checked(url, timeout=2)
    message = str(caught.value)
    assert "postgresql+psycopg://course:***@127.0.0.1:1/gradebook cannot be reached" in message
    assert "s3cret-pw" not in message
    assert masked("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


@pytest.mark.slow
def test_one_machine_class_from_roster_to_lms_files(tmp_path):
    """The README's one-machine steps: roster, release, students fetch and submit (own HOME each),
    collect, autograde, feedback, fetch feedback, grades out."""
    from course.grading import synthetic
    from course.grading.classroom import _exchange
    from course.grading.workers import autograde_all, make_api

    course = make_course(tmp_path / "course", {"tiny": FIXTURES / "tiny" / "tiny.py"},
                         {"tiny": FIXTURES / "tiny" / "wrong_answers" / "tiny.yaml"})
    (course / "roster.csv").write_text("id,first_name,last_name,email,lms_user_id\n"
                                       "ana-right,Ana,Right,ana@example.edu,11\n"
                                       "ben-wrong,Ben,Wrong,ben@example.edu,12\n"
                                       "cy-none,Cy,None,cy@example.edu,13\n")
    assert roster.main([str(course / "roster.csv"), "--root", str(course)]) == 0
    api = make_api(course)
    assert api.release_assignment("tiny")["success"]
    materials = synthetic.load_materials(course, "tiny")
    kinds = {k.name: k for k in synthetic.KINDS}
    for student, kind in (("ana-right", "right"), ("ben-wrong", "wrong")):
        home = tmp_path / "homes" / student
        home.mkdir(parents=True)
        _exchange("FetchAssignment", course, "tiny", student, home)
        synthetic.write_submission(kinds[kind], materials, home / "tiny", "tiny")
        _exchange("Submit", course, "tiny", student, home)
    assert api.collect("tiny")["success"]
    results = autograde_all(course, "tiny", ["ana-right", "ben-wrong"], workers=2)
    assert all(r.success for r in results.values()), results
    assert api.generate_feedback("tiny", force=True)["success"]
    assert api.release_feedback("tiny")["success"]
    for student in ("ana-right", "ben-wrong"):
        home = tmp_path / "homes" / student
        _exchange("FetchFeedback", course, "tiny", student, home)
        assert list((home / "tiny" / "feedback").rglob("tiny.html")), student

    files = lms_export.export_all(load_config(course).CourseDirectory.db_url, course / "reports")
    with open(files["long"]) as handle:
        rows = {r["student"]: r for r in csv.DictReader(handle)}
    maximum = rows["ana-right"]["max_points"]
    # tiny's written answer (1 point) waits for a human: every autograded point, not yet final
    assert rows["ana-right"]["status"] == "needs_manual_grading"
    assert float(rows["ana-right"]["points"]) == float(maximum) - 1
    assert float(rows["ben-wrong"]["points"]) < float(rows["ana-right"]["points"])
    assert (rows["cy-none"]["points"], rows["cy-none"]["status"], rows["cy-none"]["lms_user_id"]) == ("0", "no_submission", "13")
    with open(files["canvas"]) as handle:
        canvas = list(csv.reader(handle))
    assert canvas[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "tiny"]
    assert canvas[1] == ["Points Possible", "", "", "", "", maximum]
    cy = next(r for r in canvas if r[3] == "cy-none")
    assert cy == ["None, Cy", "", "13", "cy-none", "", "0"]
    with open(files["moodle"]) as handle:
        moodle = list(csv.reader(handle))
    assert moodle[0] == ["First name", "Last name", "ID number", "Email address", "tiny"]
    assert ["Cy", "None", "13", "cy@example.edu", "0"] in moodle
    ana = next(r for r in moodle if r[2] == "11")
    assert ana[4] == "", "a grade still waiting for a human went to the LMS"
    assert next(r for r in canvas if r[3] == "ana-right")[5] == ""


def test_collect_never_follows_a_link_a_student_put_in_the_exchange(tmp_path):
    """On a shared exchange a student writes inbound/: a link to the instructor's files is dropped, not copied."""
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory

    from course.grading.exchange import CollectWithoutLinks
    from course.grading.workers import load_config

    assert load_config(REPO).ExchangeFactory.collect == "course.grading.exchange.CollectWithoutLinks"
    secret = tmp_path / "instructor"
    secret.mkdir()
    (secret / "nbgrader_config.py").write_text("c.password = 'hunter2'")
    inbound = tmp_path / "inbound" / "s1+week4+2026"
    inbound.mkdir(parents=True)
    (inbound / "week4.ipynb").write_text("{}")
    (inbound / "config-link.py").symlink_to(secret / "nbgrader_config.py")
    (inbound / "folder-link").symlink_to(secret)
    collector = CollectWithoutLinks(coursedir=CourseDirectory(root=str(tmp_path)), authenticator=Authenticator())
    collector.do_copy(str(inbound), str(tmp_path / "submitted"))
    assert sorted(p.name for p in (tmp_path / "submitted").iterdir()) == ["week4.ipynb"]
    (tmp_path / "linked-submission").symlink_to(secret, target_is_directory=True)
    collector.do_copy(str(tmp_path / "linked-submission"), str(tmp_path / "submitted-2"))
    assert not (tmp_path / "submitted-2").exists()
