"""Fact tables as a learner reads them: one formatter for every week's table of AWS figures.

    >>> from course.display import fact_table
    >>> fact_table(service="DynamoDB")                     # every DynamoDB row of both tables
    >>> fact_table(["lambda.timeout_max_seconds"])          # chosen rows, in this order
    >>> fact_table(service=["Lambda", "API Gateway"], changes=True)   # with the 2019 value and what changed

A table shows each value with its unit and thousands separators (``10,240 MB``, ``$0.0000166667 per GB-second``:
never ``10240.0`` or ``1.3e-05``), the description in full (it wraps), a short source link, the grade as a small
badge (O official, T third party, U unverified) and the date it was checked, with no index column. In a notebook
it renders as HTML; ``str()`` gives the same rows as plain text.
"""
from __future__ import annotations

import html
import re
from decimal import Decimal
from typing import Iterable

from course import facts as _facts

GRADES = {"O": ("official AWS page", "#1a7f37"), "T": ("third-party page", "#9a6700"),
          "U": ("unverified: no current source found", "#cf222e")}
_URL = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+(?:com|cn|aws|org|io|net|dev)(?:/[^\s;,()]*)?)", re.I)


def format_number(value: int | float) -> str:
    """``10240.0`` -> ``10,240``; ``0.000013`` -> ``0.000013``; ``1234.5`` -> ``1,234.5`` (no float artefacts)."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    text = format(Decimal(repr(value)), "f")  # the shortest decimal that round-trips, never in e-notation
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    return f"{sign}{int(whole):,}" + (f".{fraction}" if fraction else "")


def format_value(value: int | float, unit: str) -> str:
    """The value with its unit: ``$0.25 per GB-month`` for prices in USD, ``10,240 MB`` otherwise; a year or a
    date (unit ``year`` or ``date (YYYYMMDD)``) as a date: ``2023``, ``2024-07-31``."""
    if unit == "year":
        return str(int(value))
    if unit.startswith("date"):
        text = str(int(value))
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    number = format_number(value)
    if unit.startswith("USD"):
        rest = unit[3:].strip()
        whole, _, cents = number.partition(".")
        if len(cents) < 2:  # money shows at least cents: $0.20, $1.00
            number = f"{whole}.{cents:0<2}"
        return f"${number} {rest}".strip()
    return f"{number} {unit}".strip()


def short_source(source: str) -> list[tuple[str, str | None]]:
    """The source split into (text, link) pieces; a link's text is its host and last path part."""
    pieces, position = [], 0
    for match in _URL.finditer(source):
        if match.start() > position:
            pieces.append((source[position:match.start()], None))
        address = match.group(1).rstrip(".")
        host, _, path = address.partition("/")
        last = path.rstrip("/").rsplit("/", 1)[-1] if path else ""
        label = f"{host.removeprefix('www.')}/…/{last}" if path.count("/") >= 1 else address
        pieces.append((label, f"https://{address}"))
        position = match.end()
    if position < len(source):
        pieces.append((source[position:], None))
    return pieces


def _rows(keys, service, table) -> list[_facts.Fact]:
    if keys is not None:
        return [_facts.get(k) for k in keys]
    tables = [table] if table else list(_facts.TABLES)
    services = [service] if isinstance(service, str) else list(service or [])
    rows = [f for name in tables for f in _facts.load(name).values()]
    return [f for f in rows if not services or f.service in services]


class FactTable:
    """Rows of the fact tables, formatted; renders as HTML in a notebook and as text with ``str()``."""

    def __init__(self, rows: list[_facts.Fact], changes: bool = False):
        self.rows = rows
        self.changes = changes

    def __len__(self) -> int:
        return len(self.rows)

    def records(self) -> list[dict[str, str]]:
        """One dict per row, every cell already a display string."""
        out = []
        for f in self.rows:
            record = {"fact": f.key, "value": format_value(f.value, f.unit), "description": f.description,
                      "source": "".join(text for text, _ in short_source(f.source)), "grade": f.source_grade,
                      "checked": f.as_of}
            if self.changes:
                record["2019 notes"] = f.value_in_2019_notes or "-"
                record["what changed"] = f.changed or "-"
            out.append(record)
        return out

    def __str__(self) -> str:
        return "\n".join(" | ".join(r.values()) for r in self.records())

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        headers = ["fact", "value", "description"] + (["2019 notes", "what changed"] if self.changes else []) + [
            "source", "grade", "checked"]
        cell = "padding:2px 8px;text-align:left;vertical-align:top;white-space:normal"
        head = "".join(f'<th style="{cell}">{h}</th>' for h in headers)
        body = []
        for f, record in zip(self.rows, self.records()):
            meaning, colour = GRADES[f.source_grade]
            badge = (f'<span title="{meaning}" style="display:inline-block;min-width:1.4em;text-align:center;'
                     f'border-radius:4px;font-size:85%;font-weight:bold;color:white;background:{colour}">'
                     f'{f.source_grade}</span>')
            source = "".join(html.escape(text) if link is None else
                             f'<a href="{html.escape(link)}" target="_blank" title="{html.escape(link)}">'
                             f'{html.escape(text)}</a>' for text, link in short_source(f.source))
            cells = {"fact": f"<code>{html.escape(f.key)}</code>",
                     "value": f'<span style="white-space:nowrap">{html.escape(record["value"])}</span>',
                     "description": html.escape(f.description), "source": source, "grade": badge,
                     "checked": html.escape(f.as_of)}
            if self.changes:
                cells["2019 notes"] = html.escape(record["2019 notes"])
                cells["what changed"] = html.escape(record["what changed"])
            body.append("<tr>" + "".join(f'<td style="{cell}">{cells[h]}</td>' for h in headers) + "</tr>")
        return (f'<table class="course-fact-table" style="border-collapse:collapse;font-size:90%">'
                f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def fact_table(keys: Iterable[str] | None = None, *, service: str | Iterable[str] | None = None,
               table: str | None = None, changes: bool = False) -> FactTable:
    """The fact rows to show: chosen ``keys`` in order, or every row of ``service`` (one or several) in
    ``table`` ('facts', 'prices' or both). ``changes=True`` adds the 2019 value and what changed."""
    return FactTable(_rows(list(keys) if keys is not None else None, service, table), changes=changes)


def changed_table(keys: Iterable[str] | None = None, *, service: str | Iterable[str] | None = None) -> FactTable:
    """Only the rows whose value changed since the 2019 notes, with the old value and what changed."""
    rows = _rows(list(keys) if keys is not None else None, service, None)
    return FactTable([f for f in rows if f.changed], changes=True)
