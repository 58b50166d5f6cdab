"""Shared fixtures: every test runs against a scratch course folder, isolated from the user's Jupyter
and AWS configuration (nbgrader's own test suite does the same). Helpers live in helpers.py."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from helpers import isolate_environment  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def isolated_jupyter(tmp_path_factory):
    isolate_environment(tmp_path_factory.mktemp("jupyter-env"))
