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
    """Distinctive lines of each secret region kind in a source notebook."""
    found: dict[str, set[str]] = {kind: set() for kind in REGIONS}
    for cell in source_nb.cells:
        for kind, (begin, end) in REGIONS.items():
            inside = False
            for line in cell.source.split("\n"):
                if begin in line:
                    inside = True
                    continue
                if end in line:
                    inside = False
                    continue
                text = line.strip()
                if inside and len(text) >= MIN_LENGTH and not text.startswith("#"):
                    found[kind].add(text)
    return found


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


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def leaks_in(text: str, secrets: dict[str, set[str]], allowed: str = "",
             kinds: tuple[str, ...] = tuple(REGIONS)) -> list[str]:
    """Secret lines found in ``text`` that are not in ``allowed`` (the learner's own submission)."""
    flat, own = _normalise(text), _normalise(allowed)
    found = []
    for kind in kinds:
        for line in sorted(secrets[kind]):
            needle = _normalise(line)
            if needle in flat and needle not in own:
                found.append(f"{kind}: {line}")
    found += [f"marker: {m}" for m in ("BEGIN HIDDEN TESTS", "BEGIN SOLUTION", "BEGIN MARK SCHEME") if m in text]
    return found


def release_leaks(source: Path, release: Path) -> list[str]:
    """Secret lines of ``source`` that appear anywhere in the release notebook ``release``."""
    return leaks_in(visible_text(release), secret_lines(nbformat.read(source, as_version=4)))
