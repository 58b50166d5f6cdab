"""`./run.sh lab` makes each learner copy in my-work/ with `course.authoring study-copy` (the notebook carries the
kernel's language_info, so opening it untouched does not mark it modified) and never overwrites a copy that is
already there. Run in a scratch copy of the entry point, with JupyterLab asked only for its version."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess

import pytest

from helpers import REPO
from course.authoring import kernel_language_info

WEEK = "week1_iam_ec2_s3"


@pytest.mark.skipif(not (REPO / ".venv" / "bin" / "python").exists(), reason="needs the course's .venv (./run.sh setup)")
def test_lab_makes_study_copies_and_keeps_existing_ones(tmp_path):
    # run.sh reinstalls when the requirements changed since the last setup: here that would point the shared
    # .venv's editable install at the scratch folder. Run only on an up-to-date .venv.
    wanted = hashlib.sha256(b"".join((REPO / name).read_bytes() for name in
                                     ("requirements.txt", "requirements-dev.txt", "pyproject.toml"))).hexdigest()[:16]
    stamp = REPO / ".venv" / ".installed"
    if not stamp.exists() or stamp.read_text().strip() != wanted:
        pytest.skip("the .venv is not up to date with the requirements: run ./run.sh setup")
    for name in ("run.sh", "requirements.txt", "requirements-dev.txt", "pyproject.toml"):
        shutil.copy2(REPO / name, tmp_path / name)
    (tmp_path / ".venv").symlink_to(REPO / ".venv")
    shutil.copytree(REPO / "release" / WEEK, tmp_path / "release" / WEEK)
    shutil.copytree(REPO / "release" / WEEK, tmp_path / "release" / "week2_kept")
    kept = tmp_path / "my-work" / "week2_kept"
    kept.mkdir(parents=True)
    (kept / "my-notes.txt").write_text("mine")

    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "VIRTUAL_ENV"))}
    result = subprocess.run(["bash", str(tmp_path / "run.sh"), "lab", "--version"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr

    copy = json.loads((tmp_path / "my-work" / WEEK / f"{WEEK}.ipynb").read_text())
    release = json.loads((REPO / "release" / WEEK / f"{WEEK}.ipynb").read_text())
    assert copy["metadata"]["language_info"] == kernel_language_info() != release["metadata"]["language_info"]
    assert copy["cells"] == release["cells"]
    assert sorted(p.name for p in kept.iterdir()) == ["my-notes.txt"]  # an existing copy is left alone
