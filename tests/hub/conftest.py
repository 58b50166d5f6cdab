"""A real class hub for the tests: PostgreSQL, JupyterHub, the formgrader service and three roster students
as Unix users, all on loopback ports picked free, in a scratch folder under /tmp (other users must reach
it). Everything is stopped, and the users and files removed, whatever happens in the tests."""
from __future__ import annotations

import csv
import os
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from hubclient import ASSIGNMENT, HUB_VENV, REPO  # noqa: E402

sys.path.insert(0, str(REPO))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def hub():
    if os.geteuid() != 0:
        pytest.skip("the class hub makes Unix users: run as root (CI does)")
    from course.hub import users
    from course.hub.__main__ import Hub
    from course.hub.layout import Layout
    from course.hub.postgres import pg_bin
    from course.hub.setup import HubPlan
    from course.hub.venv import ensure_hub_venv

    pg_bin()  # a clear failure when PostgreSQL is missing (./run.sh test installs it)
    venv_bin = ensure_hub_venv(REPO, HUB_VENV)
    base = Path(tempfile.mkdtemp(prefix="course-hub-test-", dir="/tmp"))
    base.chmod(0o755)
    prefix = f"h{os.getpid() % 100000}"
    students = {kind: f"{prefix}-{kind}" for kind in ("right", "wrong", "none")}
    instructor = f"{prefix}-teach"
    roster = base / "roster.csv"
    with open(roster, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "first_name", "last_name", "email", "lms_user_id"])
        for number, (kind, name) in enumerate(students.items(), start=1):
            writer.writerow([name, kind.title(), "Tester", f"{name}@example.edu", f"90{number}"])
    plan = HubPlan(repo=REPO, layout=Layout(base / "data"), venv_bin=venv_bin,
                   course_id="dva-c02", instructor=instructor, students=list(students.values()),
                   port=free_port(), hub_port=free_port(), proxy_api_port=free_port(),
                   formgrader_port=free_port(), postgres_port=free_port(), assignments=[ASSIGNMENT])
    running = Hub(plan, roster, log=base / "hub.log")
    t0 = time.monotonic()
    try:
        running.start()
        running.seconds["ready"] = time.monotonic() - t0
        with open(running.layout.passwords) as handle:
            running.passwords = {row["user"]: row["password"] for row in csv.DictReader(handle)}
        running.students = students
        print(f"\nhub ready in {running.seconds['ready']:.1f} s (PostgreSQL {running.seconds['postgres']:.1f} s)")
        yield running
    finally:
        running.stop()
        for name in [instructor, *students.values()]:
            users.remove_user(name)
        if os.environ.get("COURSE_KEEP_HUB_TEST"):
            print(f"kept {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
