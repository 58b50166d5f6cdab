"""AWS figures as data: every number the course teaches comes from a CSV row with its source and date.

Two tables live in ``course/data``: ``facts/`` (limits, formulas' constants, exam facts) and ``prices/``
(us-east-1 prices), each a folder of CSV files (one per topic or week) that load as one table. Each row has a key, a value, a unit, a source, a source grade
(O official, T third party, U unverified), the date it was checked and, where the 2019 notes said
something else, the old value and what changed.

    >>> from course import facts
    >>> facts.value("dynamodb.rcu_block_kb")
    4
    >>> facts.get("dynamodb.transaction_max_items").value_in_2019_notes
    '25'
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
TABLES = ("facts", "prices")
COLUMNS = ("key", "service", "value", "unit", "description", "source", "source_grade", "as_of",
           "value_in_2019_notes", "changed")
_KEY = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
_AS_OF = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
_GRADES = {"O", "T", "U"}


class FactTableError(ValueError):
    """A data table breaks the schema: the message names the file, the line and the fix."""


@dataclass(frozen=True)
class Fact:
    key: str
    service: str
    value: int | float
    unit: str
    description: str
    source: str
    source_grade: str
    as_of: str
    value_in_2019_notes: str
    changed: str

    @property
    def citation(self) -> str:
        grade = {"O": "official", "T": "third-party source", "U": "unverified"}[self.source_grade]
        return f"{self.source} ({grade}, checked {self.as_of})"


def _number(text: str) -> int | float:
    number = float(text)
    return int(number) if number.is_integer() and "." not in text else number


def _parse_row(row: dict, where: str) -> Fact:
    missing = [c for c in ("key", "service", "value", "unit", "source", "source_grade", "as_of") if not row.get(c)]
    if missing:
        raise FactTableError(f"{where}: empty required column(s) {', '.join(missing)}")
    if not _KEY.match(row["key"]):
        raise FactTableError(f"{where}: key {row['key']!r} must look like 'service.name' (lower case, dots)")
    try:
        value = _number(row["value"])
    except ValueError:
        raise FactTableError(f"{where}: value {row['value']!r} of {row['key']} is not a number") from None
    if row["source_grade"] not in _GRADES:
        raise FactTableError(f"{where}: source_grade {row['source_grade']!r} must be one of O, T, U")
    if not _AS_OF.match(row["as_of"]):
        raise FactTableError(f"{where}: as_of {row['as_of']!r} must be YYYY-MM or YYYY-MM-DD")
    return Fact(**{**{c: row.get(c) or "" for c in COLUMNS}, "value": value})


def parse_table(path: Path) -> dict[str, Fact]:
    """Read one CSV table, checking its schema; raise FactTableError naming the bad line."""
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise FactTableError(f"{path.name}: header must be {','.join(COLUMNS)}")
        table: dict[str, Fact] = {}
        for line, row in enumerate(reader, start=2):
            where = f"{path.name} line {line}"
            if None in row or len(row) != len(COLUMNS):
                raise FactTableError(f"{where}: expected {len(COLUMNS)} columns (quote values that hold commas)")
            fact = _parse_row(row, where)
            if fact.key in table:
                raise FactTableError(f"{where}: duplicate key {fact.key}")
            table[fact.key] = fact
    return table


@lru_cache(maxsize=None)
def load(table: str = "facts") -> dict[str, Fact]:
    """All rows of one table ('facts' or 'prices'), keyed by their key, from every CSV in its folder."""
    if table not in TABLES:
        raise KeyError(f"unknown fact table {table!r}; choose one of {list(TABLES)}")
    rows: dict[str, Fact] = {}
    for path in sorted((DATA_DIR / table).glob("*.csv")):
        for key, fact in parse_table(path).items():
            if key in rows or any(key in load(other) for other in TABLES if other < table):
                raise FactTableError(f"{table}/{path.name}: key {key} is already defined in another file")
            rows[key] = fact
    return rows


def get(key: str) -> Fact:
    """One row, looked up in every table."""
    for name in TABLES:
        rows = load(name)
        if key in rows:
            return rows[key]
    close = [k for name in TABLES for k in load(name) if k.split(".")[0] == key.split(".")[0]]
    raise KeyError(f"no fact {key!r}. Facts for that service: {', '.join(sorted(close)) or 'none'}")


def value(key: str) -> int | float:
    """The number of one row: ``facts.value("dynamodb.item_max_kb")`` -> 400."""
    return get(key).value


def frame(table: str = "facts", service: str | None = None):
    """A table as a pandas DataFrame (pandas is imported only here), optionally one service's rows."""
    import pandas as pd

    df = pd.DataFrame([f.__dict__ for f in load(table).values()])
    if service is not None:
        df = df[df["service"] == service].reset_index(drop=True)
    return df


def changed_since_notes(service: str | None = None) -> list[Fact]:
    """Rows whose value differs from what the 2019 notes said, with what changed."""
    rows = [f for name in TABLES for f in load(name).values() if f.changed]
    return [f for f in rows if service is None or f.service == service]
