"""The virtual environment every hub user runs: JupyterHub, the proxy, nbgrader and the course package.

Built with the system's /usr/bin/python3: an interpreter installed under /root (pyenv, for instance) cannot
be run by other users, so student servers would not start. The course package is installed as a copy
(not editable), so students import ``course`` without reading the repository, whose source/ holds the
solutions. Rebuilt only when the requirements or the course package change.
"""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"


def fingerprint(repo: Path) -> str:
    digest = hashlib.sha256()
    files = [repo / "requirements.txt", repo / "requirements-hub.txt", repo / "pyproject.toml"]
    files += sorted(p for p in (repo / "course").rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        digest.update(str(path.relative_to(repo)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def ensure_hub_venv(repo: Path, venv: Path, say=print) -> Path:
    """Create or refresh ``venv`` (one process at a time: a lock file beside it); returns its bin/ folder."""
    import fcntl

    venv.parent.mkdir(parents=True, exist_ok=True)
    with open(venv.parent / f".{venv.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _ensure(repo, venv, say)


def _ensure(repo: Path, venv: Path, say) -> Path:
    stamp = venv / ".installed"
    want = fingerprint(repo)
    if (venv / "bin" / "python").exists() and stamp.exists() and stamp.read_text().strip() == want:
        return venv / "bin"
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    if not (venv / "bin" / "python").exists():
        if not Path(SYSTEM_PYTHON).exists():
            raise SystemExit(f"{SYSTEM_PYTHON} is missing: install Debian's python3 and python3-venv")
        say(f"creating the hub environment in {venv} with {SYSTEM_PYTHON} (about a minute)")
        subprocess.run([SYSTEM_PYTHON, "-m", "venv", str(venv)], check=True)
    say("installing the hub's Python packages")
    subprocess.run([*pip, "-r", str(repo / "requirements-hub.txt")], check=True, cwd=repo)
    with tempfile.TemporaryDirectory() as scratch:  # setuptools writes build/ into the source tree
        copy = Path(scratch) / "course-src"
        copy.mkdir()
        for name in ("pyproject.toml", "README.md"):
            shutil.copy(repo / name, copy / name)
        shutil.copytree(repo / "course", copy / "course", ignore=shutil.ignore_patterns("__pycache__"))
        subprocess.run([*pip, "--no-deps", "--no-build-isolation", "--force-reinstall", str(copy)], check=True)
    venv.chmod(0o755)
    stamp.write_text(want + "\n")
    return venv / "bin"
