"""Lay out a hub's files: the instructor's course folder, the exchange, the student configuration, the
secrets and the settings that ``jupyterhub_config.py`` reads. Safe to run again: it keeps the gradebook,
the submissions, the Hub's database and every password, and refreshes source/ from the repository.
"""
from __future__ import annotations

import json
import os
import pwd
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from .layout import Layout, make_dir

# nbgrader's instructor tools, off in every student server (server extension and JupyterLab plugin).
STUDENT_SERVER_EXTENSIONS = {
    "nbgrader.server_extensions.formgrader": False,
    "nbgrader.server_extensions.course_list": False,
    "nbgrader.server_extensions.assignment_list": True,
    "nbgrader.server_extensions.validate_assignment": True,
}
STUDENT_DISABLED_LAB_PLUGINS = {
    "@jupyter/nbgrader:formgrader": True,
    "@jupyter/nbgrader:create-assignment": True,
    "@jupyter/nbgrader:course-list": True,
}


@dataclass
class HubPlan:
    """Everything one hub needs to know; ports default to the README's, tests pass free ones."""
    repo: Path
    layout: Layout
    venv_bin: Path
    course_id: str
    instructor: str
    students: list[str]
    port: int = 8000
    hub_port: int = 8081
    proxy_api_port: int = 8001
    formgrader_port: int = 9999
    postgres_port: int = 5433
    authenticator: str = "pam"
    assignments: list[str] = field(default_factory=list)   # default: every assignment in source/

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def load_secrets(layout: Layout) -> dict:
    """Generated once and kept: the gradebook's password and the formgrader service's API token."""
    layout.hub.mkdir(parents=True, exist_ok=True)
    os.chmod(layout.hub, 0o700)
    known = json.loads(layout.secrets.read_text()) if layout.secrets.exists() else {}
    wanted = {"db_password": lambda: secrets.token_urlsafe(24), "formgrader_token": lambda: secrets.token_hex(32)}
    changed = False
    for key, make in wanted.items():
        if key not in known:
            known[key], changed = make(), True
    if changed:
        layout.secrets.write_text(json.dumps(known, indent=2) + "\n")
        os.chmod(layout.secrets, 0o600)
    return known


def course_config(repo: Path, db_url: str, exchange: Path) -> str:
    """The course folder's nbgrader_config.py: the repo's, with the class gradebook and exchange fixed."""
    return (
        '"""Written by ./run.sh hub (course/hub/setup.py) at every start: edit the repo\'s nbgrader_config.py instead.\n'
        'The class gradebook (PostgreSQL) and the shared exchange are fixed here; the rest is the repo\'s config."""\n'
        "import os\n"
        f"os.environ['NBGRADER_DB_URL'] = {db_url!r}\n"
        f"os.environ['COURSE_EXCHANGE'] = {str(exchange)!r}\n\n"
        + (repo / "nbgrader_config.py").read_text()
    )


def student_nbgrader_config(course_id: str, exchange: Path) -> str:
    return (
        '"""Student servers: where the exchange is and which course they take (written by ./run.sh hub)."""\n'
        "c = get_config()  # noqa: F821\n"
        f"c.CourseDirectory.course_id = {course_id!r}\n"
        f"c.Exchange.root = {str(exchange)!r}\n"
    )


def _owned(path: Path, owner: str, mode: int) -> None:
    entry = pwd.getpwnam(owner)
    os.chown(path, entry.pw_uid, entry.pw_gid)
    os.chmod(path, mode)


def sync_course(plan: HubPlan, db_url: str) -> None:
    """The instructor's course folder: config, and source/ (plus wrong answers) copied from the repo."""
    layout = plan.layout
    course = make_dir(layout.course, 0o700, plan.instructor)
    names = plan.assignments or sorted(p.name for p in (plan.repo / "source").iterdir() if p.is_dir())
    for name in names:
        target = course / "source" / name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(plan.repo / "source" / name, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        wrong = plan.repo / "authoring" / "wrong_answers" / f"{name}.yaml"
        if wrong.exists():
            (course / "authoring" / "wrong_answers").mkdir(parents=True, exist_ok=True)
            shutil.copy(wrong, course / "authoring" / "wrong_answers" / wrong.name)
    config = course / "nbgrader_config.py"
    config.write_text(course_config(plan.repo, db_url, layout.exchange))
    entry = pwd.getpwnam(plan.instructor)
    for path in [course, *course.rglob("*")]:
        os.chown(path, entry.pw_uid, entry.pw_gid, follow_symlinks=False)
    os.chmod(config, 0o600)  # it holds the gradebook's password


def write_student_config(plan: HubPlan) -> None:
    folder = make_dir(plan.layout.student_config, 0o755)
    (folder / "nbgrader_config.py").write_text(student_nbgrader_config(plan.course_id, plan.layout.exchange))
    (folder / "jupyter_server_config.json").write_text(
        json.dumps({"ServerApp": {"jpserver_extensions": STUDENT_SERVER_EXTENSIONS}}, indent=2) + "\n")
    make_dir(folder / "labconfig", 0o755)
    (folder / "labconfig" / "page_config.json").write_text(
        json.dumps({"disabledExtensions": STUDENT_DISABLED_LAB_PLUGINS}, indent=2) + "\n")
    for path in folder.rglob("*"):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)


def write_settings(plan: HubPlan, formgrader_token: str) -> Path:
    layout = plan.layout
    settings = {
        "course_id": plan.course_id,
        "bind_url": plan.url,
        "hub_port": plan.hub_port,
        "proxy_api_port": plan.proxy_api_port,
        "formgrader_port": plan.formgrader_port,
        "venv_bin": str(plan.venv_bin),
        "instructor": plan.instructor,
        "instructor_home": pwd.getpwnam(plan.instructor).pw_dir,
        "students": plan.students,
        "course_root": str(layout.course),
        "student_config": str(layout.student_config),
        "state_dir": str(layout.hub),
        "formgrader_token": formgrader_token,
        "authenticator": plan.authenticator,
    }
    layout.settings.write_text(json.dumps(settings, indent=2) + "\n")
    os.chmod(layout.settings, 0o600)
    return layout.settings


def prepare(plan: HubPlan, db_url: str, formgrader_token: str) -> Path:
    """Course folder, exchange, student configuration and settings; returns the settings file."""
    layout = plan.layout
    sync_course(plan, db_url)
    # nbgrader's exchange root is world-writable (its release_assignment sets 0777 itself); the course's
    # inbound/outbound/feedback folders inside get nbgrader's own bits when the instructor first releases.
    make_dir(layout.exchange, 0o777, plan.instructor)
    write_student_config(plan)
    return write_settings(plan, formgrader_token)
