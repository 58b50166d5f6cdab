"""A whole class on a real JupyterHub with a PostgreSQL gradebook, as its users would do it.

The instructor generates and releases week 4 through the formgrader service; three roster students fetch
it in their own servers (one with the Assignment List in headless Chromium); one submits right answers,
one wrong ones, one nothing; the instructor collects, autogrades with the course's parallel pipeline
against PostgreSQL, grades the written answer in the formgrader in Chromium, generates and releases
feedback; the students fetch it; the LMS export has the expected points and statuses. Then: what a
student's server can and cannot reach, and a clear stop when PostgreSQL is down.
"""
from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import time
from pathlib import Path

import nbformat
import pytest

from hubclient import ASSIGNMENT, REPO, HubUser

# One hub for the module: every test on the same xdist worker (./run.sh test runs -n 2 --dist loadgroup).
pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.xdist_group("hub")]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"]
WRITTEN = "written_design"   # week 4's manually graded answer (3 points)
AUTO_POINTS = 26.0           # week 4's autograded points
TIMES: dict[str, float] = {}


@pytest.fixture(scope="module")  # not longer: Playwright's sync API keeps an event loop running while it lives
def browser():
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (./run.sh test installs it)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def browser_login(browser, hub, name: str):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{hub.plan.url}/hub/login")
    page.fill("#username_input", name)
    page.fill("#password_input", hub.passwords[name])
    page.click("#login_submit")
    return context, page


def submission_of(kind: str) -> dict:
    """A week-4 notebook as a student of this kind would submit it (from the course's synthetic kinds)."""
    from course.grading import synthetic

    materials = synthetic.load_materials(REPO, ASSIGNMENT)
    notebook = materials.right()
    if kind == "wrong":
        synthetic.fill(notebook, materials.wrong)
    written = next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == WRITTEN)
    written.source = "Partition key on order id spreads writes; a GSI on customer serves the lookup."
    return nbformat.from_dict(notebook)


@pytest.fixture(scope="module")
def people(hub):
    teach = HubUser(hub.plan.url, hub.plan.instructor, hub.passwords[hub.plan.instructor])
    students = {kind: HubUser(hub.plan.url, name, hub.passwords[name]) for kind, name in hub.students.items()}
    return teach, students


@pytest.fixture(scope="module")
def week(hub, people, browser):
    """The whole week through the hub, once; each step checks what it can see. Returns the exported files."""
    from playwright.sync_api import expect

    t_class = time.monotonic()
    teach, students = people
    # 1. the instructor generates and releases week 4 through the formgrader service
    for action in ("assign", "release"):
        result = teach.formgrader_call("POST", f"assignment/{ASSIGNMENT}/{action}")
        assert result["success"], result
    inbound = hub.layout.exchange / "dva-c02" / "inbound"
    assert oct(inbound.stat().st_mode & 0o7777) == "0o2733"  # students write, nobody but the owner lists

    # 2. students fetch in their own servers: two through the API, one with the Assignment List in Chromium
    for kind in ("right", "wrong"):
        students[kind].start_server()
        listed = students[kind].assignments("fetch", ASSIGNMENT)
        assert [a["status"] for a in listed["value"]] == ["fetched"]
    context, page = browser_login(browser, hub, hub.students["none"])
    page.wait_for_url("**/lab**")
    page.get_by_role("menuitem", name="Nbgrader").click()
    menu = page.locator("#jp-mainmenu-nbgrader")
    expect(menu.locator("li[data-command='nbgrader:open-assignment-list']")).to_be_visible()
    # a student's JupyterLab has no instructor tools: their plugins are off, so the menu hides their items
    for tool in ("open-formgrader", "open-create-assignment", "open-course-list"):
        expect(menu.locator(f"li[data-command='nbgrader:{tool}']")).to_be_hidden()
    menu.locator("li[data-command='nbgrader:open-assignment-list']").click()
    panel = page.locator("#nbgrader-assignment-list")
    panel.locator("#released_assignments_list").get_by_role("button", name="Fetch").click()
    expect(panel.locator("#fetched_assignments_list")).to_contain_text(ASSIGNMENT)
    context.close()
    assert f"{ASSIGNMENT}.ipynb" in students["none"].list_dir(ASSIGNMENT)
    student_server = students["none"].api.get(f"{students['none'].server}/formgrader/api/status", timeout=30)
    assert student_server.status_code == 404, "the formgrader answers in a student's server"

    # 3. one submits right answers, one wrong ones, one nothing
    for kind in ("right", "wrong"):
        students[kind].put_notebook(f"{ASSIGNMENT}/{ASSIGNMENT}.ipynb", submission_of(kind))
        listed = students[kind].assignments("submit", ASSIGNMENT)
        assert listed["success"], listed

    # 4. collect (formgrader), autograde with the course's pipeline as the instructor, against PostgreSQL
    assert teach.formgrader_call("POST", f"assignment/{ASSIGNMENT}/collect")["success"]
    t0 = time.monotonic()
    graded = hub.as_instructor("python", "-m", "course.grading.workers", ASSIGNMENT, "--workers", "2",
                               check=False, timeout=600)
    TIMES["autograde"] = time.monotonic() - t0
    assert graded.returncode == 0, graded.stdout + graded.stderr
    assert hub.students["right"] in graded.stdout and hub.students["wrong"] in graded.stdout
    assert not (hub.layout.course / "gradebook.db").exists(), "grading fell back to SQLite"

    # 5. the written answer, graded in the formgrader page in Chromium
    notebooks = teach.formgrader_call("GET", f"submitted_notebooks/{ASSIGNMENT}/{ASSIGNMENT}")
    by_student = {nb["student"]: nb for nb in notebooks}
    right_nb = by_student[hub.students["right"]]
    assert right_nb["needs_manual_grade"]
    context, page = browser_login(browser, hub, hub.plan.instructor)
    failures = []
    page.on("response", lambda r: failures.append(f"{r.status} {r.request.method} {r.url}") if r.status >= 400 else None)
    page.on("console", lambda m: failures.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.goto(f"{teach.formgrader}/submissions/{right_nb['id']}/?index=0")
    page.wait_for_load_state("networkidle")
    cell = page.locator(f"#{WRITTEN}").locator("xpath=ancestor::div[contains(@class, 'nbgrader_cell')]")
    score = cell.locator("input.score").first
    expect(score).to_have_class(re.compile("needs_manual_grade"))  # the grade's view is bound to its model
    score.fill("2")
    score.press("Tab")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        grades = teach.formgrader_call("GET", "grades", params={"submission_id": right_nb["id"]})
        manual = {g["name"]: g["manual_score"] for g in grades}
        if manual.get(WRITTEN) == 2:
            break
        time.sleep(0.5)
    assert manual.get(WRITTEN) == 2, (manual, failures, page.url)
    context.close()
    wrong_nb = by_student[hub.students["wrong"]]
    grades = teach.formgrader_call("GET", "grades", params={"submission_id": wrong_nb["id"]})
    written = next(g for g in grades if g["name"] == WRITTEN)
    teach.formgrader_call("PUT", f"grade/{written['id']}", data=json.dumps({**written, "manual_score": 1}))

    # 6. feedback out and fetched by the students who submitted
    for action in ("generate_feedback", "release_feedback"):
        result = teach.formgrader_call("POST", f"assignment/{ASSIGNMENT}/{action}")
        assert result["success"], result
    for kind in ("right", "wrong"):
        students[kind].assignments("fetch_feedback", ASSIGNMENT)
        stamps = students[kind].list_dir(f"{ASSIGNMENT}/feedback")
        assert stamps, f"{kind}: no feedback fetched"
        assert f"{ASSIGNMENT}.html" in students[kind].list_dir(f"{ASSIGNMENT}/feedback/{stamps[0]}")

    # 7. grades out: the long file and the LMS files, from PostgreSQL
    exported = hub.as_instructor("python", "-m", "course.grading.lms_export", ASSIGNMENT, check=False)
    assert exported.returncode == 0, exported.stdout + exported.stderr
    TIMES["class_loop"] = time.monotonic() - t_class
    reports = hub.layout.course / "reports" / "lms"
    with open(reports / "grades-long.csv") as handle:
        rows = {r["student"]: r for r in csv.DictReader(handle)}
    with open(reports / "canvas.csv") as handle:
        canvas = list(csv.reader(handle))
    print(f"\nclass loop {TIMES['class_loop']:.1f} s (autograde {TIMES['autograde']:.1f} s), "
          f"hub start {hub.seconds['ready']:.1f} s")
    return rows, canvas


def test_a_week_through_the_hub(hub, week):
    rows, canvas = week
    right, wrong, none = (rows[hub.students[k]] for k in ("right", "wrong", "none"))
    assert (right["points"], right["max_points"], right["status"]) == (f"{AUTO_POINTS + 2:g}", "29", "graded")
    assert wrong["status"] == "graded" and 1 <= float(wrong["points"]) < AUTO_POINTS, wrong
    assert (none["points"], none["status"]) == ("0", "no_submission")
    assert canvas[0][:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"] and canvas[0][5] == ASSIGNMENT
    assert canvas[1][0] == "Points Possible" and canvas[1][5] == "29"
    assert [hub.students["right"], "28"] == [next(r for r in canvas if r[3] == hub.students["right"])[i] for i in (3, 5)]


def as_student(hub, kind: str, code: str) -> subprocess.CompletedProcess:
    """Run Python as a student's Unix user, with the hub's environment: what its server and kernels can do."""
    name = hub.students[kind]
    return subprocess.run([str(hub.plan.venv_bin / "python"), "-c", code], user=name, group=name, extra_groups=[],
                          cwd="/", env={"PATH": f"{hub.plan.venv_bin}:/usr/bin:/bin", "HOME": f"/nonexistent"},
                          capture_output=True, text=True, timeout=60)


def test_a_student_cannot_read_others_work_or_the_gradebook(hub, week):
    layout = hub.layout
    other_home = Path(os.path.expanduser(f"~{hub.students['right']}"))
    submitted = layout.course / "submitted" / hub.students["right"] / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    assert submitted.exists() and (other_home / ASSIGNMENT).exists()  # there is something to protect
    probe = f"""
import json, os
out = {{}}
def attempt(name, action):
    try:
        action(); out[name] = "allowed"
    except PermissionError:
        out[name] = "denied"
attempt("inbound", lambda: os.listdir({str(layout.exchange / 'dva-c02' / 'inbound')!r}))
attempt("other_home", lambda: os.listdir({str(other_home)!r}))
attempt("course", lambda: os.listdir({str(layout.course)!r}))
attempt("submitted", lambda: open({str(submitted)!r}).read())
attempt("course_config", lambda: open({str(layout.course / 'nbgrader_config.py')!r}).read())
attempt("hub_secrets", lambda: open({str(layout.secrets)!r}).read())
attempt("outbound", lambda: os.listdir({str(layout.exchange / 'dva-c02' / 'outbound')!r}))
import course, psycopg
out["import_course"] = "allowed"
try:
    psycopg.connect(host="127.0.0.1", port={hub.plan.postgres_port}, user="course", dbname="gradebook",
                    connect_timeout=5).close()
    out["gradebook_db"] = "allowed"
except psycopg.OperationalError:
    out["gradebook_db"] = "denied"
print(json.dumps(out))
"""
    result = as_student(hub, "wrong", probe)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen == {"inbound": "denied", "other_home": "denied", "course": "denied", "submitted": "denied",
                    "course_config": "denied", "hub_secrets": "denied", "outbound": "allowed",
                    "import_course": "allowed", "gradebook_db": "denied"}, seen


def test_postgres_down_stops_grading_with_a_clear_error_and_writes_nothing(hub, week):
    course = hub.layout.course

    def snapshot():
        return sorted((str(p.relative_to(course)), p.stat().st_mtime_ns) for p in course.rglob("*") if p.is_file())

    before = snapshot()
    hub.cluster.stop()
    try:
        for argv in (["python", "-m", "course.grading.workers", ASSIGNMENT],
                     ["python", "-m", "course.grading.lms_export", ASSIGNMENT]):
            result = hub.as_instructor(*argv, check=False, timeout=120)
            assert result.returncode != 0
            message = result.stderr
            assert f"127.0.0.1:{hub.plan.postgres_port}/gradebook cannot be reached" in message, message
            assert "course:***@" in message and hub.secrets["db_password"] not in message + result.stdout
            assert "db upgrade" not in message and "Traceback" not in message
        assert snapshot() == before
    finally:
        hub.cluster.start()
    # started again on the same data folder: every grade is still there
    long_csv = course / "reports" / "lms" / "grades-long.csv"
    graded_before = long_csv.read_text()
    again = hub.as_instructor("python", "-m", "course.grading.lms_export", ASSIGNMENT, check=False, timeout=120)
    assert again.returncode == 0, again.stderr
    assert long_csv.read_text() == graded_before
