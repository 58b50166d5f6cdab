"""Find our answers where a learner could read them: release notebooks and feedback files.

A "secret line" is a line of a source notebook inside a solution, hidden-test or mark-scheme region.
Release notebooks must hold none; a learner's feedback may show a solution line only if the learner
wrote it (it is in their own submission), and never a hidden-test line.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat

REGIONS = {
    "solution": ("BEGIN SOLUTION", "END SOLUTION"),
    "hidden test": ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS"),
    "mark scheme": ("BEGIN MARK SCHEME", "END MARK SCHEME"),
}
MIN_LENGTH = 16  # shorter lines ("return total", "else:") are too common to mean a leak


def secret_lines(source_nb) -> dict[str, set[str]]:
    """Distinctive lines of each secret region kind in a source notebook. A line that the source also
    shows outside every secret region (a shared import, a visible check) is public, not secret."""
    found: dict[str, set[str]] = {kind: set() for kind in REGIONS}
    public: set[str] = set()
    for cell in source_nb.cells:
        region = None
        for line in cell.source.split("\n"):
            starts = [kind for kind, (begin, _) in REGIONS.items() if begin in line]
            if starts:
                region = starts[0]
                continue
            if region and REGIONS[region][1] in line:
                region = None
                continue
            text = line.strip()
            if region is None:
                public.add(text)
            elif len(text) >= MIN_LENGTH and not text.startswith("#"):
                found[region].add(text)
    return {kind: lines - public for kind, lines in found.items()}


def visible_text(path: Path) -> str:
    """What a reader sees of a file: notebook cell sources and outputs, or HTML without tags."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".html":
        return html.unescape(re.sub(r"<[^>]+>", "", raw))
    if path.suffix == ".ipynb":
        return notebook_text(nbformat.reads(raw, as_version=4))
    return raw


def notebook_text(nb) -> str:
    parts = []
    for cell in nb.cells:
        parts.append(cell.source)
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            parts.extend(str(v) for v in output.get("data", {}).values())
            parts.extend(output.get("traceback", []))
    return "\n".join(parts)


_TRACEBACK_PREFIX = re.compile(r"^(-*>\s*)?\d+\s+")


def _lines(text: str) -> set[str]:
    """Whole lines as a reader sees them, also without a traceback's line-number prefix."""
    found = set()
    for line in text.splitlines():
        line = re.sub(r"\s+", " ", line).strip()
        found.add(line)
        found.add(_TRACEBACK_PREFIX.sub("", line))
    return found


def leaks_in(text: str, secrets: dict[str, set[str]], allowed: str = "",
             kinds: tuple[str, ...] = tuple(REGIONS)) -> list[str]:
    """Secret lines shown as whole lines in ``text`` that are not in ``allowed`` (the learner's own work)."""
    shown, own = _lines(text), _lines(allowed)
    found = []
    for kind in kinds:
        for line in sorted(secrets[kind]):
            needle = re.sub(r"\s+", " ", line).strip()
            if needle in shown and needle not in own:
                found.append(f"{kind}: {line}")
    found += [f"marker: {m}" for m in ("BEGIN HIDDEN TESTS", "BEGIN SOLUTION", "BEGIN MARK SCHEME") if m in text]
    return found


def release_leaks(source: Path, release: Path) -> list[str]:
    """Secret lines of ``source`` that appear anywhere in the release notebook ``release``."""
    return leaks_in(visible_text(release), secret_lines(nbformat.read(source, as_version=4)))
