"""Typed plain data between the judge and a submission kernel: JSON with tags, decoded with ``json`` only.

What crosses keeps its exact type: None, bool, int, float (nan and inf included), str, bytes, list,
tuple, dict (any carried keys), set, frozenset, Decimal, datetime, date, time and timedelta; a pandas
DataFrame or Series crosses as its index, columns and cells (each of them plain data). Subclasses
do not count (an ``int`` subclass that claims to equal everything is not an int here). Anything else is
given to ``other`` (which returns a tagged node: a handle, or a marker for "a value the grader cannot
check"). A value nested too deep, or an encoded text above ``MAX_BYTES``, is refused.

Both sides import this module: the judge to encode arguments and decode results, the kernel agent to do
the reverse. The judge never trusts a reply beyond ``decode``: it is JSON text from the submission.
"""
from __future__ import annotations

import base64
import datetime as _dt
import json
import math
from decimal import Decimal

MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 60


class CodecError(Exception):
    """The data cannot be encoded or decoded (too big, too deep, malformed)."""


_SCALARS = (type(None), bool, int, str)
_TIMES = {_dt.datetime: "datetime", _dt.date: "date", _dt.time: "time"}


def _encode(value, other, depth: int, share=None):
    if depth > MAX_DEPTH:
        raise CodecError("the value is nested too deeply")
    kind = type(value)
    if share is not None and kind in (list, dict, set):
        node = share.node(value, lambda: _encode_container(value, other, depth, share))
        if node is not None:
            return node
    if kind in _SCALARS:
        return value
    if kind is float:
        if math.isfinite(value):
            return value
        return {"t": "float", "v": repr(value)}  # 'nan', 'inf', '-inf'
    return _encode_container(value, other, depth, share) if kind in (list, dict, set) else \
        _encode_other(value, other, depth, share)


def _encode_container(value, other, depth, share):
    kind = type(value)
    if kind is list:
        return [_encode(v, other, depth + 1, share) for v in value]
    if kind is dict:
        return {"t": "dict", "v": [[_encode(k, other, depth + 1, share), _encode(v, other, depth + 1, share)]
                                   for k, v in value.items()]}
    return {"t": "set", "v": [_encode(v, other, depth + 1, share) for v in value]}


def _encode_other(value, other, depth, share):
    kind = type(value)
    if kind is tuple:
        return {"t": "tuple", "v": [_encode(v, other, depth + 1, share) for v in value]}
    if kind is frozenset:
        return {"t": "frozenset", "v": [_encode(v, other, depth + 1, share) for v in value]}
    if kind is bytes:
        return {"t": "bytes", "v": base64.b64encode(value).decode("ascii")}
    if kind is Decimal:
        return {"t": "Decimal", "v": str(value)}
    if kind in _TIMES:
        return {"t": _TIMES[kind], "v": value.isoformat()}
    if kind is _dt.timedelta:
        return {"t": "timedelta", "v": [value.days, value.seconds, value.microseconds]}
    table = _pandas_node(value, other, depth)
    if table is not None:
        return table
    if other is None:
        return {"t": "opaque", "type": _type_name(value)}
    return other(value)


def _pandas_node(value, other, depth: int):
    """A DataFrame or Series as its index, columns and cells (each cell plain data), or None."""
    kind = type(value)
    if kind.__name__ not in ("DataFrame", "Series") or (kind.__module__ or "").split(".")[0] != "pandas":
        return None
    if kind.__name__ == "DataFrame":
        if not value.columns.is_unique:
            return None
        cells = [[_encode(c, other, depth + 1), _encode(value[c].tolist(), other, depth + 1)] for c in value.columns]
        return {"t": "DataFrame", "v": cells, "index": _encode(value.index.tolist(), other, depth + 1)}
    return {"t": "Series", "v": _encode(value.tolist(), other, depth + 1),
            "index": _encode(value.index.tolist(), other, depth + 1), "name": _encode(value.name, other, depth + 1)}


def _pandas_value(node, tagged, depth: int):
    import pandas as pd

    index = _decode(node.get("index"), tagged, depth + 1)
    if type(index) is not list:
        raise CodecError("malformed table")
    if node["t"] == "Series":
        values = _decode(node.get("v"), tagged, depth + 1)
        if type(values) is not list or len(values) != len(index):
            raise CodecError("malformed table")
        return pd.Series(values, index=index, name=_decode(node.get("name"), tagged, depth + 1), dtype=None)
    columns = {}
    for pair in _items(node.get("v")):
        if type(pair) is not list or len(pair) != 2:
            raise CodecError("malformed table")
        values = _decode(pair[1], tagged, depth + 1)
        if type(values) is not list or len(values) != len(index):
            raise CodecError("malformed table")
        columns[_decode(pair[0], tagged, depth + 1)] = values
    return pd.DataFrame(columns, index=index, columns=list(columns))


def _type_name(value) -> str:
    kind = type(value)
    module = getattr(kind, "__module__", "") or ""
    name = getattr(kind, "__qualname__", "?")
    return name if module in ("builtins", "__main__") else f"{module}.{name}"


class Sharing:
    """Keeps aliasing across a call. The judge numbers the lists, dicts and sets it sends (``mark``);
    the kernel notes which of its objects came from which number (``made``) and sends an object it got
    as a reference back (``refs``), so a result that shares a list with an argument shares it here too."""

    def __init__(self, mark: bool = False, refs: dict | None = None):
        self.mark = {} if mark else None   # number -> object (the judge's own objects)
        self.refs = refs or {}             # id(object) -> number (the kernel's objects from the judge)
        self.made: dict[int, object] = {}  # number -> object decoded (kernel side)

    def node(self, value, encode_inline):
        if id(value) in self.refs:
            return {"t": "ref", "v": self.refs[id(value)]}
        if self.mark is not None:
            number = len(self.mark)
            self.mark[number] = value
            return {"t": "shared", "id": number, "v": encode_inline()}
        return None

    def origins(self) -> dict:
        return {id(obj): number for number, obj in self.made.items()}


def encode(value, other=None, share: Sharing | None = None) -> str:
    """JSON text for ``value``; ``other(value)`` makes the node of anything that is not plain data."""
    try:
        text = json.dumps(_encode(value, other, 0, share), allow_nan=False, separators=(",", ":"))
    except RecursionError:
        raise CodecError("the value is nested too deeply") from None
    if len(text) > MAX_BYTES:
        raise CodecError(f"the value is too large to check ({len(text):,} bytes encoded)")
    return text


def _decode(node, tagged, depth: int, share=None):
    if depth > MAX_DEPTH:
        raise CodecError("the value is nested too deeply")
    if node is None or type(node) in (bool, int, str, float):
        return node
    if type(node) is list:
        return [_decode(v, tagged, depth + 1, share) for v in node]
    if type(node) is not dict or type(node.get("t")) is not str:
        raise CodecError("malformed data")
    tag, v = node["t"], node.get("v")
    if tag == "shared" and share is not None and type(node.get("id")) is int:
        value = _decode(v, tagged, depth + 1, share)
        share.made[node["id"]] = value
        return value
    if tag == "ref" and share is not None and share.mark is not None:
        if type(v) is not int or v not in share.mark:
            raise CodecError("malformed reference")
        return share.mark[v]
    try:
        if tag == "float":
            if v not in ("nan", "inf", "-inf"):
                raise CodecError("malformed float")
            return float(v)
        if tag == "tuple":
            return tuple(_decode(x, tagged, depth + 1, share) for x in _items(v))
        if tag == "dict":
            result = {}
            for pair in _items(v):
                if type(pair) is not list or len(pair) != 2:
                    raise CodecError("malformed dict")
                result[_decode(pair[0], tagged, depth + 1, share)] = _decode(pair[1], tagged, depth + 1, share)
            return result
        if tag == "set":
            return {_decode(x, tagged, depth + 1, share) for x in _items(v)}
        if tag == "frozenset":
            return frozenset(_decode(x, tagged, depth + 1) for x in _items(v))
        if tag == "bytes":
            return base64.b64decode(_text(v), validate=True)
        if tag == "Decimal":
            return Decimal(_text(v))
        if tag == "datetime":
            return _dt.datetime.fromisoformat(_text(v))
        if tag == "date":
            return _dt.date.fromisoformat(_text(v))
        if tag == "time":
            return _dt.time.fromisoformat(_text(v))
        if tag in ("DataFrame", "Series"):
            return _pandas_value(node, tagged, depth)
        if tag == "timedelta":
            days, seconds, micro = _items(v)
            return _dt.timedelta(days=_int(days), seconds=_int(seconds), microseconds=_int(micro))
    except CodecError:
        raise
    except (TypeError, ValueError, ArithmeticError) as problem:
        raise CodecError(f"malformed {tag}: {type(problem).__name__}") from None
    if tagged is None:
        raise CodecError(f"unexpected tag {tag!r}")
    return tagged(node)


def _items(v) -> list:
    if type(v) is not list:
        raise CodecError("malformed data")
    return v


def _text(v) -> str:
    if type(v) is not str or len(v) > 10_000_000:
        raise CodecError("malformed data")
    return v


def _int(v) -> int:
    if type(v) is not int:
        raise CodecError("malformed data")
    return v


def decode(text, tagged=None, share: Sharing | None = None):
    """The value ``text`` encodes; ``tagged(node)`` turns other tags (handles, markers) into objects."""
    if type(text) is not str:
        raise CodecError("expected JSON text")
    if len(text) > MAX_BYTES:
        raise CodecError(f"a reply too large to check ({len(text):,} bytes)")
    try:
        node = json.loads(text)
    except (ValueError, RecursionError):
        raise CodecError("malformed JSON") from None
    try:
        return _decode(node, tagged, 0, share)
    except RecursionError:
        raise CodecError("the value is nested too deeply") from None
