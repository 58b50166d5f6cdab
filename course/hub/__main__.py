"""``./run.sh hub``: a class on this machine: PostgreSQL, JupyterHub with the formgrader, real Unix users.

    ./run.sh hub [--roster roster.csv] [--instructor instructor] [--data hub-data] [--port 8000]
    ./run.sh hub as-instructor nbgrader collect week4_dynamodb     # any command, as the instructor,
    ./run.sh hub as-instructor python -m course.grading.workers week4_dynamodb   # in the course folder

Ctrl-C stops everything it started (the Hub, every user's server, the formgrader, PostgreSQL); the next
run finds the same users, passwords, gradebook, exchange and submissions.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from . import users
from .layout import Layout, check_reachable
from .postgres import Cluster
from .setup import HubPlan, load_secrets, prepare
from .venv import ensure_hub_venv

REPO = Path(__file__).resolve().parents[2]
COURSE_ID = "dva-c02"


def say(message: str) -> None:
    print(f"[hub] {message}", flush=True)


def _default_sigint() -> None:
    """An ignored SIGINT (a shell's background job) is inherited by every child; the Hub stops servers with
    SIGINT, so give it back its default before the Hub starts, or each server takes 30 s to stop."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Hub:
    """Start and stop one class hub. ``with Hub(plan) as hub:`` guarantees the stop."""

    def __init__(self, plan: HubPlan, roster: Path, log: Path | None = None):
        self.plan, self.roster, self.log = plan, roster, log
        self.layout = plan.layout
        self.secrets = load_secrets(self.layout)
        self.cluster = Cluster(self.layout.postgres, self.layout.postgres_log, plan.postgres_port,
                               self.secrets["db_password"])
        self.process: subprocess.Popen | None = None
        self.seconds: dict[str, float] = {}

    # -- as the instructor ------------------------------------------------------------------------
    def instructor_env(self) -> dict:
        home = Path(os.path.expanduser(f"~{self.plan.instructor}"))
        return {"PATH": f"{self.plan.venv_bin}:/usr/local/bin:/usr/bin:/bin", "HOME": str(home),
                "USER": self.plan.instructor, "LANG": "C.UTF-8"}

    def as_instructor(self, *argv: str, check: bool = True, timeout: float | None = None) -> subprocess.CompletedProcess:
        """Run ``argv`` as the instructor in the course folder, with the hub's environment first on PATH."""
        return subprocess.run(list(argv), cwd=self.layout.course, user=self.plan.instructor,
                              group=self.plan.instructor, extra_groups=[], env=self.instructor_env(),
                              capture_output=True, text=True, check=check, timeout=timeout)

    # -- start / stop -------------------------------------------------------------------------------
    def make_users(self) -> list[tuple[str, str]]:
        made = []
        for name in [self.plan.instructor, *self.plan.students]:
            if users.ensure_user(name, self.layout.homes / name):
                password = users.new_password()
                users.set_password(name, password)
                made.append((name, password))
        if made:
            new = not self.layout.passwords.exists()
            with open(self.layout.passwords, "a", newline="") as handle:
                writer = csv.writer(handle)
                if new:
                    writer.writerow(["user", "password"])
                writer.writerows(made)
            os.chmod(self.layout.passwords, 0o600)
        return made

    def start(self) -> "Hub":
        t0 = time.monotonic()
        self.layout.base.mkdir(parents=True, exist_ok=True)
        os.chmod(self.layout.base, 0o755)
        check_reachable(self.layout.base)
        self.layout.homes.mkdir(parents=True, exist_ok=True)
        os.chmod(self.layout.homes, 0o711)
        made = self.make_users()
        say(f"Unix users: {len(self.plan.students)} students and instructor {self.plan.instructor} "
            f"({len(made)} new; passwords in {self.layout.passwords})")
        if self.cluster.init():
            say(f"made the PostgreSQL cluster in {self.layout.postgres}")
        self.seconds["postgres"] = self.cluster.start()
        say(f"PostgreSQL gradebook on 127.0.0.1:{self.plan.postgres_port} ({self.seconds['postgres']:.1f} s)")
        settings = prepare(self.plan, self.cluster.url, self.secrets["formgrader_token"])
        roster_copy = self.layout.course / "roster.csv"
        roster_copy.write_text(Path(self.roster).read_text())
        os.chown(roster_copy, *self._ids(self.plan.instructor))
        result = self.as_instructor("python", "-m", "course.grading.roster", "roster.csv", check=False)
        if result.returncode != 0:
            raise SystemExit(f"enrolling the roster failed:\n{result.stdout}{result.stderr}")
        say(result.stdout.strip())
        env = {"PATH": f"{self.plan.venv_bin}:/usr/local/bin:/usr/bin:/bin", "COURSE_HUB_SETTINGS": str(settings),
               "HOME": str(self.layout.hub), "LANG": "C.UTF-8"}
        out = open(self.log, "a") if self.log else None
        self.process = subprocess.Popen(
            [str(self.plan.venv_bin / "jupyterhub"), "-f", str(Path(__file__).with_name("jupyterhub_config.py"))],
            cwd=self.layout.hub, env=env, stdout=out, stderr=subprocess.STDOUT if out else None,
            start_new_session=True, preexec_fn=_default_sigint)
        self.wait_ready()
        self.seconds["start"] = time.monotonic() - t0
        return self

    def _ids(self, name: str) -> tuple[int, int]:
        import pwd

        entry = pwd.getpwnam(name)
        return entry.pw_uid, entry.pw_gid

    def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        # the Hub's API through the proxy (200 once the proxy routes it), and the formgrader service on its own
        # port (any answer: it asks for a login), so a proxy's 404 before the routes exist is not taken as ready
        urls = [f"{self.plan.url}/hub/api/",
                f"http://127.0.0.1:{self.plan.formgrader_port}/services/{self.plan.course_id}/api/status"]
        pending = list(urls)
        while pending:
            if self.process.poll() is not None:
                raise SystemExit(f"JupyterHub exited with code {self.process.returncode} (log: {self.log or 'above'})")
            if time.monotonic() > deadline:
                self.stop()
                raise SystemExit(f"JupyterHub not ready after {timeout:.0f} s: {pending[0]} (log: {self.log or 'above'})")
            try:  # any answer but the proxy's 5xx means the server behind it is up (the formgrader asks for a login)
                with urllib.request.urlopen(pending[0], timeout=5):
                    pending.pop(0)
                    continue
            except urllib.error.HTTPError as error:
                if error.code < 500 and "/hub/api/" not in pending[0]:
                    pending.pop(0)
                    continue
            except OSError:
                pass
            time.sleep(0.3)

    def stop(self) -> None:
        """Stop the Hub (it stops every user's server, the formgrader and the proxy), then PostgreSQL."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=45)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.cluster.stop()

    def __enter__(self) -> "Hub":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()


def readable_by_students(path: Path) -> bool:
    """True when any user can reach and read ``path`` (every parent passable, the folder readable)."""
    import stat

    path = path.resolve()
    if not path.exists():
        return False
    passable = all(p.stat().st_mode & stat.S_IXOTH for p in path.parents)
    return passable and bool(path.stat().st_mode & stat.S_IROTH)


def read_student_ids(roster: Path) -> list[str]:
    from course.grading.roster import RosterError, read_roster

    try:
        return [s.id for s in read_roster(roster)]
    except RosterError as error:
        raise SystemExit(f"roster not used: {error}") from None


def make_plan(args) -> tuple[HubPlan, Path]:
    data = Path(args.data).resolve()
    check_reachable(data.parent)
    venv_bin = ensure_hub_venv(REPO, Layout(data).venv, say=say)
    plan = HubPlan(repo=REPO, layout=Layout(data), venv_bin=venv_bin, course_id=COURSE_ID,
                   instructor=args.instructor, students=read_student_ids(Path(args.roster)), port=args.port)
    if plan.instructor in plan.students:
        raise SystemExit(f"the instructor {plan.instructor!r} is also in the roster")
    return plan, Path(args.roster)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="./run.sh hub", description=__doc__.split("\n\n")[0])
    parser.add_argument("--roster", default=str(REPO / "roster.csv"))
    parser.add_argument("--instructor", default="instructor")
    parser.add_argument("--data", default=str(REPO / "hub-data"), help="where the hub keeps everything")
    parser.add_argument("--port", type=int, default=8000)
    if os.geteuid() != 0:
        raise SystemExit("./run.sh hub makes Unix users and runs servers as them: run it as root")
    if "as-instructor" in argv:  # ./run.sh hub [hub options] as-instructor COMMAND...
        split = argv.index("as-instructor")
        args, command = parser.parse_args(argv[:split]), argv[split + 1:]
        if not command:
            parser.error("as-instructor needs a command, e.g. as-instructor nbgrader collect week4_dynamodb")
        plan, roster = make_plan(args)
        hub = Hub(plan, roster)
        result = subprocess.run(command, cwd=hub.layout.course, user=plan.instructor, group=plan.instructor,
                                extra_groups=[], env=hub.instructor_env())
        return result.returncode
    args = parser.parse_args(argv)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C works while starting, even when inherited ignored
    plan, roster = make_plan(args)
    hub = Hub(plan, roster)
    stop = {"now": False}

    def interrupted(signum, frame):
        stop["now"] = True

    if readable_by_students(REPO / "source"):
        say(f"WARNING: {REPO / 'source'} (solutions and hidden tests) is readable by every user: "
            f"chmod o-rwx {REPO} and keep the hub's data elsewhere (--data /srv/dva-c02-hub)")
    with hub:
        say(f"ready in {hub.seconds['start']:.1f} s: {plan.url}/hub/login  (instructor: {plan.instructor}; "
            f"passwords: {hub.layout.passwords})")
        say(f"formgrader: {plan.url}/services/{plan.course_id}/formgrader   Ctrl-C stops everything")
        signal.signal(signal.SIGINT, interrupted)
        signal.signal(signal.SIGTERM, interrupted)
        while not stop["now"] and hub.process.poll() is None:
            time.sleep(0.5)
        say("stopping the Hub, every server and PostgreSQL")
    say("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
