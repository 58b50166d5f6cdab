"""Where a hub's files live. Everything is under one folder (``hub-data/`` in the repo by default):

    hub-data/
      course/            the instructor's course folder (owner: instructor, mode 0700): nbgrader_config.py,
                         source/, release/, submitted/, autograded/, feedback/, reports/
      exchange/          nbgrader's exchange (mode 0777 like nbgrader's docs ask); inside it
                         <course>/outbound 0755, <course>/inbound 2733 (students write, cannot list),
                         <course>/feedback 0711 (a student opens only its own, by unguessable name)
      postgres/          the PostgreSQL cluster (owner: postgres, mode 0700)
      postgres.log
      hub/               JupyterHub's state, secrets and settings (owner: root, mode 0700)
      student-config/    Jupyter configuration of every student server (read-only for students)
      homes/             students' and the instructor's home folders, one per user, mode 0700
      venv/              the Python environment every user runs (built with /usr/bin/python3)

Other users must be able to pass through every folder above ``hub-data`` (the ``x`` bit), which
``check_reachable`` verifies before anything starts.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Layout:
    base: Path

    @property
    def venv(self) -> Path:
        return self.base / "venv"

    @property
    def course(self) -> Path:
        return self.base / "course"

    @property
    def exchange(self) -> Path:
        return self.base / "exchange"

    @property
    def postgres(self) -> Path:
        return self.base / "postgres"

    @property
    def postgres_log(self) -> Path:
        return self.base / "postgres.log"

    @property
    def hub(self) -> Path:
        return self.base / "hub"

    @property
    def settings(self) -> Path:
        return self.hub / "settings.json"

    @property
    def secrets(self) -> Path:
        return self.hub / "secrets.json"

    @property
    def passwords(self) -> Path:
        return self.hub / "passwords.csv"

    @property
    def student_config(self) -> Path:
        return self.base / "student-config"

    @property
    def homes(self) -> Path:
        return self.base / "homes"


def check_reachable(path: Path) -> None:
    """Every folder from / down to ``path`` must let other users through, or student servers fail."""
    path = Path(path).resolve()
    for folder in [*reversed(path.parents), path]:
        if not folder.exists():
            break
        if not folder.stat().st_mode & stat.S_IXOTH:
            raise SystemExit(
                f"{folder} does not let other users through (mode {oct(folder.stat().st_mode & 0o777)}), so student "
                f"servers could not reach {path}. Put the course somewhere every user can reach (e.g. /srv or "
                f"/opt), or give the hub a --data folder there.")


def make_dir(path: Path, mode: int, owner: str | None = None) -> Path:
    import pwd

    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, mode)
    if owner:
        entry = pwd.getpwnam(owner)
        os.chown(path, entry.pw_uid, entry.pw_gid)
    return path
