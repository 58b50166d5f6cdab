"""CollectWithoutLinks: ``nbgrader collect`` never follows a symbolic link a student put in the exchange.

nbgrader's collect copies each inbound submission with ``shutil.copytree``, which follows symbolic links: on a
shared exchange, where students write the inbound folder, a link to the instructor's ``nbgrader_config.py``,
``source/`` or the gradebook would be copied, as the instructor, into ``submitted/`` and then handed to the
student's own grading kernel. This collector first copies the submission to a private staging folder with
links kept as links, drops every link (and a submission that is itself a link), then lets nbgrader copy the
staged files as usual (its size limits, ignore patterns and permissions unchanged).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from nbgrader.exchange.default.collect import ExchangeCollect


def drop_links(folder: Path) -> list[str]:
    """Remove every symbolic link under ``folder`` (not following any); return their relative paths."""
    dropped = []
    for directory, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in dirnames + filenames:
            path = Path(directory) / name
            if path.is_symlink():
                path.unlink()
                dropped.append(str(path.relative_to(folder)))
    return sorted(dropped)


class CollectWithoutLinks(ExchangeCollect):
    def do_copy(self, src, dest, log=None):
        if os.path.islink(src):
            self.log.warning("Not collecting %s: it is a symbolic link", src)
            return
        with tempfile.TemporaryDirectory(prefix="course-collect-") as staging:
            staged = Path(staging) / "submission"
            shutil.copytree(src, staged, symlinks=True)
            dropped = drop_links(staged)
            if dropped:
                self.log.warning("Not collecting symbolic links from %s: %s", src, ", ".join(dropped[:10]))
            super().do_copy(str(staged), dest, log=log)
