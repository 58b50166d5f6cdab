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


# ---- decoding as an attacker would ---------------------------------------------------------------------
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/_-]{24,}={0,2}")
_HEX_RUN = re.compile(r"(?:[0-9a-fA-F]{2}){12,}")
MAX_DECODED = 4 * 1024 * 1024


def _inflate(blob: bytes) -> list[bytes]:
    import bz2
    import lzma
    import zlib

    found = []
    for attempt in (lambda b: zlib.decompress(b), lambda b: zlib.decompress(b, -15), lambda b: zlib.decompress(b, 31),
                    bz2.decompress, lzma.decompress):
        try:
            found.append(attempt(blob)[:MAX_DECODED])
        except Exception:  # noqa: BLE001 - not that encoding
            continue
    return found


def decoded_texts(text: str, depth: int = 3) -> list[str]:
    """``text`` and whatever base64 / hex runs in it decode to (zlib, gzip, bz2 and xz undone), to
    ``depth`` levels: an encoded leak is still a leak."""
    import base64
    import binascii

    texts, frontier = [text], [text]
    for _ in range(depth):
        found = []
        for current in frontier:
            blobs = []
            for run in _BASE64_RUN.findall(current):
                for decode in (base64.b64decode, base64.urlsafe_b64decode):
                    try:
                        blobs.append(decode(run + "=" * (-len(run) % 4)))
                        break
                    except (binascii.Error, ValueError):
                        continue
            for run in _HEX_RUN.findall(current):
                try:
                    blobs.append(bytes.fromhex(run))
                except ValueError:
                    continue
            for blob in blobs:
                for candidate in [blob, *_inflate(blob)]:
                    decoded = candidate.decode("utf-8", errors="ignore")
                    if sum(ch.isprintable() or ch in "\n\t" for ch in decoded) > 0.9 * max(len(decoded), 1) \
                            and len(decoded) >= 16:
                        found.append(decoded)
        if not found:
            break
        texts += found
        frontier = found
    return texts


def page_leaks(text: str, secrets: dict[str, set[str]], allowed: str = "") -> list[str]:
    """Secret lines in a feedback page, also inside encoded runs, not counting the learner's own work."""
    found = []
    for variant in decoded_texts(text):
        for leak in leaks_in(variant, secrets, allowed=allowed):
            if leak not in found:
                found.append(leak)
    return found
