"""Unix users for a class: one per roster student and one for the instructor (needs root).

Each gets a home folder of its own (mode 0700, so no student reads another's work) and a generated
password for the Hub's login page (PAM checks it), written to the instructor's password list.
"""
from __future__ import annotations

import os
import pwd
import secrets
import subprocess
from pathlib import Path


def exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def ensure_user(name: str, home: Path) -> bool:
    """Make Unix user ``name`` with ``home`` (mode 0700) unless it exists; True when it was made."""
    made = False
    if not exists(name):
        result = subprocess.run(["useradd", "--create-home", "--home-dir", str(home), "--shell", "/bin/bash",
                                 "--user-group", name], capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"useradd {name} failed (the hub must run as root): {result.stderr.strip()}")
        made = True
    entry = pwd.getpwnam(name)
    home = Path(entry.pw_dir)
    home.mkdir(parents=True, exist_ok=True)
    os.chown(home, entry.pw_uid, entry.pw_gid)
    os.chmod(home, 0o700)
    return made


def set_password(name: str, password: str) -> None:
    subprocess.run(["chpasswd"], input=f"{name}:{password}\n", text=True, check=True, capture_output=True)


def new_password() -> str:
    return secrets.token_urlsafe(12)


def remove_user(name: str) -> None:
    """Delete the user and its home (tests only; a real class keeps its users)."""
    if exists(name):
        subprocess.run(["userdel", "--remove", name], capture_output=True)
