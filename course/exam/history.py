"""Every simulator attempt kept as a small JSON file, so progress survives a restart.

    my-work/.exam-history/attempt-20261129T231502-3f9c.json     one file per attempt

``COURSE_EXAM_HISTORY`` overrides the folder (tests point it at a temporary one). A file is written to a
temporary name in the same folder and renamed over the final name (``os.replace``, atomic on POSIX and
Windows), so a crash mid-write leaves either the whole attempt or nothing, never half a file. A file that
is not a readable attempt (edited by hand, from another version) is skipped and named, never fatal.
"""
from __future__ import annotations

import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .scoring import Result

FORMAT = 1
_ROOT = Path(__file__).resolve().parents[2]


def history_dir() -> Path:
    """Where attempts go: $COURSE_EXAM_HISTORY, else my-work/.exam-history (the nearest my-work folder
    above the working directory, else the course's own)."""
    override = os.environ.get("COURSE_EXAM_HISTORY")
    if override:
        return Path(override)
    for folder in (Path.cwd(), *Path.cwd().parents):
        if folder.name == "my-work":
            return folder / ".exam-history"
        if (folder / "my-work").is_dir():
            return folder / "my-work" / ".exam-history"
    return _ROOT / "my-work" / ".exam-history"


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` all at once: a temporary file in the same folder, flushed, then renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class Attempt:
    """One attempt as stored: what was asked, what was picked, how it scored."""
    id: str
    when: str  # ISO 8601, UTC
    title: str
    pool: str
    seconds_used: float
    seconds_allowed: float | None
    expired: bool
    questions: list[dict]  # {"id", "domain", "task", "picked": [..], "correct": bool, "flagged": bool}

    @property
    def correct(self) -> int:
        return sum(q["correct"] for q in self.questions)

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def scaled(self) -> int:
        from .scoring import scaled_score

        return scaled_score(self.correct / self.total if self.total else 0.0)

    def by_domain(self) -> dict[int, tuple[int, int]]:
        out: dict[int, list[int]] = {}
        for q in self.questions:
            bucket = out.setdefault(int(q["domain"]), [0, 0])
            bucket[0] += bool(q["correct"])
            bucket[1] += 1
        return {d: tuple(v) for d, v in sorted(out.items())}

    def missed(self) -> list[str]:
        return [q["id"] for q in self.questions if not q["correct"]]

    def to_json(self) -> str:
        data = {"format": FORMAT, **{k: getattr(self, k) for k in self.__dataclass_fields__}}
        return json.dumps(data, indent=1) + "\n"


def attempt_from(result: Result, title: str, seconds_used: float = 0.0, seconds_allowed: float | None = None,
                 expired: bool = False, flagged: set[int] = frozenset(), now: datetime | None = None) -> Attempt:
    """The record of a marked attempt (``flagged`` holds question indexes from 0)."""
    now = now or datetime.now(timezone.utc)
    questions = [{"id": m.question.id, "domain": m.question.domain, "task": m.question.task,
                  "picked": list(m.picked or ()), "correct": m.correct, "flagged": i in flagged}
                 for i, m in enumerate(result.marks)]
    pools = {m.question.pool for m in result.marks}
    return Attempt(id=f"{now.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(2)}", when=now.isoformat(timespec="seconds"),
                   title=title, pool=pools.pop() if len(pools) == 1 else "mixed", seconds_used=round(seconds_used, 1),
                   seconds_allowed=seconds_allowed, expired=expired, questions=questions)


def save(attempt: Attempt, folder: Path | None = None) -> Path:
    path = Path(folder or history_dir()) / f"attempt-{attempt.id}.json"
    write_atomic(path, attempt.to_json())
    return path


def save_session(session, folder: Path | None = None) -> Path:
    """Save a submitted simulator session (ExamSession.on_submit calls this in the trainer)."""
    attempt = attempt_from(session.result, session.title, session.used(), session.limit, session.expired,
                           set(session.flagged))
    return save(attempt, folder)


def load(folder: Path | None = None) -> tuple[list[Attempt], list[str]]:
    """All readable attempts, oldest first, and a note for every file that could not be read."""
    folder = Path(folder or history_dir())
    attempts, problems = [], []
    for path in sorted(folder.glob("attempt-*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.pop("format", None) != FORMAT:
                raise ValueError("unknown format")
            attempt = Attempt(**data)
            if not isinstance(attempt.questions, list):
                raise ValueError("no question list")
            if not isinstance(attempt.when, str) or not isinstance(attempt.id, str):
                raise ValueError("no date or id")
            datetime.fromisoformat(attempt.when)
            if not all(isinstance(q, dict) and {"id", "domain", "correct"} <= set(q) for q in attempt.questions):
                raise ValueError("a question without its id, domain or result")
            attempts.append(attempt)
        except (OSError, ValueError, TypeError) as error:
            problems.append(f"{path.name}: skipped ({error})")
    attempts.sort(key=lambda a: (a.when, a.id))
    return attempts, problems


def trend(attempts: list[Attempt]) -> dict:
    """Data for the trend chart: attempt labels, scaled scores, and each domain's share correct."""
    labels = [f"{i}. {a.title} ({a.total})" for i, a in enumerate(attempts, start=1)]
    domains: dict[int, list[float | None]] = {d: [] for d in (1, 2, 3, 4)}
    for a in attempts:
        got = a.by_domain()
        for d in domains:
            c, n = got.get(d, (0, 0))
            domains[d].append(c / n if n else None)
    return {"labels": labels, "scaled": [a.scaled for a in attempts], "domains": domains}
